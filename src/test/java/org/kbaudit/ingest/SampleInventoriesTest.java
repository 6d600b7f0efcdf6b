package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.ingest.Workbooks.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Server;

/**
 * The sample inventories under {@code inventories/} load without a rejection. The workbook is generated:
 * run with {@code -Dkbaudit.writeSamples=true} to write it again after changing {@link #datacenterEast()}.
 */
class SampleInventoriesTest {

    private static final Path SAMPLES = Path.of("inventories");

    static Workbooks.Book datacenterEast() {
        List<List<Object>> servers = List.of(
                row("Host Name", "Operating System", "Version", "Architecture", "Service Pack", "Installed Hotfixes",
                        "Netcfgx.dll Version", "SysWOW64 Netcfgx.dll Version", "Reboot Pending", "Site", "Criticality",
                        "Maintenance Window", "Owner"),
                row("EAST-DC01", "Microsoft(R) Windows(R) Server 2003, Enterprise Edition", "5.2.3790.1830", "x86", 1,
                        "KB893803v2, KB896358, KB899587, KB901017", null, null, false, "East DC, hall 1", "critical",
                        "Sun 02:00-04:00", "Directory services"),
                row("EAST-DC02", "Microsoft(R) Windows(R) Server 2003 R2 Enterprise x64 Edition", "5.2.3790.3959", "x64",
                        2, "KB914961, KB925398", "5.2.3790.3959", "5.2.3790.3959", false, "East DC, hall 1", "critical",
                        "Sun 02:00-04:00", "Directory services"),
                row("EAST-SQL01", "Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition", "5.2.3790.1830", "AMD64",
                        "SP1", null, "5.2.3790.2520", "5.2.3790.2520", false, "East DC, hall 2", "high",
                        "Sat 22:00-23:30", "Database team"),
                row("EAST-WEB01", "Microsoft(R) Windows(R) Server 2003, Web Edition", "5.2.3790.1830", "X86-based PC",
                        "Service Pack 1", "KB893803v2; KB896358; KB896422", null, null, false, "East DC, DMZ", "medium",
                        "Tue 21:00", "Web team"),
                row("EAST-APP01", "Microsoft(R) Windows(R) Server 2003, Standard Edition", "5.2.3790.1830", null, "SP1",
                        null, null, null, false, "East DC, hall 2", "medium", null, "Applications"),
                row("EAST-FS01", "Microsoft(R) Windows(R) Server 2003 Standard x64 Edition", "5.2.3790.1830", "x64",
                        "RTM", "KB907019, KB910437", null, null, true, "East DC, hall 2", "high", "Wed 23:00",
                        "Storage team"),
                row("EAST-ITAN01", "Microsoft(R) Windows(R) Server 2003, Datacenter Edition for 64-Bit Itanium-based Systems",
                        "5.2.3790.1830", "Itanium", 1, "none", null, null, false, "East DC, hall 3", "critical",
                        "Sun 03:00", "ERP"),
                row("EAST-LEGACY01", "Microsoft Windows 2000 Server", "5.0.2195", "x86", "Service Pack 4",
                        "KB891861", null, null, false, "East DC, hall 3", "low", null, "Facilities"));
        List<List<Object>> adapters = List.of(
                row("Host", "Adapter Name", "Description", "Driver", "Virtual", "Hot Plug", "VLAN IDs"),
                row("EAST-DC01", "Public", "Broadcom BCM5708C NetXtreme II GigE", "b57w2k", "no", "yes", "10, 20"),
                row("EAST-DC01", "Replication", "Broadcom BCM5708C NetXtreme II GigE #2", "b57w2k", "no", "yes", 30),
                row("EAST-DC01", "Backup", "Broadcom BCM5708C NetXtreme II GigE #3", "b57w2k", "no", "yes", null),
                row("EAST-DC02", "Public", "Intel(R) PRO/1000 MT Server Adapter", "E1000", "no", "yes", 10),
                row("EAST-DC02", "Replication", "Intel(R) PRO/1000 MT Server Adapter #2", "E1000", "no", "yes", 30),
                row("EAST-SQL01", "Team A", "HP NC7782 Gigabit Server Adapter", "q57w2k", "no", "no", "40 41"),
                row("EAST-SQL01", "Team B", "HP NC7782 Gigabit Server Adapter #2", "q57w2k", "no", "no", "40 41"),
                row("EAST-WEB01", "Front", "Intel(R) PRO/1000 MT Network Connection", "E1000", "no", "no", 50),
                row("EAST-WEB01", "Back", "Broadcom NetXtreme Gigabit Ethernet", "b57w2k", "no", "no", null),
                row("EAST-APP01", "Local Area Connection", "HP NC373i Multifunction Gigabit Server Adapter", null, "no", "no", null),
                row("EAST-APP01", "Local Area Connection 2", "HP NC373i Multifunction Gigabit Server Adapter #2", null, "no", "no", null),
                row("EAST-FS01", "iSCSI A", "Intel(R) PRO/1000 PT Dual Port Server Adapter", "E1G5132E", "no", "yes", 60),
                row("EAST-FS01", "iSCSI B", "Intel(R) PRO/1000 PT Dual Port Server Adapter #2", "E1G5132E", "no", "yes", 61),
                row("EAST-ITAN01", "Public", "Intel(R) PRO/1000 MT Dual Port Server Adapter", "E1000", "no", "yes", null),
                row("EAST-ITAN01", "Heartbeat", "Intel(R) PRO/1000 MT Dual Port Server Adapter #2", "E1000", "no", "yes", null),
                row("EAST-ITAN01", "Cluster Virtual", "Microsoft Failover Cluster Virtual Adapter", "Netft", "yes", "no", null),
                row("EAST-LEGACY01", "Local Area Connection", "3Com EtherLink XL 10/100 PCI", "el90xbc", "no", "no", null));
        return new Workbooks.Book().sheet("Servers", servers).sheet("Adapters", adapters);
    }

    @Test
    @EnabledIfSystemProperty(named = "kbaudit.writeSamples", matches = "true")
    void writeTheSampleWorkbook() throws IOException {
        Workbooks.xlsx(SAMPLES.resolve("datacenter-east.xlsx"), datacenterEast());
    }

    private static CollectingSink load(Path... inputs) {
        CollectingSink sink = new CollectingSink();
        Inventories.standard().read(List.of(inputs), sink);
        assertThat(sink.rejections).isEmpty();
        return sink;
    }

    @Test
    void theDatacenterWorkbookLoads() {
        CollectingSink sink = load(SAMPLES.resolve("datacenter-east.xlsx"));
        assertThat(sink.servers).hasSize(8).allMatch(s -> s.host().startsWith("EAST-"));
        assertThat(sink.host("EAST-DC01").adapters()).hasSize(3);
        assertThat(sink.host("EAST-ITAN01").hotfixes().complete()).isTrue();
        assertThat(sink.host("EAST-FS01").restartPending()).isTrue();
        assertThat(sink.host("EAST-APP01").hotfixes()).isNull();
    }

    @Test
    void theSccmExportLoads() {
        CollectingSink sink = load(SAMPLES.resolve("sccm-export.csv"));
        assertThat(sink.servers).extracting(Server::host).allMatch(h -> h.startsWith("SCCM-")).hasSize(7);
        assertThat(sink.host("SCCM-FILE01").servicePack()).isEqualTo("RTM");
        assertThat(sink.host("SCCM-DB02").adapters()).isNull();
        assertThat(sink.host("SCCM-PRINT01").notes()).singleElement().asString().contains("Location");
    }

    @Test
    void theSysteminfoCsvExportLoadsItsNetworkCards() {
        CollectingSink sink = load(SAMPLES.resolve("branch-london-systeminfo.csv"));
        assertThat(sink.servers).extracting(Server::host).containsExactly("BR-LON-WEB01", "BR-LON-APP01", "BR-LON-FS01");
        assertThat(sink.host("BR-LON-WEB01").adapters()).extracting(Adapter::driver)
                .containsExactly("HP NC7782 Gigabit Server Adapter", "HP NC7782 Gigabit Server Adapter");
        assertThat(sink.host("BR-LON-FS01").adapters()).extracting(Adapter::name)
                .containsExactly("Local Area Connection", "Intel(R) PRO/1000 MT Dual Port Server Adapter #2");
        assertThat(sink.servers).allSatisfy(s -> assertThat(s.hotfixes().complete()).isTrue());
    }

    @Test
    void theSysteminfoCapturesLoad() {
        CollectingSink sink = load(SAMPLES.resolve("systeminfo"));
        assertThat(sink.servers).extracting(Server::host).containsExactly("CAP-RTM-X86", "CAP-SP1-X64", "CAP-SP2-X86");
        Server sp1 = sink.host("CAP-SP1-X64");
        assertThat(sp1.servicePack()).isEqualTo("SP1");
        assertThat(sp1.adapters()).extracting(Adapter::driver).containsExactly(
                "Broadcom BCM5708C NetXtreme II GigE (NDIS VBD Client)", "Broadcom BCM5708C NetXtreme II GigE (NDIS VBD Client)");
        assertThat(sink.host("CAP-RTM-X86").hotfixes().complete()).isFalse();
        assertThat(sink.host("CAP-SP2-X86").servicePack()).isEqualTo("SP2");
    }

    @Test
    void aFolderGivenAsASymbolicLinkIsReadWhereItLeadsAndNamedAsGiven(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("captures"), SAMPLES.resolve("systeminfo").toAbsolutePath());

        CollectingSink sink = load(link);

        assertThat(sink.servers).extracting(Server::host).containsExactly("CAP-RTM-X86", "CAP-SP1-X64", "CAP-SP2-X86");
        assertThat(sink.servers).allSatisfy(s -> assertThat(s.provenance().source()).startsWith(link.toString()));
    }

    @Test
    void theTabularAndSysteminfoSamplesTogetherHaveUniqueHosts() {
        CollectingSink sink = load(SAMPLES.resolve("datacenter-east.xlsx"), SAMPLES.resolve("sccm-export.csv"),
                SAMPLES.resolve("systeminfo"), SAMPLES.resolve("branch-london-systeminfo.csv"));
        assertThat(sink.servers.stream().map(s -> s.host().toLowerCase()).distinct().count())
                .isEqualTo(sink.servers.size());
    }
}
