package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.ingest.Workbooks.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/** Every header name of INVENTORY.md's table, in a workbook, reads its field. */
class HeaderAliasesTest {

    @TempDir
    Path dir;

    private record Check(String cell, Function<Server, Object> field, Object expected) {
    }

    private static Check check(TableColumn column) {
        return switch (column) {
            case HOST -> new Check("EAST-ALIAS", Server::host, "EAST-ALIAS");
            case OS -> new Check("Windows Server 2003", Server::os, "Windows Server 2003");
            case OS_VERSION -> new Check("5.2.3790.1830", Server::osVersion, "5.2.3790.1830");
            case ARCHITECTURE -> new Check("AMD64", Server::architecture, "AMD64");
            case SERVICE_PACK -> new Check("Service Pack 1", Server::servicePack, "Service Pack 1");
            case HOTFIXES -> new Check("KB907019; Q147222", s -> s.hotfixes().entries(), List.of("KB907019", "Q147222"));
            case NETCFGX_VERSION -> new Check("5.2.3790.2520", s -> s.files().get(0).name(), "Netcfgx.dll");
            case WNETCFGX_VERSION -> new Check("5.2.3790.2520", s -> s.files().get(0).name(), "Wnetcfgx.dll");
            case RESTART_PENDING -> new Check("yes", Server::restartPending, true);
            case SITE -> new Check("Paris", Server::site, "Paris");
            case CRITICALITY -> new Check("Critical", Server::criticality, Criticality.CRITICAL);
            case MAINTENANCE_WINDOW -> new Check("Sat 22:00", Server::maintenanceWindow, "Sat 22:00");
            case OWNER -> new Check("Network team", Server::owner, "Network team");
            case NETWORK_CARDS -> new Check("1 NIC(s) Installed.,[01]: Intel(R) PRO/1000 MT Network Connection,"
                    + "      Connection Name: Public", s -> s.adapters().get(0).name(), "Public");
            case ADAPTER_NAME -> new Check("Public", s -> s.adapters().get(0).name(), "Public");
            case ADAPTER_DESCRIPTION -> new Check("Broadcom NetXtreme", s -> s.adapters().get(0).description(),
                    "Broadcom NetXtreme");
            case DRIVER -> new Check("b57w2k", s -> s.adapters().get(0).driver(), "b57w2k");
            case VIRTUAL -> new Check("yes", s -> s.adapters().get(0).virtual(), true);
            case HOT_PLUG -> new Check("x", s -> s.adapters().get(0).hotPlug(), true);
            case VLANS -> new Check("10 20", s -> s.adapters().get(0).vlans(), List.of(Vlan.of(10), Vlan.of(20)));
        };
    }

    static Stream<Arguments> aliases() {
        List<Arguments> all = new ArrayList<>();
        for (TableColumn column : TableColumn.values()) {
            for (String header : column.headers()) {
                all.add(Arguments.of(column, header));
                // the same header as a careless export writes it
                all.add(Arguments.of(column, header.toUpperCase().replace(' ', '_')));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} reads {0}")
    @MethodSource("aliases")
    void everyHeaderNameReadsItsField(TableColumn column, String header) throws IOException {
        Check check = check(column);
        List<Object> headers = new ArrayList<>();
        List<Object> cells = new ArrayList<>();
        if (column != TableColumn.HOST) {
            headers.add("Host");
            cells.add("EAST-ALIAS");
        }
        headers.add(header);
        cells.add(check.cell());
        if (column.kind() == TableColumn.Kind.ADAPTER && column != TableColumn.ADAPTER_NAME) {
            // a flat sheet's plain Description is an adapter's only beside an adapter name or driver
            headers.add("Adapter");
            cells.add("Public");
        }
        boolean serverSheetOnly = header.equalsIgnoreCase("Version");
        Workbooks.Book book = new Workbooks.Book();
        if (serverSheetOnly) {
            book.sheet("Servers", List.of(headers, cells)).sheet("Adapters", List.of(row("Host", "Adapter")));
        } else {
            book.sheet("Inventory", List.of(headers, cells));
        }
        CollectingSink sink = new CollectingSink();
        new WorkbookInventoryFormat().read(Workbooks.xlsx(dir.resolve("aliases.xlsx"), book), "aliases.xlsx", sink);
        assertThat(check.field().apply(sink.only())).isEqualTo(check.expected());
    }

    @Test
    void versionIsTheOsVersionOnlyOnAServerSheet() throws IOException {
        Workbooks.Book book = new Workbooks.Book().sheet("Inventory", List.of(
                row("Host", "Version", "Adapter"), row("EAST-V", "5.2.3790", "Public")));
        CollectingSink sink = new CollectingSink();
        new WorkbookInventoryFormat().read(Workbooks.xlsx(dir.resolve("v.xlsx"), book), "v.xlsx", sink);
        assertThat(sink.only().osVersion()).isNull();
    }

    @Test
    void descriptionAndProductNameDescribeAnAdapterOnlyWhereAdaptersAreListed() throws IOException {
        Workbooks.Book book = new Workbooks.Book()
                .sheet("Servers", List.of(row("Host", "Description", "Product Name"), row("EAST-D", "Web", "Server")))
                .sheet("Adapters", List.of(row("Host", "Adapter", "Product Name"), row("EAST-D", "Public", "Broadcom")));
        CollectingSink sink = new CollectingSink();
        new WorkbookInventoryFormat().read(Workbooks.xlsx(dir.resolve("d.xlsx"), book), "d.xlsx", sink);
        Server s = sink.only();
        assertThat(s.adapters()).singleElement().satisfies(a -> assertThat(a.description()).isEqualTo("Broadcom"));
    }

    @Test
    void headersMatchIgnoringCaseSpacesDotsDashesAndUnderscores() {
        assertThat(TableColumn.of(" netcfgx-DLL_version ", SheetRole.FLAT)).contains(TableColumn.NETCFGX_VERSION);
        assertThat(TableColumn.of("Host.Name", SheetRole.SERVERS)).contains(TableColumn.HOST);
        assertThat(TableColumn.of("Colour", SheetRole.FLAT)).isEmpty();
        assertThat(TableColumn.of("Driver", SheetRole.SERVERS)).as("adapter column on a server sheet").isEmpty();
    }
}
