package org.kbaudit.generate;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/**
 * Writes a synthetic fleet in one of the input formats kbaudit reads (the flat table layout for CSV and
 * workbooks: one row per adapter, server columns repeated).
 */
public final class FleetWriter {

    static final List<String> FLAT_HEADERS = List.of("Host", "OS", "OS Version", "Architecture", "Service Pack",
            "Hotfixes", "Netcfgx.dll Version", "Wnetcfgx.dll Version", "Restart Pending", "Site", "Criticality",
            "Maintenance Window", "Owner", "Adapter", "Adapter Description", "Driver", "Virtual", "Hot Plug", "VLANs");

    private FleetWriter() {
    }

    public static void write(SyntheticFleet fleet, long servers, FleetFormat format, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        switch (format) {
            case JSON, JSONL -> writeJson(fleet, servers, format == FleetFormat.JSONL, out);
            case CSV -> writeCsv(fleet, servers, out);
            case XLSX -> writeXlsx(fleet, servers, out);
            default -> throw new IllegalStateException(format.toString());
        }
    }

    private static void writeJson(SyntheticFleet fleet, long servers, boolean lines, Path out) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            if (!lines) {
                stream.write("{\"generator\": \"kbaudit generate\", \"servers\": [\n".getBytes(StandardCharsets.UTF_8));
            }
            for (long i = 0; i < servers; i++) {
                if (!lines && i > 0) {
                    stream.write(",\n".getBytes(StandardCharsets.UTF_8));
                }
                try (JsonGenerator g = factory.createGenerator(stream, JsonEncoding.UTF8)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    writeServer(g, fleet.server(i));
                }
                if (lines) {
                    stream.write('\n');
                }
            }
            if (!lines) {
                stream.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void writeServer(JsonGenerator g, Server s) throws IOException {
        g.writeStartObject();
        g.writeStringField("host", s.host());
        field(g, "os", s.os());
        field(g, "osVersion", s.osVersion());
        field(g, "architecture", s.architecture());
        field(g, "servicePack", s.servicePack());
        if (s.hotfixes() != null) {
            g.writeArrayFieldStart("hotfixes");
            for (String h : s.hotfixes().entries()) {
                g.writeString(h);
            }
            g.writeEndArray();
        }
        if (s.files() != null) {
            g.writeArrayFieldStart("files");
            for (InstalledFile f : s.files()) {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                g.writeStringField("version", f.version().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (s.adapters() != null) {
            g.writeArrayFieldStart("adapters");
            for (Adapter a : s.adapters()) {
                g.writeStartObject();
                g.writeStringField("name", a.name());
                field(g, "description", a.description());
                field(g, "driver", a.driver());
                if (a.virtual() != null) {
                    g.writeBooleanField("virtual", a.virtual());
                }
                if (a.hotPlug() != null) {
                    g.writeBooleanField("hotPlug", a.hotPlug());
                }
                if (a.hasVlans()) {
                    g.writeArrayFieldStart("vlans");
                    for (Vlan v : a.vlans()) {
                        g.writeNumber(v.id());
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (s.restartPending()) {
            g.writeBooleanField("restartPending", true);
        }
        field(g, "site", s.site());
        field(g, "criticality", s.criticality() == null ? null : s.criticality().label());
        field(g, "maintenanceWindow", s.maintenanceWindow());
        field(g, "owner", s.owner());
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** The flat rows of one server: one per adapter, or one with empty adapter cells. */
    static List<List<String>> flatRows(Server s) {
        List<String> server = new ArrayList<>(List.of(s.host(), text(s.os()), text(s.osVersion()),
                text(s.architecture()), text(s.servicePack()),
                s.hotfixes() == null ? "" : s.hotfixes().entries().isEmpty() ? "none"
                        : String.join("; ", s.hotfixes().entries()),
                fileVersion(s, "Netcfgx.dll"), fileVersion(s, "Wnetcfgx.dll"), s.restartPending() ? "yes" : "no",
                text(s.site()), s.criticality() == null ? "" : s.criticality().label(),
                text(s.maintenanceWindow()), text(s.owner())));
        List<List<String>> rows = new ArrayList<>();
        if (s.adapters() == null || s.adapters().isEmpty()) {
            List<String> row = new ArrayList<>(server);
            row.addAll(List.of("", "", "", "", "", ""));
            rows.add(row);
            return rows;
        }
        for (Adapter a : s.adapters()) {
            List<String> row = new ArrayList<>(server);
            row.addAll(List.of(a.name(), text(a.description()), text(a.driver()),
                    a.virtual() == null ? "" : a.virtual() ? "yes" : "no",
                    a.hotPlug() == null ? "" : a.hotPlug() ? "yes" : "no",
                    a.vlans().stream().map(v -> String.valueOf(v.id())).collect(Collectors.joining(","))));
            rows.add(row);
        }
        return rows;
    }

    private static String fileVersion(Server s, String name) {
        if (s.files() == null) {
            return "";
        }
        return s.files().stream().filter(f -> f.isLoadedCopyOf(name)).map(f -> f.version().toString()).findFirst().orElse("");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void writeCsv(SyntheticFleet fleet, long servers, Path out) throws IOException {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                     .setHeader(FLAT_HEADERS.toArray(String[]::new)).get())) {
            for (long i = 0; i < servers; i++) {
                for (List<String> row : flatRows(fleet.server(i))) {
                    csv.printRecord(row);
                }
            }
        }
    }

    private static void writeXlsx(SyntheticFleet fleet, long servers, Path out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Inventory");
            int r = 0;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < FLAT_HEADERS.size(); c++) {
                header.createCell(c).setCellValue(FLAT_HEADERS.get(c));
            }
            for (long i = 0; i < servers; i++) {
                for (List<String> values : flatRows(fleet.server(i))) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        if (!values.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(values.get(c));
                        }
                    }
                }
            }
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
                workbook.write(stream);
            }
            workbook.dispose();
        }
    }
}
