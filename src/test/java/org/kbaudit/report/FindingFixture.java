package org.kbaudit.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kbaudit.domain.Action;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.Exposure;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.FixState;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Remediation;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.SimulationCheck;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;
import org.kbaudit.domain.Vlan;

/** Builds findings for report tests, field by field, with plausible defaults per status. */
final class FindingFixture {

    private final String host;
    private Status status = Status.EXPOSED;
    private Platform platform = Platform.X86;
    private Integer servicePack = 1;
    private final List<Exposure> exposures = new ArrayList<>();
    private final List<Adapter> adapters = new ArrayList<>();
    private final List<String> atRisk = new ArrayList<>();
    private final List<AdapterVlan> atRiskVlans = new ArrayList<>();
    private FixState fix = new FixState(false, "Netcfgx.dll 5.2.3790.1830 < 5.2.3790.2520");
    private Remediation remediation;
    private SimulationCheck simulation;
    private Integer priority;
    private boolean priorityGiven;
    private final List<String> missing = new ArrayList<>();
    private Status ifUnpatched;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> rules = new ArrayList<>(List.of("Netcfgx.dll below 5.2.3790.2520 lacks the fix (File information)"));
    private String site;
    private String window;
    private String owner;
    private Criticality criticality;
    private String source = "fleet.json";
    private String location;
    private boolean adaptersIncomplete;

    private FindingFixture(String host) {
        this.host = host;
        this.location = "$.servers[?(@.host=='" + host + "')]";
    }

    static FindingFixture server(String host) {
        return new FindingFixture(host);
    }

    FindingFixture status(Status s) {
        status = s;
        if (s == Status.PROTECTED) {
            fix = new FixState(true, "Netcfgx.dll 5.2.3790.2520 >= 5.2.3790.2520");
        } else if (s == Status.NOT_APPLICABLE) {
            fix = new FixState(null, "out of scope: Windows 2000");
            platform = null;
        } else if (s == Status.UNKNOWN) {
            fix = new FixState(null, "no file versions, service pack or hotfix list");
        }
        return this;
    }

    FindingFixture platform(Platform p) { platform = p; return this; }
    FindingFixture servicePack(Integer sp) { servicePack = sp; return this; }
    FindingFixture site(String s) { site = s; return this; }
    FindingFixture window(String w) { window = w; return this; }
    FindingFixture owner(String o) { owner = o; return this; }
    FindingFixture criticality(Criticality c) { criticality = c; return this; }
    FindingFixture priority(Integer p) { priority = p; priorityGiven = true; return this; }
    FindingFixture fix(Boolean present, String evidence) { fix = new FixState(present, evidence); return this; }
    FindingFixture missing(String... m) { missing.addAll(List.of(m)); return this; }
    FindingFixture ifUnpatched(Status s) { ifUnpatched = s; return this; }
    FindingFixture warning(String w) { warnings.add(w); return this; }
    FindingFixture source(String file, String where) { source = file; location = where; return this; }
    FindingFixture simulation(SimulationCheck s) { simulation = s; return this; }
    FindingFixture remediation(Remediation r) { remediation = r; return this; }
    /** The inventory listed fewer adapters than it announced (systeminfo's card count). */
    FindingFixture adaptersIncomplete() { adaptersIncomplete = true; return this; }

    /** An adapter; {@code atRisk} puts it (and its VLANs) among the finding's at-risk lists. */
    FindingFixture adapter(String name, String driver, boolean atRisk, int... vlans) {
        List<Vlan> v = new ArrayList<>();
        for (int id : vlans) {
            v.add(Vlan.of(id));
            if (atRisk) {
                atRiskVlans.add(new AdapterVlan(name, id));
            }
        }
        adapters.add(new Adapter(name, "Intel(R) PRO/1000 MT", driver, false, false, true, v,
                new Provenance(source, location + ".adapters[" + adapters.size() + "]")));
        if (atRisk) {
            this.atRisk.add(name);
        }
        return this;
    }

    /** Recommends {@code action} with the platform's manifest files. */
    FindingFixture action(Action action) {
        Platform p = platform == null ? Platform.X86 : platform;
        KbArticle kb = KbArticle.KB907019;
        remediation = new Remediation(action, List.of(action), kb.minimumServicePackForHotfix().get(p), true,
                kb.filesFor(p));
        return this;
    }

    Finding build() {
        if (status == Status.EXPOSED && exposures.isEmpty()) {
            exposures.add(Exposure.HOT_SWAP_CASCADE);
            if (!atRiskVlans.isEmpty()) {
                exposures.add(Exposure.SILENT_VLAN_LOSS);
            }
        }
        Integer tier = priorityGiven ? priority : switch (status) {
            case EXPOSED -> atRiskVlans.isEmpty() ? 2 : 1;
            case VULNERABLE -> 3;
            case UNKNOWN -> 4;
            default -> null;
        };
        Remediation r = remediation;
        if (r == null) {
            r = status == Status.EXPOSED || status == Status.VULNERABLE
                    ? new FindingFixture(host).platform(platform).action(Action.INSTALL_SP2).remediation
                    : Remediation.NONE;
        }
        List<AdapterVlan> vlans = new ArrayList<>(atRiskVlans);
        vlans.sort(null);
        List<String> risk = new ArrayList<>(atRisk);
        risk.sort(null);
        Server server = Server.builder(host, new Provenance(source, location))
                .os("Windows Server 2003").site(site).maintenanceWindow(window).owner(owner)
                .criticality(criticality).adapters(adapters.isEmpty() && status == Status.UNKNOWN ? null : adapters)
                .adaptersIncomplete(adaptersIncomplete).build();
        return new Finding(server, status, platform, servicePack, exposures, risk, vlans, fix, r, simulation,
                tier, missing, ifUnpatched, warnings, rules);
    }

    static RunInfo run() {
        return new RunInfo(List.of("inventories/fleet.json", "inventories/branch.xlsx"), "bundled",
                "3f2a9c0e5b7d41c8a6e2f0b9d4c7e1a2b5c8d0e3f6a9b2c5d8e1f4a7b0c3d6e9", Policy.DEFAULT, "0.1.0",
                Instant.parse("2025-03-01T08:30:00Z"));
    }

    static Summary summaryOf(List<Finding> findings, long rejected) {
        Map<Status, Long> by = new java.util.EnumMap<>(Status.class);
        for (Finding f : findings) {
            by.merge(f.status(), 1L, Long::sum);
        }
        long disagreements = findings.stream().filter(f -> f.simulation() != null && !f.simulation().confirmed()).count();
        return new Summary(findings.size() + rejected, findings.size(), rejected, by, disagreements);
    }
}
