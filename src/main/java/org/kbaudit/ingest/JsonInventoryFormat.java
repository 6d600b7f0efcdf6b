package org.kbaudit.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;

/**
 * JSON inventories in the three shapes of INVENTORY.md: a top-level array of servers, an object with a
 * {@code servers} array beside metadata, or JSON Lines (one server object a line). The file is read as a
 * stream, one server object at a time, so a fleet larger than the heap still audits. Damage stops the
 * file at the damage: the servers before it are kept and the damage is a rejection with line and column.
 */
public final class JsonInventoryFormat implements InventoryFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory().rebuild()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    @Override
    public String name() {
        return "JSON";
    }

    @Override
    public boolean recognises(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || isJsonLines(file);
    }

    private static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        if (isJsonLines(file)) {
            readLines(file, displayName, sink);
        } else {
            readDocument(file, displayName, sink);
        }
    }

    private void readLines(Path file, String displayName, RecordSink sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            boolean any = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                any = true;
                Provenance where = new Provenance(displayName, "line " + number);
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation();
                    int column = at == null ? 0 : at.getColumnNr();
                    sink.reject(Rejection.at(new Provenance(displayName, "line " + number + ", column " + column),
                            "malformed JSON: " + e.getOriginalMessage()));
                    continue;
                }
                JsonServerMapper.deliver(node, where, "line " + number + " $", sink);
            }
            if (!any) {
                sink.reject(new Rejection(displayName, "", "the file is empty: no servers in it"));
            }
        }
    }

    private void readDocument(Path file, String displayName, RecordSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = FACTORY.createParser(in)) {
            parser.setCodec(MAPPER);
            try {
                readRoots(parser, displayName, sink);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String location = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
                sink.reject(new Rejection(displayName, location,
                        "malformed JSON, the rest of the file was not read: " + e.getOriginalMessage()));
            }
        }
    }

    private void readRoots(JsonParser parser, String displayName, RecordSink sink) throws IOException {
        int root = 0;
        JsonToken token = parser.nextToken();
        if (token == null) {
            sink.reject(new Rejection(displayName, "", "the file is empty: no servers in it"));
            return;
        }
        for (; token != null; token = parser.nextToken()) {
            String rootPath = root == 0 ? "$" : "$<" + (root + 1) + ">";
            if (token == JsonToken.START_ARRAY) {
                readServerArray(parser, displayName, rootPath, sink);
            } else if (token == JsonToken.START_OBJECT) {
                readRootObject(parser, displayName, rootPath, sink);
            } else {
                sink.reject(new Rejection(displayName, location(parser),
                        "expected an array of servers or an object, found " + describe(token)));
                parser.skipChildren();
            }
            root++;
        }
    }

    private void readServerArray(JsonParser parser, String displayName, String path, RecordSink sink)
            throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String elementPath = path + "[" + index + "]";
            Provenance where = new Provenance(displayName, elementPath);
            JsonNode node = parser.readValueAsTree();
            JsonServerMapper.deliver(node, where, elementPath, sink);
            index++;
        }
    }

    /**
     * An object at the top: either {@code {"servers": [...], ...metadata}} or one server on its own
     * (several such roots make a JSON Lines document named {@code .json}).
     */
    private void readRootObject(JsonParser parser, String displayName, String path, RecordSink sink)
            throws IOException {
        String start = location(parser);
        ObjectNode others = MAPPER.createObjectNode();
        boolean sawServers = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("kb") && path.equals("$") && !sawServers && others.isEmpty()) {
                sink.reject(new Rejection(displayName, "", "this is a kbaudit report, not an inventory; not read"));
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
                return;
            }
            if (field.equals("servers") && value == JsonToken.START_ARRAY) {
                sawServers = true;
                readServerArray(parser, displayName, path + ".servers", sink);
            } else if (field.equals("servers")) {
                sink.reject(new Rejection(displayName, path + ".servers",
                        "expected an array of servers, found " + describe(value)));
                parser.skipChildren();
                sawServers = true;
            } else if (sawServers) {
                parser.skipChildren();
            } else {
                others.set(field, parser.readValueAsTree());
            }
        }
        if (!sawServers) {
            JsonServerMapper.deliver(others, new Provenance(displayName, path + " (" + start + ")"), path, sink);
        }
    }

    private static String location(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> token.toString();
        };
    }
}
