package org.kbaudit.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/**
 * Writes a fleet of {@link Server}s in every inventory format, the way a user's export would: JSON, a
 * two-sheet workbook, a flat workbook, a flat CSV and a CSV pair. For tests and the sample inventories.
 */
final class FleetRenderers {

    static final List<String> SERVER_HEADERS = List.of("Host", "OS", "OS Version", "Architecture", "Service Pack",
            "Hotfixes", "Netcfgx.dll Version", "Wnetcfgx.dll Version", "Restart Pending", "Site", "Criticality",
            "Maintenance Window", "Owner");
    static final List<String> ADAPTER_HEADERS = List.of("Adapter Name", "Adapter Description", "Driver", "Virtual",
            "Hot Plug", "VLANs");

    private FleetRenderers() {
    }

    // ---- JSON

    static Path json(List<Server> fleet, Path file) throws IOException {
        List<Map<String, Object>> servers = new ArrayList<>();
        for (Server s : fleet) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("host", s.host());
            m.put("os", s.os());
            m.put("osVersion", s.osVersion());
            m.put("architecture", s.architecture());
            m.put("servicePack", s.servicePack());
            m.put("hotfixes", s.hotfixes() == null ? null : s.hotfixes().entries());
            m.put("files", s.files() == null ? null : s.files().stream()
                    .map(f -> Map.of("name", f.name(), "version", f.version().toString())).toList());
            m.put("adapters", s.adapters() == null ? null : s.adapters().stream().map(FleetRenderers::jsonAdapter).toList());
            m.put("restartPending", s.restartPending());
            m.put("site", s.site());
            m.put("criticality", s.criticality() == null ? null : s.criticality().name().toLowerCase(Locale.ROOT));
            m.put("maintenanceWindow", s.maintenanceWindow());
            m.put("owner", s.owner());
            servers.add(m);
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), Map.of("servers", servers));
        return file;
    }

    private static Map<String, Object> jsonAdapter(Adapter a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("description", a.description());
        m.put("driver", a.driver());
        m.put("virtual", a.virtual());
        m.put("hotPlug", a.hotPlug());
        m.put("vlans", a.vlans().stream().map(Vlan::id).toList());
        return m;
    }

    // ---- cells, typed as a spreadsheet would hold them

    /** The server columns of a row; numbers and booleans as such, text as text, absent as null. */
    static List<Object> serverCells(Server s) {
        List<Object> cells = new ArrayList<>();
        cells.add(s.host());
        cells.add(s.os());
        cells.add(s.osVersion());
        cells.add(s.architecture());
        cells.add(s.servicePack() != null && s.servicePack().matches("\\d+") ? (Object) Integer.valueOf(s.servicePack())
                : s.servicePack());
        cells.add(hotfixCell(s));
        cells.add(fileVersion(s, "Netcfgx.dll"));
        cells.add(fileVersion(s, "Wnetcfgx.dll"));
        cells.add(s.restartPending());
        cells.add(s.site());
        cells.add(s.criticality() == null ? null : s.criticality().name().toLowerCase(Locale.ROOT));
        cells.add(s.maintenanceWindow());
        cells.add(s.owner());
        return cells;
    }

    /** The adapter columns of a row; a single VLAN as a number. */
    static List<Object> adapterCells(Adapter a) {
        List<Object> cells = new ArrayList<>();
        cells.add(a.name());
        cells.add(a.description());
        cells.add(a.driver());
        cells.add(a.virtual());
        cells.add(a.hotPlug());
        cells.add(a.vlans().size() == 1 ? (Object) a.vlans().get(0).id()
                : a.vlans().stream().map(v -> String.valueOf(v.id())).collect(Collectors.joining(", ")));
        return cells;
    }

    /**
     * An empty cell for an unknown list, {@code none} for a known empty one, entries joined by {@code ; }
     * (a lone entry with a space, {@code File 1}, gets a trailing {@code ;} so it is not split).
     */
    static String hotfixCell(Server s) {
        if (s.hotfixes() == null) {
            return null;
        }
        List<String> entries = s.hotfixes().entries();
        if (entries.isEmpty()) {
            return "none";
        }
        String joined = String.join("; ", entries);
        return entries.size() == 1 && joined.matches(".*\\s.*") ? joined + ";" : joined;
    }

    private static String fileVersion(Server s, String name) {
        if (s.files() == null) {
            return null;
        }
        return s.files().stream().filter(f -> f.isLoadedCopyOf(name)).map(InstalledFile::version).map(Object::toString)
                .findFirst().orElse(null);
    }

    // ---- tables

    static List<Object> header(List<String> first, List<String> second) {
        List<Object> header = new ArrayList<>(first);
        header.addAll(second);
        return header;
    }

    /** One row per adapter, server columns repeated; one row with empty adapter columns when adapters are unknown. */
    static List<List<Object>> flatRows(List<Server> fleet) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header(SERVER_HEADERS, ADAPTER_HEADERS));
        for (Server s : fleet) {
            if (s.adapters() == null || s.adapters().isEmpty()) {
                rows.add(serverCells(s));
            }
            for (Adapter a : s.adapters() == null ? List.<Adapter>of() : s.adapters()) {
                List<Object> row = serverCells(s);
                row.addAll(adapterCells(a));
                rows.add(row);
            }
        }
        return rows;
    }

    static List<List<Object>> serverRows(List<Server> fleet) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(SERVER_HEADERS));
        fleet.forEach(s -> rows.add(serverCells(s)));
        return rows;
    }

    /** The Adapters sheet; the host written in lower case, as joins ignore case. */
    static List<List<Object>> adapterRows(List<Server> fleet) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header(List.of("Host"), ADAPTER_HEADERS));
        for (Server s : fleet) {
            for (Adapter a : s.adapters() == null ? List.<Adapter>of() : s.adapters()) {
                List<Object> row = new ArrayList<>();
                row.add(s.host().toLowerCase(Locale.ROOT));
                row.addAll(adapterCells(a));
                rows.add(row);
            }
        }
        return rows;
    }

    static Workbooks.Book twoSheetBook(List<Server> fleet) {
        return new Workbooks.Book().sheet("Servers", serverRows(fleet)).sheet("Adapters", adapterRows(fleet));
    }

    static Workbooks.Book flatBook(List<Server> fleet) {
        return new Workbooks.Book().sheet("Inventory", flatRows(fleet));
    }

    // ---- CSV

    static Path csv(List<List<Object>> rows, Path file, char delimiter, boolean bom) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            if (bom) {
                out.write('\uFEFF');
            }
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(c -> c == null ? "" : c.toString()).toList());
            }
        }
        return file;
    }
}
