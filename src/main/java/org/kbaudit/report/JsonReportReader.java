package org.kbaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kbaudit.domain.Status;

/**
 * Reads a JSON report (REPORTS.md, the stable contract): the {@code policy} and {@code rules} it was made
 * with, and its {@code servers} one server at a time: the parser streams the document and only each server
 * object is read as a tree, so a report of 500,000 servers needs memory for the small {@link ReportedServer}s
 * only. Other top-level fields are skipped.
 */
public final class JsonReportReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReportReader() {
    }

    /**
     * The report's settings, and its servers by host (compared case-insensitively) in report order. A report
     * without {@code policy} or {@code rules} is read with those settings not recorded.
     *
     * @param name how to name the file in messages (the path as the user gave it)
     * @throws ReportFormatException naming the file, line and column when it is not such a report
     * @throws IOException           when it cannot be read at all
     */
    public static ReportedAudit read(Path file, String name) throws IOException {
        Map<String, ReportedServer> servers = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        boolean sawServers = false;
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(name, p.currentTokenLocation(), "a report is a JSON object with a 'servers' array");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("policy".equals(field) || "rules".equals(field)) {
                    settings(p, field, name, settings);
                    continue;
                }
                if (!"servers".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw error(name, p.currentTokenLocation(), "'servers' must be an array");
                }
                sawServers = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonLocation at = p.currentTokenLocation();
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw error(name, at, "each entry of 'servers' must be an object");
                    }
                    ReportedServer s = server(p.readValueAsTree(), name, at);
                    String key = s.host().toLowerCase(Locale.ROOT);
                    if (servers.putIfAbsent(key, s) != null) {
                        throw error(name, at, "host '" + s.host() + "' appears twice");
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw error(name, e.getLocation(), oneLine(e.getOriginalMessage()));
        }
        if (!sawServers) {
            throw new ReportFormatException(name + ": not a kbaudit report: no 'servers' array");
        }
        return new ReportedAudit(new ReportSettings(settings.get("policy.prefer"), settings.get("policy.scope"),
                settings.get("rules.source"), settings.get("rules.sha256")), servers);
    }

    /**
     * Reads {@code policy} ({@code prefer}, {@code scope}) or {@code rules} ({@code source}, {@code sha256})
     * into {@code settings} under {@code policy.prefer} and so on; a {@code null} object records nothing.
     */
    private static void settings(JsonParser p, String field, String name, Map<String, String> settings)
            throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonNode node = p.readValueAsTree();
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw error(name, at, "'" + field + "' must be an object");
        }
        for (String key : "policy".equals(field) ? List.of("prefer", "scope") : List.of("source", "sha256")) {
            settings.put(field + "." + key, text(node, key, field, name, at));
        }
    }

    /** {@code object.field} as text; {@code null} when the field is absent or null. */
    private static String text(JsonNode object, String field, String objectName, String name, JsonLocation at) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(name, at, "'" + objectName + "." + field + "' must be a string, not " + value);
        }
        return value.asText();
    }

    private static ReportedServer server(JsonNode n, String name, JsonLocation at) {
        JsonNode host = n.get("host");
        if (host == null || !host.isTextual() || host.asText().isBlank()) {
            throw error(name, at, "a server without a 'host'");
        }
        JsonNode status = n.get("status");
        Status st;
        try {
            st = Status.valueOf(status == null ? "" : status.asText());
        } catch (IllegalArgumentException e) {
            throw error(name, at, "server '" + host.asText() + "' has status '" + (status == null ? "" : status.asText())
                    + "', expected one of " + List.of(Status.values()));
        }
        JsonNode fix = n.path("fix");
        JsonNode present = fix.path("present");
        JsonNode recommended = n.path("remediation").path("recommended");
        JsonNode priority = n.path("priority");
        return new ReportedServer(host.asText(), st, present.isBoolean() ? present.asBoolean() : null,
                fix.path("evidence").isTextual() ? fix.path("evidence").asText() : null,
                texts(n.path("exposures")), recommended.isTextual() ? recommended.asText() : null,
                priority.isInt() ? priority.asInt() : null, texts(n.path("missing")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    /** Jackson's message without its source description, on one line. */
    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]", "$1")
                .replaceAll("\\s*\\R\\s*", " ");
    }

    private static ReportFormatException error(String name, JsonLocation at, String message) {
        String where = at == null || at.getLineNr() < 0 ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new ReportFormatException(name + where + ": " + message);
    }
}
