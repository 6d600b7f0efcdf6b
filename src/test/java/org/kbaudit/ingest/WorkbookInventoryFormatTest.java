package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.ingest.Workbooks.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

class WorkbookInventoryFormatTest {

    @TempDir
    Path dir;

    private final WorkbookInventoryFormat format = new WorkbookInventoryFormat();

    private CollectingSink readXlsx(Workbooks.Book book) throws IOException {
        CollectingSink sink = new CollectingSink();
        format.read(Workbooks.xlsx(dir.resolve("fleet.xlsx"), book), "fleet.xlsx", sink);
        return sink;
    }

    private CollectingSink readXls(Workbooks.Book book) throws IOException {
        CollectingSink sink = new CollectingSink();
        format.read(Workbooks.xls(dir.resolve("fleet.xls"), book), "fleet.xls", sink);
        return sink;
    }

    /** Rows padded with blank rows so that the last one given lands on that sheet row. */
    private static List<List<Object>> rowsEndingAt(int lastRow, List<List<Object>> head, List<Object> last) {
        List<List<Object>> rows = new ArrayList<>(head);
        rows.addAll(Collections.nCopies(lastRow - 1 - head.size(), null));
        rows.add(last);
        return rows;
    }

    private static final List<Object> SERVER_HEADER = row("Host", "OS", "Version", "Architecture", "SP", "Hotfixes",
            "Netcfgx.dll Version", "SysWOW64 Netcfgx.dll Version", "Restart Pending", "Site", "Criticality",
            "Maintenance Window", "Owner");
    private static final List<Object> ADAPTER_HEADER = row("Server", "Adapter Name", "Description", "Driver",
            "Virtual", "VLAN IDs", "Hot Plug");

    private static Workbooks.Book twoSheets(List<List<Object>> adapterRows) {
        List<List<Object>> servers = java.util.Arrays.asList(SERVER_HEADER,
                row("EAST-01", "Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition", "5.2.3790.1830", "x64", 1,
                        "KB907019, KB893803v2", "5.2.3790.2520", "5.2.3790.1830", true,
                        new Workbooks.Formula("\"East\"&\"-DC\""), "high", "Sun 02:00", "Network team"),
                null,
                row("EAST-02", "Windows Server 2003 Standard", "5.2.3790", "X86-based PC", 2.0, "none"),
                row("EAST-03"));
        return new Workbooks.Book().sheet("Servers", servers).sheet("Adapters", adapterRows);
    }

    private static final List<List<Object>> ADAPTERS = List.of(ADAPTER_HEADER,
            row("east-01", "Public", "Broadcom NetXtreme Gigabit", "b57w2k", "no", 10, true),
            row("EAST-01", "Backup", "Broadcom NetXtreme Gigabit #2", "b57w2k", null, "20;30", "x"),
            row("EAST-02", "LAN", "Intel(R) PRO/1000 MT", "E1000", "yes", null, false));

    @Nested
    class TwoSheetLayout {

        @Test
        void readsTypedCellsAndJoinsAdaptersByHostIgnoringCase() throws IOException {
            CollectingSink sink = readXlsx(twoSheets(ADAPTERS));
            assertThat(sink.rejections).isEmpty();
            assertThat(sink.servers).extracting(Server::host).containsExactly("EAST-01", "EAST-02", "EAST-03");

            Server east1 = sink.host("EAST-01");
            assertThat(east1.provenance().toString()).isEqualTo("fleet.xlsx Servers!A2");
            assertThat(east1.osVersion()).isEqualTo("5.2.3790.1830");
            assertThat(east1.servicePack()).as("numeric 1").isEqualTo("1");
            assertThat(east1.restartPending()).as("boolean cell").isTrue();
            assertThat(east1.site()).as("formula, cached value").isEqualTo("East-DC");
            assertThat(east1.criticality()).isEqualTo(Criticality.HIGH);
            assertThat(east1.maintenanceWindow()).isEqualTo("Sun 02:00");
            assertThat(east1.owner()).isEqualTo("Network team");
            assertThat(east1.hotfixes().entries()).containsExactly("KB907019", "KB893803v2");
            assertThat(east1.files()).containsExactly(
                    new InstalledFile("Netcfgx.dll", FileVersion.parse("5.2.3790.2520"), null, null),
                    new InstalledFile("Wnetcfgx.dll", FileVersion.parse("5.2.3790.1830"), null, null));
            assertThat(east1.adapters()).extracting(Adapter::name).containsExactly("Public", "Backup");
            Adapter publicNic = east1.adapters().get(0);
            assertThat(publicNic.driver()).isEqualTo("b57w2k");
            assertThat(publicNic.virtual()).isFalse();
            assertThat(publicNic.hotPlug()).isTrue();
            assertThat(publicNic.vlans()).as("numeric 10").containsExactly(Vlan.of(10));
            assertThat(publicNic.provenance().location()).isEqualTo("Adapters!A2");
            assertThat(east1.adapters().get(1).vlans()).containsExactly(Vlan.of(20), Vlan.of(30));
            assertThat(east1.adapters().get(1).virtual()).as("empty under Virtual").isFalse();
            assertThat(east1.adapters()).noneMatch(Adapter::driverInferred);

            Server east2 = sink.host("EAST-02");
            assertThat(east2.servicePack()).as("numeric 2.0").isEqualTo("2");
            assertThat(east2.hotfixes().entries()).as("none").isEmpty();
            assertThat(east2.hotfixes().complete()).isTrue();
            assertThat(east2.files()).isNull();
            assertThat(east2.adapters().get(0).virtual()).isTrue();
            assertThat(east2.adapters().get(0).hotPlug()).isFalse();

            Server east3 = sink.host("EAST-03");
            assertThat(east3.hotfixes()).as("empty cell").isNull();
            assertThat(east3.adapters()).as("no adapter rows: unknown").isNull();
            assertThat(east3.restartPending()).isFalse();
        }

        @Test
        void anAdapterRowWhoseHostIsNotOnTheServersSheetIsRejectedAtItsHostCell() throws IOException {
            CollectingSink sink = readXlsx(twoSheets(rowsEndingAt(17, ADAPTERS,
                    row("EAST-99", "LAN", "Intel", "E1000"))));
            assertThat(sink.servers).hasSize(3);
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo("fleet.xlsx");
                assertThat(r.location()).isEqualTo("Adapters!A17");
                assertThat(r.reason()).contains("EAST-99").contains("sheet 'Servers'");
            });
        }

        @Test
        void aWrongAdapterCellRejectsItsWholeServerAndNamesTheCell() throws IOException {
            List<List<Object>> adapters = rowsEndingAt(17, ADAPTERS, row("EAST-02", "Backup", "Intel", "E1000", null, "ten"));
            CollectingSink sink = readXlsx(twoSheets(adapters));
            assertThat(sink.servers).extracting(Server::host).containsExactly("EAST-01", "EAST-03");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("Adapters!F17");
                assertThat(r.reason()).contains("'ten'").contains("1 to 4094").contains("EAST-02 (Servers!A4)");
            });
        }

        @Test
        void aSecondRowForAHostIsRejectedNamingBothRows() throws IOException {
            Workbooks.Book book = new Workbooks.Book()
                    .sheet("Servers", List.of(row("Host", "OS"), row("EAST-01", "A"), row("east-01", "B")))
                    .sheet("Adapters", List.of(row("Host", "Adapter")));
            CollectingSink sink = readXlsx(book);
            assertThat(sink.servers).singleElement().satisfies(s -> assertThat(s.os()).isEqualTo("A"));
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("Servers!A3");
                assertThat(r.reason()).contains("Servers!A2");
            });
        }

        @Test
        void aWrongServerCellNamesTheCellAndTheValidValues() throws IOException {
            Workbooks.Book book = new Workbooks.Book()
                    .sheet("Servers", List.of(row("Host", "Criticality", "Netcfgx Version"),
                            row("EAST-01", "urgent"), row("EAST-02", "low", "five")))
                    .sheet("Adapters", List.of(row("Host", "Adapter")));
            CollectingSink sink = readXlsx(book);
            assertThat(sink.rejections).extracting(Rejection::location).containsExactly("Servers!C3");
            assertThat(sink.rejections.get(0).reason()).contains("'five'").contains("5.2.3790.2520");
            // criticality is carried through, not judged: a value nobody reads leaves it empty, with a note
            assertThat(sink.servers).extracting(Server::host).containsExactly("EAST-01");
            assertThat(sink.servers.get(0).criticality()).isNull();
            assertThat(String.join(" ", sink.servers.get(0).notes())).contains("Servers!B2").contains("'urgent'")
                    .contains("low, medium, high, critical");
        }

        @Test
        void twoColumnsForOneFieldOnEitherSheetWarnOnTheServer() throws IOException {
            Workbooks.Book book = new Workbooks.Book()
                    .sheet("Servers", List.of(row("Host", "SP", "Service Pack"), row("EAST-01", "SP1", "SP2")))
                    .sheet("Adapters", List.of(row("Host", "Adapter", "Driver", "Miniport Driver"),
                            row("EAST-01", "LAN", "E1000", "b57w2k")));
            Server s = readXlsx(book).only();
            assertThat(s.servicePack()).isEqualTo("SP1");
            assertThat(s.adapters().get(0).driver()).isEqualTo("E1000");
            assertThat(s.notes()).containsExactly(
                    "two columns give the service pack: 'SP1' under SP at Servers!B2, 'SP2' under Service Pack at "
                            + "Servers!C2; the first column is read",
                    "two columns give the driver: 'E1000' under Driver at Adapters!C2, 'b57w2k' under Miniport Driver at "
                            + "Adapters!D2; the first column is read");
        }

        @Test
        void legacyXlsReadsTheSameAsXlsx() throws IOException {
            CollectingSink xls = readXls(twoSheets(ADAPTERS));
            CollectingSink xlsx = readXlsx(twoSheets(ADAPTERS));
            assertThat(xls.rejections).isEmpty();
            assertThat(xls.servers).hasSize(3);
            for (int i = 0; i < 3; i++) {
                Server a = xls.servers.get(i);
                Server b = xlsx.servers.get(i);
                assertThat(a.toBuilder().build()).usingRecursiveComparison()
                        .ignoringFieldsMatchingRegexes(".*provenance.*").isEqualTo(b);
            }
        }
    }

    @Nested
    class FlatLayout {

        private final List<Object> header = row("Computer Name", "Operating System", "CSDVersion", "KBs", "NIC",
                "Miniport Driver", "VLAN");

        @Test
        void rowsOfAHostMakeOneServerAndAnEmptyAdapterRowMeansNoAdapterData() throws IOException {
            CollectingSink sink = readXlsx(new Workbooks.Book().sheet("Export", List.of(header,
                    row("SCCM-01", "Windows Server 2003", "Service Pack 1", "KB1", "Public", "b57w2k", 10),
                    row("sccm-01", "Windows Server 2003", "Service Pack 1", "KB1", "Backup", "b57w2k", "20, 30"),
                    List.of(),
                    row("SCCM-02", "Windows Server 2003", null, null))));
            assertThat(sink.rejections).isEmpty();
            Server one = sink.host("SCCM-01");
            assertThat(one.adapters()).extracting(Adapter::name).containsExactly("Public", "Backup");
            assertThat(one.notes()).isEmpty();
            Server two = sink.host("SCCM-02");
            assertThat(two.servicePack()).as("empty under CSDVersion: RTM").isEqualTo("RTM");
            assertThat(two.hotfixes()).isNull();
            assertThat(two.adapters()).as("empty adapter columns: unknown").isNull();
        }

        @Test
        void repeatedServerColumnsThatDisagreeKeepTheFirstValueWithANote() throws IOException {
            CollectingSink sink = readXlsx(new Workbooks.Book().sheet("Export", List.of(header,
                    row("SCCM-01", "Windows Server 2003", "Service Pack 1", null, "Public", "b57w2k"),
                    row("SCCM-01", "Windows Server 2003", "Service Pack 2", null, "Backup", "b57w2k"))));
            Server s = sink.only();
            assertThat(s.servicePack()).isEqualTo("Service Pack 1");
            assertThat(s.notes()).singleElement().asString()
                    .contains("CSDVersion").contains("'Service Pack 1' at Export!C2").contains("'Service Pack 2' at Export!C3");
        }

        @Test
        void aSheetWithoutServerColumnsOrAdapterColumnsStillGivesServers() throws IOException {
            Server s = readXlsx(new Workbooks.Book().sheet("Sheet1", List.of(row("Hostname"), row("SCCM-09")))).only();
            assertThat(s.host()).isEqualTo("SCCM-09");
            assertThat(s.adapters()).isNull();
            assertThat(s.servicePack()).isNull();
        }

        @Test
        void aRowWithoutAHostIsRejectedAndTheOthersGoOn() throws IOException {
            CollectingSink sink = readXlsx(new Workbooks.Book().sheet("Export", List.of(header,
                    row(null, "Windows Server 2003"), row("SCCM-01"))));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SCCM-01");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("Export!A2");
                assertThat(r.reason()).contains("no host name").contains("Computer Name");
            });
        }

        @Test
        void aSheetWithoutAHostColumnIsOneRejectionAtItsHeaderRow() throws IOException {
            CollectingSink sink = readXlsx(new Workbooks.Book().sheet("Export", List.of(row("Name", "OS"), row("A", "B"))));
            assertThat(sink.servers).isEmpty();
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("sheet 'Export', row 1");
                assertThat(r.reason()).contains("sheet 'Export'").contains("Host, Hostname, Host Name, Computer Name, Server")
                        .contains("'Name', 'OS'");
            });
        }

        @Test
        void aTotalsRowUnderTheTableIsRejectedAsSuchRatherThanAuditedAsAServer() throws IOException {
            CollectingSink sink = readXlsx(new Workbooks.Book().sheet("Export", List.of(header,
                    row("SCCM-01", "Windows Server 2003", "Service Pack 2", null, "Public", "b57w2k"),
                    List.of(),
                    row("Total", new Workbooks.Formula("COUNTA(A2:A2)")),
                    row("Grand Total:", 1))));
            assertThat(sink.servers).extracting(Server::host).containsExactly("SCCM-01");
            assertThat(sink.rejections).extracting(Rejection::location).containsExactly("Export!A4", "Export!A5");
            assertThat(sink.rejections.get(0).reason()).contains("totals row").contains("'Total'");
        }

        @Test
        void aServerReallyNamedTotalIsReadForItSaysWhatItIs() throws IOException {
            CollectingSink sink = readXlsx(new Workbooks.Book().sheet("Export", List.of(header,
                    row("TOTAL", "Windows Server 2003", "Service Pack 1", null, "LAN1", "e1000"),
                    row("Summe", 12))));
            assertThat(sink.servers).extracting(Server::host).containsExactly("TOTAL");
            assertThat(sink.rejections).extracting(Rejection::location).containsExactly("Export!A3");
        }

        @Test
        void titleRowsAboveTheHeaderArePassedOver() throws IOException {
            CollectingSink sink = readXlsx(new Workbooks.Book().sheet("Export", List.of(
                    row("Server inventory, East"), row("exported 2024-03-01"), List.of(), header,
                    row("SCCM-01", "Windows Server 2003"))));
            assertThat(sink.only().provenance().location()).isEqualTo("Export!A5");
        }

        @Test
        void legacyXlsFlat() throws IOException {
            CollectingSink sink = readXls(new Workbooks.Book().sheet("Export", List.of(header,
                    row("SCCM-01", "Windows Server 2003", 2, "KB907019", "Public", "b57w2k", 10))));
            Server s = sink.only();
            assertThat(s.servicePack()).isEqualTo("2");
            assertThat(s.adapters().get(0).vlans()).containsExactly(Vlan.of(10));
            assertThat(s.provenance().location()).isEqualTo("Export!A2");
        }
    }

    @Nested
    class WhichSheetsAreRead {

        private final List<Object> flatHeader = row("Host", "OS", "Architecture", "Service Pack", "Hotfixes", "Adapter",
                "Driver");

        private List<List<Object>> flat(String host) {
            return List.of(flatHeader, row(host, "Windows Server 2003", "x86", "SP1", "none", "LAN", "E1000"));
        }

        @Test
        void everyVisibleFlatSheetIsReadInWorkbookOrder() throws IOException {
            Workbooks.Book book = new Workbooks.Book().sheet("East", flat("V1")).sheet("West", flat("V2"));
            for (CollectingSink sink : List.of(readXlsx(book), readXls(book))) {
                assertThat(sink.rejections).isEmpty();
                assertThat(sink.servers).extracting(s -> s.provenance().location())
                        .containsExactly("East!A2", "West!A2");
            }
        }

        @Test
        void aHostOnTwoSheetsComesOnceFromEachSoTheRunRejectsTheSecondNamingBoth() throws IOException {
            CollectingSink sink = readXlsx(new Workbooks.Book().sheet("East", flat("V1")).sheet("West", flat("v1")));
            assertThat(sink.servers).extracting(s -> s.provenance().location()).containsExactly("East!A2", "West!A2");
        }

        @Test
        void aHiddenSheetIsRejectedByNameAndTheVisibleOneRead() throws IOException {
            Workbooks.Book book = new Workbooks.Book().hiddenSheet("Old", flat("STALE")).sheet("Fleet", flat("V1"));
            for (CollectingSink sink : List.of(readXlsx(book), readXls(book))) {
                assertThat(sink.servers).extracting(Server::host).containsExactly("V1");
                assertThat(sink.rejections).singleElement().satisfies(r -> {
                    assertThat(r.location()).isEqualTo("sheet 'Old'");
                    assertThat(r.reason()).isEqualTo("sheet 'Old' is not read: it is hidden (unhide it to audit its rows)");
                });
            }
        }

        @Test
        void aServersSheetHiddenBesideItsAdaptersSheetRejectsBothRatherThanReadingTheAdaptersAsServers() throws IOException {
            Workbooks.Book book = new Workbooks.Book()
                    .hiddenSheet("Servers", List.of(row("Host", "Service Pack"), row("S1", "SP1")))
                    .sheet("Adapters", List.of(row("Host", "Adapter", "Driver"), row("S1", "LAN", "E1000")));
            for (CollectingSink sink : List.of(readXlsx(book), readXls(book))) {
                assertThat(sink.servers).isEmpty();
                assertThat(sink.rejections).extracting(Rejection::reason).containsExactly(
                        "sheet 'Servers' is not read: it is hidden (unhide it to audit its rows)",
                        "sheet 'Adapters' is not read: its partner sheet 'Servers' is hidden, and half of each"
                                + " server's data cannot be audited (unhide 'Servers')");
            }
        }

        @Test
        void aPairHiddenWholeLeavesTheVisibleFlatSheetToBeRead() throws IOException {
            Workbooks.Book book = new Workbooks.Book()
                    .hiddenSheet("Servers", List.of(row("Host", "Service Pack"), row("OLD", "SP1")))
                    .hiddenSheet("Adapters", List.of(row("Host", "Adapter", "Driver"), row("OLD", "LAN", "E1000")))
                    .sheet("Fleet", flat("V1"));
            for (CollectingSink sink : List.of(readXlsx(book), readXls(book))) {
                assertThat(sink.servers).extracting(Server::host).containsExactly("V1");
                assertThat(sink.rejections).extracting(Rejection::reason).allSatisfy(r -> assertThat(r).contains("hidden"));
            }
        }

        @Test
        void aNotesSheetIsRejectedAtItsHeaderRowAndTheSheetsAfterItAreRead() throws IOException {
            Workbooks.Book book = new Workbooks.Book()
                    .sheet("Notes", List.of(row("Exported from the CMDB on Monday"), row("ask Bob"), row("x"),
                            row("y"), row("z")))
                    .sheet("Fleet", flat("V1"))
                    .sheet("Sheet3", List.of());
            CollectingSink sink = readXlsx(book);
            assertThat(sink.servers).extracting(Server::host).containsExactly("V1");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo("fleet.xlsx");
                assertThat(r.location()).isEqualTo("sheet 'Notes', row 1");
                assertThat(r.reason()).contains("sheet 'Notes' has no host column").endsWith("the sheet is not read");
            });
        }

        @Test
        void emptySheetsArePassedOverButAWorkbookWithNoRowsIsRejected() throws IOException {
            assertThat(readXlsx(new Workbooks.Book().sheet("Sheet1", flat("V1")).sheet("Sheet2", List.of()))
                    .only().host()).isEqualTo("V1");
            CollectingSink empty = readXlsx(new Workbooks.Book().sheet("Sheet1", List.of()).sheet("Sheet2", List.of()));
            assertThat(empty.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("sheet 'Sheet1'");
                assertThat(r.reason()).contains("sheet 'Sheet1' is empty");
            });
        }

        @Test
        void besideServersAndAdaptersAnyOtherSheetWithRowsIsRejectedByName() throws IOException {
            Workbooks.Book book = twoSheets(ADAPTERS).sheet("Summary", List.of(row("Total", 3)))
                    .hiddenSheet("Lists", List.of(row("x86"), row("x64"))).sheet("Blank", List.of());
            for (CollectingSink sink : List.of(readXlsx(book), readXls(book))) {
                assertThat(sink.servers).hasSize(3);
                assertThat(sink.rejections).extracting(Rejection::location)
                        .containsExactly("sheet 'Summary'", "sheet 'Lists'");
                assertThat(sink.rejections.get(0).reason())
                        .isEqualTo("sheet 'Summary' is not read: the workbook has Servers and Adapters sheets, and only they are read");
                assertThat(sink.rejections.get(1).reason()).contains("hidden");
            }
        }
    }

    @Nested
    class ExcelErrorCells {

        private final List<Object> header = row("Host", "OS", "Service Pack", "Hotfixes", "Adapter", "Driver", "Owner");

        private Workbooks.Book flat(List<Object> errorRow) {
            return new Workbooks.Book().sheet("Export", List.of(header,
                    row("GOOD-01", "Windows Server 2003", "SP1", "none", "LAN", "E1000"),
                    errorRow,
                    row("GOOD-02", "Windows Server 2003", "SP1", "none", "LAN", "E1000")));
        }

        private List<CollectingSink> readBoth(Workbooks.Book book) throws IOException {
            return List.of(readXlsx(book), readXls(book));
        }

        @Test
        void anErrorInAHotfixCellRejectsTheServerNamingTheCellAndTheError() throws IOException {
            for (CollectingSink sink : readBoth(flat(row("BAD-01", "Windows Server 2003", "SP1",
                    new Workbooks.ErrorCell("#REF!"), "LAN", "E1000")))) {
                assertThat(sink.servers).extracting(Server::host).containsExactly("GOOD-01", "GOOD-02");
                assertThat(sink.rejections).singleElement().satisfies(r -> {
                    assertThat(r.location()).isEqualTo("Export!D3");
                    assertThat(r.reason()).isEqualTo("the cell holds an Excel error (#REF!), not a value; "
                            + "so BAD-01 (Export!A3) is not audited");
                });
            }
        }

        @Test
        void aHostCellHoldingAnErrorIsARejectedRowNotAServerNamedAfterTheError() throws IOException {
            for (CollectingSink sink : readBoth(flat(row(new Workbooks.ErrorCell("#N/A"), "Windows Server 2003")))) {
                assertThat(sink.servers).extracting(Server::host).containsExactly("GOOD-01", "GOOD-02");
                assertThat(sink.rejections).singleElement().satisfies(r -> {
                    assertThat(r.location()).isEqualTo("Export!A3");
                    assertThat(r.reason()).contains("Excel error (#N/A)").contains("not a host name");
                });
            }
        }

        @Test
        void anErrorInOneAdapterRowRejectsTheWholeServer() throws IOException {
            Workbooks.Book book = new Workbooks.Book().sheet("Export", List.of(header,
                    row("BAD-01", "Windows Server 2003", "SP1", "none", "Public", "E1000"),
                    row("BAD-01", "Windows Server 2003", "SP1", "none", "Backup", new Workbooks.Formula("NA()"))));
            for (CollectingSink sink : readBoth(book)) {
                assertThat(sink.servers).isEmpty();
                assertThat(sink.rejections).singleElement().satisfies(r -> {
                    assertThat(r.location()).isEqualTo("Export!F3");
                    assertThat(r.reason()).contains("Excel error (#N/A)").contains("BAD-01 (Export!A2) is not audited");
                });
            }
        }

        @Test
        void anErrorInACarriedThroughColumnIsLeftEmptyWithANote() throws IOException {
            for (CollectingSink sink : readBoth(flat(row("OK-03", "Windows Server 2003", "SP1", "none", "LAN", "E1000",
                    new Workbooks.ErrorCell("#N/A"))))) {
                Server s = sink.host("OK-03");
                assertThat(s.owner()).isNull();
                assertThat(s.notes()).singleElement().asString().contains("Export!G3").contains("#N/A");
                assertThat(sink.rejections).isEmpty();
            }
        }

        @Test
        void inTheTwoSheetLayoutAnErrorOnEitherSheetRejectsTheServer() throws IOException {
            Workbooks.Book book = new Workbooks.Book()
                    .sheet("Servers", List.of(row("Host", "Service Pack"), row("S1", new Workbooks.ErrorCell("#VALUE!")),
                            row("S2", "SP1"), row("S3", "SP1")))
                    .sheet("Adapters", List.of(row("Host", "Adapter", "VLAN"), row("S2", "LAN", new Workbooks.ErrorCell("#N/A")),
                            row("S3", "LAN", 10)));
            for (CollectingSink sink : readBoth(book)) {
                assertThat(sink.servers).extracting(Server::host).containsExactly("S3");
                assertThat(sink.rejections).extracting(Rejection::location).containsExactly("Servers!B2", "Adapters!C2");
                assertThat(sink.rejections).allSatisfy(r -> assertThat(r.reason()).contains("Excel error"));
            }
        }
    }

    @Nested
    class MergedRegions {

        private final List<Object> header = row("Host", "OS", "Service Pack", "Hotfixes", "Adapter", "Driver");

        private List<CollectingSink> readBoth(Workbooks.Book book) throws IOException {
            return List.of(readXlsx(book), readXls(book));
        }

        @Test
        void serverColumnsMergedOverTheAdapterRowsReadAsTheirValueOnEveryRow() throws IOException {
            Workbooks.Book book = new Workbooks.Book().sheet("Export", java.util.Arrays.asList(header,
                    row("M1", "Windows Server 2003", "SP1", "none", "Public", "E1000"),
                    row(null, null, null, null, "Backup", "E1000"),
                    row("M2", "Windows Server 2003", "SP1", "none", "LAN", "E1000")))
                    .merge("A2:A3", "B2:B3", "C2:C3", "D2:D3");
            for (CollectingSink sink : readBoth(book)) {
                assertThat(sink.rejections).isEmpty();
                assertThat(sink.servers).extracting(Server::host).containsExactly("M1", "M2");
                Server m1 = sink.host("M1");
                assertThat(m1.provenance().location()).isEqualTo("Export!A2");
                assertThat(m1.adapters()).extracting(Adapter::name).containsExactly("Public", "Backup");
                assertThat(m1.servicePack()).isEqualTo("SP1");
                assertThat(m1.notes()).isEmpty();
            }
        }

        @Test
        void aMergedHostWhoseRowsAlsoStandElsewhereIsStillOneServer() throws IOException {
            Workbooks.Book book = new Workbooks.Book().sheet("Export", java.util.Arrays.asList(header,
                    row("M1", "Windows Server 2003", "SP1", "none", "Public", "E1000"),
                    row(null, null, null, null, "Backup", "E1000"),
                    row("M2", "Windows Server 2003", "SP1", "none", "LAN", "E1000"),
                    row("M1", "Windows Server 2003", "SP1", "none", "Spare", "E1000")))
                    .merge("A2:A3");
            for (CollectingSink sink : readBoth(book)) {
                assertThat(sink.rejections).isEmpty();
                assertThat(sink.servers).extracting(Server::host).containsExactly("M1", "M2");
                assertThat(sink.host("M1").adapters()).extracting(Adapter::name)
                        .containsExactly("Public", "Backup", "Spare");
            }
        }

        @Test
        void aHeaderCellMergedDownOverTheRowBelowGivesItsNameToNoDataRow() throws IOException {
            // a two-line header: the server headers merged over both lines, sub-headers on the second
            Workbooks.Book book = new Workbooks.Book().sheet("Inventory", java.util.Arrays.asList(
                    row("Host", "OS", "Service Pack", "Hotfixes", "Adapter", "Driver"),
                    row(null, null, null, null, "name", "service"),
                    row("H1", "Windows Server 2003", "SP1", "none", "LAN", "E1000")))
                    .merge("A1:A2", "B1:B2", "C1:C2", "D1:D2");
            for (CollectingSink sink : readBoth(book)) {
                assertThat(sink.servers).extracting(Server::host).containsExactly("H1");
                assertThat(sink.rejections).singleElement().satisfies(r -> {
                    assertThat(r.location()).isEqualTo("Inventory!A2");
                    assertThat(r.reason()).startsWith("the row has no host name");
                });
            }
        }

        @Test
        void inTheTwoSheetLayoutMergedHostsAndServerColumnsAreRead() throws IOException {
            Workbooks.Book book = new Workbooks.Book()
                    .sheet("Servers", java.util.Arrays.asList(row("Host", "Service Pack"), row("S1", "SP1"), row("S2")))
                    .merge("B2:B3")
                    .sheet("Adapters", java.util.Arrays.asList(row("Host", "Adapter", "Driver"),
                            row("S1", "Public", "E1000"), row(null, "Backup", "E1000"), row("S2", "LAN", "E1000")))
                    .merge("A2:A3");
            for (CollectingSink sink : readBoth(book)) {
                assertThat(sink.rejections).isEmpty();
                assertThat(sink.host("S1").adapters()).extracting(Adapter::name).containsExactly("Public", "Backup");
                assertThat(sink.host("S2").servicePack()).isEqualTo("SP1");
            }
        }
    }
}
