package org.kbaudit.report;

import static org.kbaudit.report.FindingFixture.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kbaudit.domain.Action;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.SimulationCheck;
import org.kbaudit.domain.Status;

/**
 * A realistic small fleet of every status, to look at the reports as a person would:
 * {@code java ... org.kbaudit.report.SampleFleet report.xlsx [report.csv]}.
 */
final class SampleFleet {

    private static final String[] SITES = {"LON-DC1", "FRA-DC2", "NYC-BR3"};
    private static final String[] WINDOWS = {"Sat 22:00-02:00", "Sun 02:00-06:00"};

    private SampleFleet() {
    }

    static List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (int i = 1; i <= 34; i++) {
            String site = SITES[i % SITES.length];
            String window = WINDOWS[(i / 3) % WINDOWS.length];
            Criticality crit = Criticality.values()[i % 4];
            String host = String.format("SRV-%s-%02d", i % 5 == 0 ? "SQL" : i % 3 == 0 ? "WEB" : "APP", i);
            FindingFixture f = server(host).site(site).window(window).criticality(crit).owner("Infra team " + (char) ('A' + i % 3));
            switch (i % 7) {
                case 0 -> f.status(Status.EXPOSED).platform(Platform.X86).servicePack(1)
                        .adapter("Local Area Connection", "E1000", true, 10, 20)
                        .adapter("Local Area Connection 2", "E1000", true, 30)
                        .adapter("Backup LAN", "b57w2k", false)
                        .action(Action.INSTALL_SP2)
                        .simulation(new SimulationCheck(true, 2, 3, List.of("Local Area Connection", "Local Area Connection 2"),
                                List.of(new AdapterVlan("Local Area Connection", 10), new AdapterVlan("Local Area Connection", 20),
                                        new AdapterVlan("Local Area Connection 2", 30)), null));
                case 1 -> f.status(Status.EXPOSED).platform(Platform.X64).servicePack(0)
                        .adapter("NIC1", "q57w2k", true).adapter("NIC2", "q57w2k", true)
                        .action(Action.INSTALL_HOTFIX)
                        .simulation(new SimulationCheck(true, 2, 0, List.of("NIC1", "NIC2"), List.of(), null));
                case 2 -> f.status(Status.EXPOSED).platform(Platform.X86).servicePack(0)
                        .fix(false, "service pack 0 (RTM) on x86: SP2 absent, the hotfix needs SP1")
                        .adapter("Team-A", "E1000", true).adapter("Team-B", "E1000", true).adapter("Mgmt", "E100B", false)
                        .action(Action.INSTALL_SP1_THEN_HOTFIX)
                        .simulation(new SimulationCheck(true, 2, 0, List.of("Team-A", "Team-B"), List.of(), null));
                case 3 -> f.status(Status.VULNERABLE).platform(Platform.IA64).servicePack(1)
                        .adapter("NIC1", "e1000", false).adapter("NIC2", "b57w2k", false, 100)
                        .action(Action.INSTALL_HOTFIX)
                        .simulation(new SimulationCheck(true, 0, 0, List.of(), List.of(), null));
                case 4 -> f.status(Status.UNKNOWN).platform(null).servicePack(null)
                        .missing("servicePack", "hotfixes", "files").ifUnpatched(Status.EXPOSED)
                        .adapter("NIC1", "E1000", true).adapter("NIC2", "E1000", true)
                        .warning("architecture inferred as X86 from the caption 'Microsoft Windows Server 2003 Standard Edition'");
                case 5 -> f.status(Status.PROTECTED).platform(Platform.X86).servicePack(2)
                        .fix(true, "service pack 2 contains the fix")
                        .adapter("NIC1", "E1000", false).adapter("NIC2", "E1000", false)
                        .simulation(new SimulationCheck(true, 0, 0, List.of(), List.of(), null));
                default -> f.status(Status.NOT_APPLICABLE).servicePack(4)
                        .fix(null, "Windows 2000 (5.0) is out of scope");
            }
            if (i == 8) {
                f.warning("KB907019 listed but Netcfgx.dll 5.2.3790.1830 is older than 5.2.3790.2520 (files win)");
            }
            if (i == 15) {
                f.status(Status.EXPOSED).action(Action.RESTART).fix(false,
                        "KB907019 installed, restart pending: not in effect until the restart");
            }
            out.add(f.build());
        }
        out.add(server("=HYPERLINK(\"http://evil.example\",\"click\")").site("LON-DC1").status(Status.VULNERABLE)
                .adapter("NIC1", "E1000", false).action(Action.INSTALL_SP2).build());
        return out;
    }

    static void write(ReportWriter w, List<Finding> findings) throws Exception {
        w.begin(FindingFixture.run());
        int i = 0;
        for (Finding f : findings) {
            w.finding(f);
            if (++i % 10 == 0) {
                w.rejection(new Rejection("inventories/branch.xlsx", "Adapters!R" + (i + 3) + " (Driver)",
                        "adapter 'NIC3' names no server of the Servers sheet"));
            }
        }
        w.end(FindingFixture.summaryOf(findings, 3));
    }

    public static void main(String[] args) throws Exception {
        write(new XlsxReportWriter(Path.of(args[0])), findings());
        if (args.length > 1) {
            write(new CsvFindingsWriter(Path.of(args[1])), findings());
        }
    }
}
