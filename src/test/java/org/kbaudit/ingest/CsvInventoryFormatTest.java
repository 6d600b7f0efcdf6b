package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

class CsvInventoryFormatTest {

    @TempDir
    Path dir;

    private final CsvInventoryFormat format = new CsvInventoryFormat();

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private CollectingSink read(Path file) throws IOException {
        CollectingSink sink = new CollectingSink();
        format.read(file, file.getFileName().toString(), sink);
        return sink;
    }

    @Nested
    class KbauditsOwnReport {

        private final String header = String.join(",", org.kbaudit.domain.OwnReports.FINDINGS_HEADERS);

        @Test
        void is_recognised_by_its_exact_header_row_and_rejected_as_a_report() throws IOException {
            CollectingSink sink = read(write("findings.csv", "\uFEFF" + header + "\r\nSRV-1,EXPOSED,1\r\n"));
            assertThat(sink.servers).isEmpty();
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo("findings.csv");
                assertThat(r.reason()).isEqualTo("this is a kbaudit report, not an inventory; not read");
            });
        }

        @Test
        void an_inventory_with_some_of_the_same_columns_is_read_as_an_inventory() throws IOException {
            String fewer = header.substring(0, header.lastIndexOf(','));
            CollectingSink sink = read(write("fleet.csv", fewer + "\r\nSRV-1,EXPOSED\r\n"));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SRV-1");
        }
    }

    @Nested
    class RejectedRowsNameTheirHost {

        @Test
        void a_row_with_a_bad_vlan_and_a_second_row_of_a_host_and_an_adapter_without_a_server() throws IOException {
            write("site-servers.csv", "Host,OS\nDB-01,Windows Server 2003\nDB-02,Windows Server 2003\n"
                    + "db-02,Windows Server 2003\n");
            Path servers = dir.resolve("site-servers.csv");
            write("site-adapters.csv", "Host,Adapter,Driver,VLANs\nDB-01,LAN,E1000,5000\nDB-09,LAN,E1000,\n");
            CollectingSink sink = read(servers);
            assertThat(sink.servers).extracting(Server::host).containsExactly("DB-02");
            assertThat(sink.rejections).extracting(Rejection::host).containsExactlyInAnyOrder("DB-01", "db-02", "DB-09");
            assertThat(sink.rejections).anySatisfy(r -> {
                assertThat(r.host()).isEqualTo("DB-01");
                assertThat(r.reason()).contains("5000");
            });
        }

        @Test
        void a_row_without_a_host_has_none() throws IOException {
            CollectingSink sink = read(write("fleet.csv", "Host,OS\n,Windows Server 2003\nA,Windows\n"));
            assertThat(sink.rejections).singleElement().satisfies(r -> assertThat(r.host()).isNull());
        }
    }

    @Nested
    class FlatFile {

        @Test
        void commaSeparatedWithAByteOrderMarkAndQuotedSeparatorsAndLineBreaks() throws IOException {
            String csv = "\uFEFFHost Name,Caption,CSDVersion,Hotfixes,Connection Name,ServiceName,VLANs\r\n"
                    + "SCCM-01,\"Microsoft(R) Windows(R) Server 2003, Enterprise Edition\",,\"KB1, KB2\",Public,b57w2k,\"10,20\"\r\n"
                    + "SCCM-01,\"Microsoft(R) Windows(R) Server 2003, Enterprise Edition\",,\"KB1, KB2\",\"Back\nup\",b57w2k,\r\n"
                    + "SCCM-02,Windows Server 2003,Service Pack 2,none,,,\r\n";
            CollectingSink sink = read(write("sccm.csv", csv));
            assertThat(sink.rejections).isEmpty();
            Server one = sink.host("SCCM-01");
            assertThat(one.os()).isEqualTo("Microsoft(R) Windows(R) Server 2003, Enterprise Edition");
            assertThat(one.servicePack()).isEqualTo("RTM");
            assertThat(one.hotfixes().entries()).containsExactly("KB1", "KB2");
            assertThat(one.adapters()).extracting(Adapter::name).containsExactly("Public", "Back\nup");
            assertThat(one.adapters().get(0).vlans()).containsExactly(Vlan.of(10), Vlan.of(20));
            assertThat(one.provenance().toString()).isEqualTo("sccm.csv line 2");
            Server two = sink.host("SCCM-02");
            assertThat(two.provenance().location()).as("after a record of two lines").isEqualTo("line 5");
            assertThat(two.hotfixes().entries()).isEmpty();
            assertThat(two.adapters()).isNull();
        }

        @Test
        void semicolonSeparatedAsEuropeanExcelWritesIt() throws IOException {
            String csv = "Server;OS;SP;KBs;NIC;Driver;VLAN\n"
                    + "SCCM-03;Windows Server 2003;1;KB907019,KB893803;LAN;E1000;5\n";
            Server s = read(write("export.csv", csv)).only();
            assertThat(s.servicePack()).isEqualTo("1");
            assertThat(s.hotfixes().entries()).containsExactly("KB907019", "KB893803");
            assertThat(s.adapters().get(0).driver()).isEqualTo("E1000");
        }

        @Test
        void configMgrViewColumnsEndingInZeroReadAsTheirFields() throws IOException {
            String csv = "Netbios_Name0,Caption0,CSDVersion0,SystemType0,NetConnectionID0,ServiceName0,Name00\r\n"
                    + "SCCM-10,\"Microsoft(R) Windows(R) Server 2003, Standard Edition\",,X86-based PC,LAN,b57w2k,x\r\n";
            Server s = read(write("v_gs_operating_system.csv", csv)).only();
            assertThat(s.host()).isEqualTo("SCCM-10");
            assertThat(s.os()).isEqualTo("Microsoft(R) Windows(R) Server 2003, Standard Edition");
            assertThat(s.servicePack()).as("empty under CSDVersion0, as under CSDVersion: RTM").isEqualTo("RTM");
            assertThat(s.architecture()).isEqualTo("X86-based PC");
            assertThat(s.adapters()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("LAN");
                assertThat(a.driver()).isEqualTo("b57w2k");
            });
            Server wide = read(write("wide.csv", "Host,NIC 0,NIC0,Tier0,NIC 1\nW-1,LAN,LAN,x,LAN 2\n")).only();
            assertThat(wide.adapters()).as("one column per card is no adapter column").isNull();
            assertThat(wide.criticality()).isNull();
            assertThat(wide.notes()).isEmpty();
        }

        @Test
        void noBreakSpacesPastedFromAWebPageAreSpaces() throws IOException {
            String csv = "Host,OS,Service Pack,Adapter,Driver,VLAN IDs\n"
                    + "NB-01,Windows Server\u00a02003,SP1,LAN1,E1000,\n"
                    + "NB-01\u00a0,Windows Server\u00a02003,SP1,LAN2,E1000\u00a0,\"10,\u00a020\"\n";
            CollectingSink sink = read(write("export.csv", csv));
            assertThat(sink.rejections).isEmpty();
            Server s = sink.only();
            assertThat(s.host()).isEqualTo("NB-01");
            assertThat(s.os()).isEqualTo("Windows Server 2003");
            assertThat(s.adapters()).extracting(Adapter::driver).containsExactly("E1000", "E1000");
            assertThat(s.adapters().get(1).vlans()).containsExactly(Vlan.of(10), Vlan.of(20));
            assertThat(s.notes()).isEmpty();
        }

        @Test
        void anActiveDirectoryComputerExportReadsItsOperatingSystemAttributesAndItsNameAsHost() throws IOException {
            String csv = "#TYPE Selected.Microsoft.ActiveDirectory.Management.ADComputer\r\n"
                    + "\"DistinguishedName\",\"DNSHostName\",\"Enabled\",\"Host\",\"OperatingSystem\","
                    + "\"OperatingSystemServicePack\",\"OperatingSystemVersion\"\r\n"
                    + "\"CN=WEB01,OU=Servers,DC=contoso,DC=com\",\"web01.contoso.com\",\"True\",\"WEB01\","
                    + "\"Windows Server 2003\",\"Service Pack 2\",\"5.2 (3790)\"\r\n";
            Server s = read(write("ad-computers.csv", csv)).only();
            assertThat(s.host()).as("the short name, as systeminfo and SCCM give it, not DNSHostName").isEqualTo("WEB01");
            assertThat(s.notes()).as("DNSHostName is no second host column").isEmpty();

            CollectingSink unrenamed = read(write("ad-as-exported.csv", csv.replace("\"Host\"", "\"Name\"")));
            assertThat(unrenamed.rejections).singleElement().extracting(Rejection::reason).asString()
                    .contains("no host column").endsWith("head it 'Host')");
            assertThat(s.os()).isEqualTo("Windows Server 2003");
            assertThat(s.servicePack()).isEqualTo("Service Pack 2");
            assertThat(s.osVersion()).isEqualTo("5.2 (3790)");
        }

        @Test
        void windows1252WhenTheBytesAreNotUtf8() throws IOException {
            byte[] bytes = "Host;Owner\nSCCM-04;Équipe réseau\n".getBytes(Charset.forName("windows-1252"));
            assertThat(read(write("export.csv", bytes)).only().owner()).isEqualTo("Équipe réseau");
        }

        @Test
        void aWrongCellIsNamedByLineAndHeader() throws IOException {
            String csv = "Host,Adapter,Driver,Virtual\n\nSCCM-05,LAN,E1000,maybe\nSCCM-06,LAN,E1000,no\n";
            CollectingSink sink = read(write("export.csv", csv));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SCCM-06");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 3 (Virtual)");
                assertThat(r.reason()).contains("'maybe'").contains("yes, no");
            });
        }

        @Test
        void disagreeingRepeatedColumnsLeaveANoteNamingBothLines() throws IOException {
            String csv = "Host,OS,Adapter\nSCCM-07,Windows Server 2003,A\nSCCM-07,Windows 2000 Server,B\n";
            Server s = read(write("export.csv", csv)).only();
            assertThat(s.os()).isEqualTo("Windows Server 2003");
            assertThat(s.notes()).singleElement().asString().contains("line 2 (OS)").contains("line 3 (OS)")
                    .contains("Windows 2000 Server");
        }

        @Test
        void anEmptyCsdVersionOnTheFirstRowIsRtmAndALaterServicePackIsADisagreementNotAnAnswer() throws IOException {
            String csv = "Host,Caption,CSDVersion,NetConnectionID\n"
                    + "S1,Windows Server 2003,,NIC1\nS1,Windows Server 2003,Service Pack 1,NIC2\n"
                    + "S2,Windows Server 2003,Service Pack 1,NIC1\nS2,Windows Server 2003,,NIC2\n"
                    + "S3,Windows Server 2003,,NIC1\nS3,Windows Server 2003,,NIC2\n";
            CollectingSink sink = read(write("wmi.csv", csv));
            assertThat(sink.host("S1").servicePack()).isEqualTo("RTM");
            assertThat(sink.host("S1").notes()).singleElement().asString()
                    .contains("empty (RTM) at line 2").contains("'Service Pack 1' at line 3").contains("the first was kept");
            assertThat(sink.host("S2").servicePack()).isEqualTo("Service Pack 1");
            assertThat(sink.host("S2").notes()).singleElement().asString().contains("empty (RTM) at line 5");
            assertThat(sink.host("S3").servicePack()).isEqualTo("RTM");
            assertThat(sink.host("S3").notes()).isEmpty();

            String fillDown = "Host,Caption,CSDVersion,NetConnectionID\n"
                    + "D1,Windows Server 2003,Service Pack 1,LAN1\nD1,,,LAN2\n";
            Server d1 = read(write("filldown.csv", fillDown)).only();
            assertThat(d1.servicePack()).isEqualTo("Service Pack 1");
            assertThat(d1.notes()).as("a row that only adds an adapter says nothing of the service pack").isEmpty();
        }

        @Test
        void aPlainDescriptionWithNoAdapterNameOrDriverBesideItDescribesTheServerNotAnAdapter() throws IOException {
            String sccm = "Netbios_Name0,Caption0,CSDVersion0,Description0,SystemType0\n"
                    + "FS01,\"Microsoft(R) Windows(R) Server 2003, Standard Edition\",Service Pack 1,File server bldg 2,X86-based PC\n";
            assertThat(read(write("sccm.csv", sccm)).only().adapters()).as("adapters unknown").isNull();
            String nics = "Host,Description,Driver\nFS02,Intel(R) PRO/1000 MT,E1000\n";
            assertThat(read(write("nics.csv", nics)).only().adapters()).extracting(Adapter::description)
                    .containsExactly("Intel(R) PRO/1000 MT");
            String explicit = "Host,Adapter Description\nFS03,Intel(R) PRO/1000 MT\n";
            assertThat(read(write("explicit.csv", explicit)).only().adapters()).hasSize(1);
            String cardsByDescription = "Host,Description,VLAN IDs,Hot Plug\n"
                    + "FS04,Intel(R) PRO/1000 MT,10,yes\nFS04,Intel(R) PRO/1000 MT #2,20,yes\n";
            assertThat(read(write("cards.csv", cardsByDescription)).only().adapters()).as("beside VLANs, a card's")
                    .extracting(Adapter::name).containsExactly("Intel(R) PRO/1000 MT", "Intel(R) PRO/1000 MT #2");
        }

        @Test
        void utf16WithAByteOrderMarkAsPowerShellWritesIt() throws IOException {
            String csv = "\"Host\";\"OS\";\"Adapter\";\"Driver\"\r\n\"PS-01\";\"Windows Server 2003\";\"Öffentlich\";\"E1000\"\r\n";
            for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                byte[] mark = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                        : new byte[] {(byte) 0xFE, (byte) 0xFF};
                byte[] text = csv.getBytes(charset);
                byte[] bytes = new byte[mark.length + text.length];
                System.arraycopy(mark, 0, bytes, 0, mark.length);
                System.arraycopy(text, 0, bytes, mark.length, text.length);
                Server s = read(write("ps-" + charset.name() + ".csv", bytes)).only();
                assertThat(s.host()).as(charset.name()).isEqualTo("PS-01");
                assertThat(s.adapters()).extracting(Adapter::name).containsExactly("Öffentlich");
            }
            Server noMark = read(write("ps-nomark.csv", csv.getBytes(StandardCharsets.UTF_16LE))).only();
            assertThat(noMark.host()).isEqualTo("PS-01");
        }

        @Test
        void twoColumnsForOneFieldReadTheFirstAndWarnWhereTheOtherSaysSomethingElse() throws IOException {
            String csv = "Host,Adapter,Driver,Service Name\n"
                    + "A,LAN,E1000,E1000\n"
                    + "B,LAN,E1000,b57w2k\n"
                    + "C,LAN,,b57w2k\n"
                    + "D,LAN,E1000,\n";
            CollectingSink sink = read(write("export.csv", csv));
            assertThat(sink.rejections).isEmpty();
            assertThat(sink.host("A").notes()).isEmpty();
            assertThat(sink.host("D").notes()).isEmpty();
            assertThat(sink.host("B").adapters().get(0).driver()).isEqualTo("E1000");
            assertThat(sink.host("B").notes()).containsExactly("two columns give the driver: 'E1000' under Driver at "
                    + "line 3 (Driver), 'b57w2k' under Service Name at line 3 (Service Name); the first column is read");
            assertThat(sink.host("C").adapters().get(0).driver()).isNull();
            assertThat(sink.host("C").notes()).singleElement().asString().startsWith("two columns give the driver: nothing under Driver");
        }

        @Test
        void twoServerColumnsThatDisagreeWarnOncePerServerAndDriversCompareIgnoringCase() throws IOException {
            String csv = "Host,OS,Caption,Adapter,Driver,Service Name\n"
                    + "A,Windows Server 2003,Windows 2003,LAN1,E1000,e1000\n"
                    + "A,Windows Server 2003,Windows 2003,LAN2,E1000,E1000\n"
                    + "A,Windows Server 2003,Windows 2003,LAN3,E1000,b57w2k\n";
            CollectingSink sink = read(write("export.csv", csv));
            assertThat(sink.host("A").notes()).containsExactly(
                    "two columns give the os: 'Windows Server 2003' under OS at line 2 (OS), 'Windows 2003' under"
                            + " Caption at line 2 (Caption); the first column is read",
                    "two columns give the driver: 'E1000' under Driver at line 4 (Driver), 'b57w2k' under Service Name"
                            + " at line 4 (Service Name); the first column is read");
        }

        @Test
        void anExcelErrorSavedIntoTheCsvIsNotAValue() throws IOException {
            CollectingSink sink = read(write("export.csv", "Host,Service Pack,Hotfixes\nA,SP1,#REF!\n#N/A,SP1,none\nB,SP1,none\n"));
            assertThat(sink.servers).extracting(Server::host).containsExactly("B");
            assertThat(sink.rejections).extracting(Rejection::location).containsExactly("line 2 (Hotfixes)", "line 3 (Host)");
            assertThat(sink.rejections.get(0).reason()).startsWith("the cell holds an Excel error (#REF!)");
        }

        @Test
        void systeminfoInItsCsvFormReadsTheHotfixListWithItsPlaceholdersAndCount() throws IOException {
            String csv = "\"Host Name\",\"OS Name\",\"OS Version\",\"System Type\",\"Hotfix(s)\"\r\n"
                    + "\"SI-01\",\"Microsoft(R) Windows(R) Server 2003, Standard Edition\",\"5.2.3790 Service Pack 1 Build 3790\","
                    + "\"X86-based PC\",\"3 Hotfix(s) Installed.,[01]: File 1,[02]: File 1,[03]: KB896358\"\r\n";
            Server s = read(write("systeminfo.csv", csv)).only();
            assertThat(s.hotfixes().entries()).containsExactly("File 1", "File 1", "KB896358");
            assertThat(s.hotfixes().complete()).as("placeholders prove nothing by what they lack").isFalse();
        }

        @Test
        void exportsAppendedOneToAnotherRepeatTheirHeaderAndTypeLinesWhichAreNoServers() throws IOException {
            String export = "#TYPE System.Management.Automation.PSCustomObject\r\n"
                    + "\"Host Name\",\"OS Name\",\"Adapter\",\"Driver\"\r\n"
                    + "\"%s\",\"Windows Server 2003\",\"LAN\",\"E1000\"\r\n"
                    + "\"%s\",\"Windows Server 2003\",\"LAN 2\",\"E1000\"\r\n";
            CollectingSink sink = read(write("all.csv", export.formatted("A", "A") + export.formatted("B", "A")));
            assertThat(sink.rejections).isEmpty();
            assertThat(sink.servers).extracting(Server::host).containsExactly("A", "B");
            assertThat(sink.host("A").adapters()).extracting(Adapter::name).containsExactly("LAN", "LAN 2", "LAN 2");
            assertThat(sink.host("B").provenance().location()).isEqualTo("line 7");
        }

        @Test
        void aRowThatRepeatsOnlyTheHostHeaderIsStillAServer() throws IOException {
            CollectingSink sink = read(write("export.csv", "Server,OS\nServer,Windows Server 2003\n"));
            assertThat(sink.only().host()).isEqualTo("Server");
        }

        @Test
        void anArrayExportedByPowerShellAsItsTypeNameRejectsTheServerAtItsCell() throws IOException {
            String csv = "\"ComputerName\",\"CSDVersion\",\"Hotfixes\",\"NetConnectionID\",\"ServiceName\"\r\n"
                    + "\"PS-01\",\"Service Pack 1\",\"System.Object[]\",\"LAN\",\"E1000\"\r\n"
                    + "\"PS-02\",\"Service Pack 1\",\"KB907019\",\"LAN\",\"E1000\"\r\n";
            CollectingSink sink = read(write("export.csv", csv));
            assertThat(sink.servers).extracting(Server::host).containsExactly("PS-02");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 2 (Hotfixes)");
                assertThat(r.reason()).contains("System.Object[]").contains("PS-01");
            });
        }

        @Test
        void anUnclosedQuoteIsOneRejectionForTheFile() throws IOException {
            CollectingSink sink = read(write("broken.csv", "Host,OS\nSCCM-08,\"Windows\n"));
            assertThat(sink.servers).isEmpty();
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEmpty();
                assertThat(r.reason()).startsWith("malformed CSV");
            });
        }

        @Test
        void withoutAHostColumnTheRejectionNamesTheHeaderRowNotTheTypeLineAboveIt() throws IOException {
            CollectingSink sink = read(write("qfe.csv", "#TYPE System.Management.ManagementObject#root\\cimv2\\Win32_OperatingSystem\r\n"
                    + "\"CSName\",\"Caption\",\"CSDVersion\"\r\n\"SRV9\",\"Windows Server 2003\",\"Service Pack 2\"\r\n"));
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 2");
                assertThat(r.reason()).contains("(row 2)").contains("found 'CSName', 'Caption', 'CSDVersion'");
            });
        }

        @Test
        void aFileWithoutAHostColumnIsRejectedNamingTheHeadersExpected() throws IOException {
            CollectingSink sink = read(write("export.csv", "Name,OS\nx,y\n"));
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).as("the header row").isEqualTo("line 1");
                assertThat(r.reason()).contains("export.csv").contains("Host, Hostname");
            });
        }
    }

    /** {@code systeminfo /S host /FO CSV}, one host a row, often many appended with {@code /NH}. */
    @Nested
    class SysteminfoExport {

        private static final String HEADER = "\"Host Name\",\"OS Name\",\"OS Version\",\"OS Manufacturer\",\"System Type\","
                + "\"Hotfix(s)\",\"Network Card(s)\"\r\n";

        private static String row(String host, String cards) {
            return "\"" + host + "\",\"Microsoft(R) Windows(R) Server 2003, Enterprise Edition\","
                    + "\"5.2.3790 Service Pack 1 Build 3790\",\"Microsoft Corporation\",\"X86-based PC\","
                    + "\"3 Hotfix(s) Installed.,[01]: KB890046 - Update,[02]: KB893756 - Update,[03]: KB896358 - Update\","
                    + "\"" + cards + "\"\r\n";
        }

        private static String card(String number, String product, String connection) {
            return "[" + number + "]: " + product + (connection == null ? ""
                    : ",      Connection Name: " + connection + ",      DHCP Enabled:    No,      IP address(es),"
                    + "      [01]: 10.0.0." + number.charAt(1));
        }

        @Test
        void theNetworkCardColumnGivesEachRowItsCardsAsTheTextWould() throws IOException {
            String csv = HEADER
                    + row("SI-SAME", "2 NIC(s) Installed.," + card("01", "HP NC7782 Gigabit Server Adapter", "Local Area Connection")
                            + "," + card("02", "HP NC7782 Gigabit Server Adapter", "Local Area Connection 2"))
                    + row("SI-TWO", "2 NIC(s) Installed.," + card("01", "Intel(R) PRO/1000 MT Network Connection", "Public")
                            + "," + card("02", "Broadcom NetXtreme Gigabit Ethernet", null))
                    + row("SI-NONE", "N/A")
                    + row("SI-CUT", "3 NIC(s) Installed.," + card("01", "HP NC7782 Gigabit Server Adapter", "LAN"));
            CollectingSink sink = read(write("systeminfo.csv", csv));
            assertThat(sink.rejections).isEmpty();

            Server same = sink.host("SI-SAME");
            assertThat(same.adapters()).extracting(Adapter::name).containsExactly("Local Area Connection", "Local Area Connection 2");
            assertThat(same.adapters()).extracting(Adapter::driver).containsOnly("HP NC7782 Gigabit Server Adapter");
            assertThat(same.adapters()).allMatch(Adapter::driverInferred);
            assertThat(same.adapters().get(1).provenance().toString())
                    .isEqualTo("systeminfo.csv line 2 (Network Card(s)), card [02]");
            assertThat(same.notes()).containsExactly(SysteminfoCards.INFERRED_DRIVERS);
            assertThat(same.hotfixes().complete()).isTrue();
            Server two = sink.host("SI-TWO");
            assertThat(two.adapters()).extracting(Adapter::name).containsExactly("Public", "Broadcom NetXtreme Gigabit Ethernet");
            assertThat(two.adapters()).extracting(Adapter::driver)
                    .containsExactly("Intel(R) PRO/1000 MT Network Connection", "Broadcom NetXtreme Gigabit Ethernet");
            assertThat(sink.host("SI-NONE").adapters()).isEmpty();
            assertThat(sink.host("SI-NONE").adaptersIncomplete()).isFalse();
            assertThat(sink.host("SI-CUT").adaptersIncomplete()).isTrue();
            assertThat(sink.host("SI-CUT").notes()).contains("systeminfo announces 3 network cards but lists 1");
        }

        @Test
        void aGermanExportNamesItsColumnNetzwerkkarteAndItsConnectionsVerbindungsname() throws IOException {
            String csv = "\"Hostname\",\"Betriebssystemname\",\"Netzwerkkarte(n)\"\r\n"
                    + "\"SI-BERLIN\",\"Microsoft(R) Windows(R) Server 2003, Standard Edition\","
                    + "\"2 Netzwerkadapter installiert.,[01]: Intel(R) PRO/1000 MT-Netzwerkverbindung,"
                    + "      Verbindungsname: LAN-Verbindung,      DHCP aktiviert:  Nein,      IP-Adresse(n),      [01]: 10.1.0.5,"
                    + "[02]: Intel(R) PRO/1000 MT-Netzwerkverbindung #2,      Verbindungsname: LAN-Verbindung 2\"\r\n";
            Server s = read(write("systeminfo-de.csv", csv.getBytes(Charset.forName("windows-1252")))).only();
            assertThat(s.adapters()).extracting(Adapter::name).containsExactly("LAN-Verbindung", "LAN-Verbindung 2");
            assertThat(s.adapters()).extracting(Adapter::driver).containsOnly("Intel(R) PRO/1000 MT-Netzwerkverbindung");
        }

        @Test
        void germanFrenchAndSpanishExportsAreReadByTheirOwnHeaders() throws IOException {
            String cards = "\"2 %s,[01]: HP NC7782 Gigabit Server Adapter,      %s: LAN 1,"
                    + "[02]: HP NC7782 Gigabit Server Adapter #2,      %s: LAN 2\"";
            String row = "\"%s\",\"Microsoft(R) Windows(R) Server 2003, Standard Edition\",\"5.2.3790 Service Pack 1 %s 3790\","
                    + "\"X86-based PC\",\"1 %s,[01]: KB896358\"," + cards + "\r\n";
            String german = "\"Hostname\",\"Betriebssystemname\",\"Betriebssystemversion\",\"Systemtyp\",\"Hotfix(es)\","
                    + "\"Netzwerkkarte(n)\"\r\n" + row.formatted("SI-DE", "Build", "Hotfix(e) installiert.",
                    "Netzwerkadapter installiert.", "Verbindungsname", "Verbindungsname");
            String french = "\"Nom de l'hôte\",\"Nom du système d'exploitation\",\"Version du système\",\"Type du système\","
                    + "\"Correctif(s)\",\"Carte(s) réseau\"\r\n" + row.formatted("SI-FR", "version", "Corrections installées.",
                    "carte(s) réseau installée(s).", "Nom de la connexion\u00a0", "Nom de la connexion\u00a0");
            String spanish = "\"Nombre de host\",\"Nombre del sistema operativo\",\"Versión del sistema operativo\","
                    + "\"Tipo de sistema\",\"Revisión(es)\",\"Tarjeta(s) de red\"\r\n" + row.formatted("SI-ES", "Compilación",
                    "revisión(es) instaladas.", "Tarjetas de interfaz de red instaladas.", "Nombre de conexión", "Nombre de conexión");
            for (String csv : List.of(german, french, spanish)) {
                Server s = read(write("systeminfo.csv", csv.getBytes(Charset.forName("windows-1252")))).only();
                assertThat(s.os()).as(s.host()).isEqualTo("Microsoft(R) Windows(R) Server 2003, Standard Edition");
                assertThat(s.osVersion()).as(s.host()).startsWith("5.2.3790 Service Pack 1 ");
                assertThat(s.architecture()).as(s.host()).isEqualTo("X86-based PC");
                assertThat(s.hotfixes().entries()).as(s.host()).containsExactly("KB896358");
                assertThat(s.hotfixes().complete()).as(s.host()).isTrue();
                assertThat(s.adapters()).as(s.host()).extracting(Adapter::name).containsExactly("LAN 1", "LAN 2");
            }
        }

        @Test
        void anExportRedirectedInCmdIsReadInItsOemCodePage() throws IOException {
            // systeminfo /FO CSV > hosts.csv in cmd.exe writes the console's code page, 850 in Western Europe:
            // read as Windows-1252, 'Nom de l'hôte' is 'Nom de l'h“te' and 'Versión' is 'Versi¢n'
            String french = "\"Nom de l'hôte\",\"Nom du système d'exploitation\",\"Version du système\",\"Type du système\","
                    + "\"Correctif(s)\",\"Carte(s) réseau\"\r\n"
                    + "\"SI-PARIS\",\"Microsoft(R) Windows(R) Server 2003, Standard Edition\",\"5.2.3790 Service Pack 1 version 3790\","
                    + "\"X86-based PC\",\"1 Correction(s) installée(s).,[01]: KB896358 - Mise à jour\","
                    + "\"1 carte(s) réseau installée(s).,[01]: Connexion réseau Intel(R) PRO/1000 MT,"
                    + "      Nom de la connexion\u00a0: Connexion au réseau local\"\r\n";
            String spanish = "\"Nombre de host\",\"Nombre del sistema operativo\",\"Versión del sistema operativo\","
                    + "\"Tipo de sistema\",\"Revisión(es)\",\"Tarjeta(s) de red\"\r\n"
                    + "\"SI-MADRID\",\"Microsoft(R) Windows(R) Server 2003, Standard Edition\","
                    + "\"5.2.3790 Service Pack 1 Compilación 3790\",\"X86-based PC\",\"1 revisión(es) instaladas.,[01]: KB896358\","
                    + "\"1 Tarjetas de interfaz de red instaladas.,[01]: Realtek RTL8139,      Nombre de conexión: Conexión de área local\"\r\n";
            Charset oem = Charset.forName("IBM850");

            Server paris = read(write("paris.csv", french.getBytes(oem))).only();
            assertThat(paris.host()).isEqualTo("SI-PARIS");
            assertThat(paris.osVersion()).isEqualTo("5.2.3790 Service Pack 1 version 3790");
            assertThat(paris.hotfixes().entries()).containsExactly("KB896358 - Mise à jour");
            assertThat(paris.adapters()).extracting(Adapter::name).containsExactly("Connexion au réseau local");
            Server madrid = read(write("madrid.csv", spanish.getBytes(oem))).only();
            assertThat(madrid.osVersion()).isEqualTo("5.2.3790 Service Pack 1 Compilación 3790");
            assertThat(madrid.hotfixes().entries()).containsExactly("KB896358");
            assertThat(madrid.adapters()).extracting(Adapter::name).containsExactly("Conexión de área local");
        }

        @Test
        void rowsAppendedWithTheirHeaderOrWithoutItAreAllRead() throws IOException {
            String one = row("SI-A", "1 NIC(s) Installed.," + card("01", "HP NC7782 Gigabit Server Adapter", "LAN"));
            String csv = HEADER + one + one.replace("SI-A", "SI-B") + HEADER + one.replace("SI-A", "SI-C");
            CollectingSink sink = read(write("fleet.csv", csv));
            assertThat(sink.rejections).isEmpty();
            assertThat(sink.servers).extracting(Server::host).containsExactly("SI-A", "SI-B", "SI-C");
            assertThat(sink.servers).allSatisfy(s -> assertThat(s.adapters()).extracting(Adapter::name).containsExactly("LAN"));
        }

        @Test
        void theErrorSysteminfoAppendsForAHostItCannotReachIsARejectionNotAServerNamedError() throws IOException {
            // systeminfo /S host /FO CSV /NH >> fleet.csv 2>&1, host after host
            String one = row("SI-A", "1 NIC(s) Installed.," + card("01", "HP NC7782 Gigabit Server Adapter", "LAN"));
            String csv = HEADER + one + "ERROR: The RPC server is unavailable.\r\n" + one.replace("SI-A", "SI-B")
                    + "FEHLER: Zugriff verweigert\r\n" + "ERREUR : Le serveur RPC n'est pas disponible.\r\n";
            CollectingSink sink = read(write("fleet.csv", csv));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SI-A", "SI-B");
            assertThat(sink.rejections).extracting(Rejection::location).containsExactly("line 3 (Host Name)",
                    "line 5 (Host Name)", "line 6 (Host Name)");
            assertThat(sink.rejections.get(0).reason()).isEqualTo("the row is a message ('ERROR: The RPC server is"
                    + " unavailable.'), such as systeminfo writes for a host it cannot reach, not a server, so it is not audited");
        }

        @Test
        void anExportSavedAsTxtAsCmdUsersRedirectOutputIsReadAsCsvInAnyEncodingAndLanguage() throws IOException {
            String one = row("SI-A", "1 NIC(s) Installed.," + card("01", "HP NC7782 Gigabit Server Adapter", "LAN"));
            write("hosts.txt", HEADER + one);
            Files.write(dir.resolve("hosts-ps.txt"), ("\uFEFF" + HEADER + one.replace("SI-A", "SI-B"))
                    .getBytes(StandardCharsets.UTF_16LE));
            write("hosts-de.txt", "\"Hostname\",\"Betriebssystemname\"\r\n\"SI-C\",\"Microsoft Windows Server 2003\"\r\n");
            write("notes.txt", "Host Name, OS Name and the others are systeminfo's columns\r\n");
            write("quoted-other.txt", "\"Server\",\"OS Name\"\r\n\"SI-D\",\"x\"\r\n");

            CollectingSink sink = new CollectingSink();
            Inventories.standard().read(List.of(dir), sink);

            assertThat(sink.servers).extracting(Server::host).containsExactlyInAnyOrder("SI-A", "SI-B", "SI-C");
            assertThat(sink.servers).filteredOn(s -> !s.host().equals("SI-C"))
                    .allSatisfy(s -> assertThat(s.adapters()).extracting(Adapter::name).containsExactly("LAN"));
            assertThat(sink.rejections).isEmpty(); // a folder passes over the .txt files that are neither

            CollectingSink named = new CollectingSink();
            Inventories.standard().read(List.of(dir.resolve("notes.txt")), named);
            assertThat(named.rejections).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("not an inventory"));
        }

        @Test
        void theErrorRecordPowerShellAppendsForAHostItCannotReachIsRejectedLineByLineNotAuditedAsServers() throws IOException {
            // systeminfo /S host /FO CSV /NH >> fleet.csv 2>&1 in PowerShell: the error record's lines, one with a
            // comma that splits it over two cells
            String one = row("SI-A", "1 NIC(s) Installed.," + card("01", "HP NC7782 Gigabit Server Adapter", "LAN"));
            String csv = HEADER + one
                    + "systeminfo.exe : ERROR: The RPC server is unavailable.\r\n"
                    + "At line:1 char:1\r\n"
                    + "+ systeminfo /S SI-X /FO CSV /NH >> fleet.csv 2>&1\r\n"
                    + "+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n"
                    + "    + CategoryInfo          : NotSpecified: (ERROR: The RPC server is unavailable.:String) [], RemoteException\r\n"
                    + "    + FullyQualifiedErrorId : NativeCommandError\r\n"
                    + one.replace("SI-A", "SI-B");
            CollectingSink sink = read(write("fleet.csv", csv));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SI-A", "SI-B");
            assertThat(sink.rejections).hasSize(6).allSatisfy(r -> assertThat(r.reason()).startsWith("the host cell ('")
                    .contains("is not a host name").contains("PowerShell's error output"));
            assertThat(sink.rejections.get(1).location()).isEqualTo("line 4 (Host Name)");
            assertThat(sink.rejections.get(1).reason()).startsWith("the host cell ('At line:1 char:1') is not a host name");
        }

        @Test
        void aMessageInTheHostCellIsNoServerEvenWithTextBesideIt() throws IOException {
            // PowerShell's 2>&1 record split at its commas leaves text in the cells beside the message
            String one = row("SI-A", "1 NIC(s) Installed.," + card("01", "HP NC7782 Gigabit Server Adapter", "LAN"));
            CollectingSink sink = read(write("fleet.csv", HEADER + one
                    + "ERROR: The RPC server is unavailable.,(0x800706BA), RemoteException\r\n"));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SI-A");
            assertThat(sink.rejections).singleElement().satisfies(r -> assertThat(r.reason())
                    .startsWith("the row is a message ('ERROR: The RPC server is unavailable.')"));
        }

        @Test
        void controlHostNamesWithDotsDashesAndAnIpAddressAreServers() throws IOException {
            String one = row("SI-A", "1 NIC(s) Installed.," + card("01", "HP NC7782 Gigabit Server Adapter", "LAN"));
            String csv = HEADER + one.replace("SI-A", "web01.corp.example.com") + one.replace("SI-A", "10.0.0.5")
                    + one.replace("SI-A", "SRV_01-B");
            CollectingSink sink = read(write("fleet.csv", csv));
            assertThat(sink.servers).extracting(Server::host).containsExactly("web01.corp.example.com", "10.0.0.5", "SRV_01-B");
            assertThat(sink.rejections).isEmpty();
        }

        @Test
        void aRowGivingItsCardsBothInTheCellAndInAdapterColumnsIsRejectedAndTheOthersAreRead() throws IOException {
            String csv = "\"Host Name\",\"Network Card(s)\",\"Adapter\",\"Driver\"\r\n"
                    + "\"SI-CELL\",\"1 NIC(s) Installed.,[01]: HP NC7782,      Connection Name: LAN\",,\r\n"
                    + "\"SI-BOTH\",\"1 NIC(s) Installed.,[01]: HP NC7782,      Connection Name: LAN\",LAN,q57w2k\r\n"
                    + "\"SI-COLUMNS\",,LAN,q57w2k\r\n";
            CollectingSink sink = read(write("mixed.csv", csv));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SI-CELL", "SI-COLUMNS");
            assertThat(sink.host("SI-CELL").adapters()).extracting(Adapter::driver).containsExactly("HP NC7782");
            assertThat(sink.host("SI-COLUMNS").adapters()).extracting(Adapter::driver).containsExactly("q57w2k");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.host()).isEqualTo("SI-BOTH");
                assertThat(r.location()).isEqualTo("line 3 (Network Card(s))");
                assertThat(r.reason()).isEqualTo("the network cards are listed twice, in this Network Card(s) cell as"
                        + " systeminfo writes them and in adapter columns (line 3); kbaudit cannot tell whether they are"
                        + " the same cards: keep one of the two; so SI-BOTH (line 3) is not audited");
            });
        }

        @Test
        void aCellThatIsNoCardListRejectsItsServerNamingTheCell() throws IOException {
            CollectingSink sink = read(write("hand.csv", "Host,Network Card(s)\nSI-X,HP NC7782; HP NC7782\nSI-Y,N/A\n"));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SI-Y");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 2 (Network Card(s))");
                assertThat(r.reason()).startsWith("'HP NC7782; HP NC7782' is not systeminfo's list of network cards");
            });
        }

        @Test
        void aCellOfNothingButCommasRejectsItsServerAsNoCardListRatherThanAsAnErrorOfKbaudit() throws IOException {
            CollectingSink sink = read(write("commas.csv", "Host,Network Card(s)\nSI-X,\",\"\nSI-Y,N/A\n"));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SI-Y");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 2 (Network Card(s))");
                assertThat(r.reason()).startsWith("',' is not systeminfo's list of network cards");
            });
        }
    }

    @Nested
    class PairOfFiles {

        private Path servers;
        private Path adapters;

        private void writePair() throws IOException {
            servers = write("east-servers.csv", "Host,OS,Service Pack\nEAST-10,Windows Server 2003,SP1\nEAST-11,Windows Server 2003,SP2\n");
            adapters = write("east-adapters.csv", "Host,Adapter,Driver,VLANs\neast-10,Public,b57w2k,10\nEAST-10,Backup,b57w2k,\nEAST-12,LAN,E1000,\n");
        }

        @Test
        void theServersFileReadsItsAdaptersSibling() throws IOException {
            writePair();
            CollectingSink sink = read(servers);
            assertThat(sink.servers).extracting(Server::host).containsExactly("EAST-10", "EAST-11");
            assertThat(sink.host("EAST-10").adapters()).extracting(Adapter::name).containsExactly("Public", "Backup");
            assertThat(sink.host("EAST-10").adapters().get(0).provenance().toString()).isEqualTo("east-adapters.csv line 2");
            assertThat(sink.host("EAST-11").adapters()).isNull();
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo("east-adapters.csv");
                assertThat(r.location()).isEqualTo("line 4");
                assertThat(r.reason()).contains("EAST-12");
            });
        }

        @Test
        void theAdaptersFileIsAPartOfItsServersFile() throws IOException {
            writePair();
            assertThat(format.partOf(adapters)).isEqualTo(servers.toAbsolutePath());
            assertThat(format.partOf(servers)).isNull();
        }

        @Test
        void aFolderIsReadOnceAndSoIsAPairNamedFileByFile() throws IOException {
            writePair();
            CollectingSink folder = new CollectingSink();
            Inventories.standard().read(List.of(dir), folder);
            assertThat(folder.servers).extracting(Server::host).containsExactly("EAST-10", "EAST-11");

            CollectingSink named = new CollectingSink();
            Inventories.standard().read(List.of(adapters, servers), named);
            assertThat(named.servers).extracting(Server::host).containsExactly("EAST-10", "EAST-11");
            assertThat(named.servers.get(0).provenance().source()).isEqualTo(servers.toString());
        }

        @Test
        void aServersFileWithSysteminfosCardCellRejectsAHostThatAlsoHasAdapterRows() throws IOException {
            Path withCards = write("west-servers.csv", "Host,Network Card(s)\nWEST-1,\"1 NIC(s) Installed.,[01]: HP NC7782\"\n"
                    + "WEST-2,\"1 NIC(s) Installed.,[01]: HP NC7782\"\n");
            write("west-adapters.csv", "Host,Adapter,Driver\nWEST-2,LAN,q57w2k\n");
            CollectingSink sink = read(withCards);
            assertThat(sink.servers).extracting(Server::host).containsExactly("WEST-1");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 3 (Network Card(s))");
                assertThat(r.reason()).contains("in adapter columns (west-adapters.csv line 2)");
            });
        }

        @Test
        void anAdaptersFileAloneIsRejected() throws IOException {
            Path alone = write("adapters.csv", "Host,Adapter\nEAST-13,LAN\n");
            assertThat(format.partOf(alone)).isNull();
            CollectingSink sink = read(alone);
            assertThat(sink.servers).isEmpty();
            assertThat(sink.rejections).singleElement().extracting(Rejection::reason).asString().contains("servers");
        }
    }

    @Test
    void delimiterIsCountedOutsideQuotes() {
        assertThat(CsvSheet.delimiter("\"a;b;c\",d,e\n")).isEqualTo(',');
        assertThat(CsvSheet.delimiter("Host;OS;\"x,y\"\n")).isEqualTo(';');
        assertThat(CsvSheet.delimiter("Host\n")).isEqualTo(',');
        assertThat(CsvSheet.delimiter("Fleet inventory\r\nEast\r\nexported today\r\n\r\n  \r\nHost;OS\r\n"))
                .as("blank lines between the title rows and the header are no title rows").isEqualTo(';');
        assertThat(CsvSheet.delimiter("a\nb\nc\nd\nHost;OS\n")).as("past the title rows allowed").isEqualTo(',');
        assertThat(CsvSheet.delimiter("#TYPE System.Object\r\n\"Host\";\"OS\"\r\n")).as("past a title line").isEqualTo(';');
        assertThat(CsvSheet.delimiter("Fleet\r\n\r\nupdated today\r\nHost;OS\r\n")).as("past three").isEqualTo(';');
        assertThat(CsvSheet.delimiter("a\r\nb\r\nc\r\nd\r\nHost;OS\r\n")).as("not past four").isEqualTo(',');
    }

    @Test
    void exportCsvWithASemicolonDelimiterAndItsTypeLineIsRead() throws IOException {
        String csv = "#TYPE Selected.System.Management.ManagementObject\r\n"
                + "\"ComputerName\";\"Caption\";\"CSDVersion\";\"NetConnectionID\";\"ServiceName\"\r\n"
                + "\"PS-01\";\"Microsoft(R) Windows(R) Server 2003, Standard Edition\";\"Service Pack 1\";\"LAN\";\"E1000\"\r\n";
        CollectingSink sink = read(write("export.csv", csv));
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.only().os()).isEqualTo("Microsoft(R) Windows(R) Server 2003, Standard Edition");
        assertThat(sink.only().provenance().location()).isEqualTo("line 3");
    }
}
