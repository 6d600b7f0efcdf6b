package org.kbaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.kbaudit.domain.Server;

/**
 * JSON inventories in the three shapes of INVENTORY.md: a top-level array of servers, an object with a
 * {@code servers} array beside metadata, or JSON Lines (one server object a line). The file is read as a
 * stream, one server object at a time, so a fleet larger than the heap still audits. Damage stops the
 * file at the damage: the servers before it are kept and the damage is a rejection with line and column.
 * A file in UTF-16 or UTF-32 (PowerShell's redirection writes UTF-16LE) is read as UTF-8, so it is read the
 * same way, field checks and all.
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

    /**
     * One server a line. Lines are split as bytes and handed over whole, to be mapped wherever the sink maps
     * records; a damaged line is that line's rejection only. A file in UTF-16 or UTF-32 is read as UTF-8; bytes
     * that are no character of its encoding end it there.
     */
    private void readLines(Path file, String displayName, RecordSink sink) throws IOException {
        try (InputStream in = JsonEncoding.asUtf8(Files.newInputStream(file))) {
            ByteLines lines = new ByteLines(in);
            boolean any = false;
            try {
                for (byte[] line = lines.next(); line != null; line = lines.next()) {
                    if (ByteLines.isBlank(line)) {
                        continue;
                    }
                    any = true;
                    sink.pending(new JsonLine(line, displayName, lines.number()));
                }
            } catch (CharacterCodingException e) {
                sink.reject(new Rejection(displayName, "line " + (lines.number() + 1),
                        e.getMessage() + "; the rest of the file was not read"));
                return;
            }
            if (!any) {
                sink.reject(new Rejection(displayName, "", "the file is empty: no servers in it"));
            }
        }
    }

    /** One server object of a document, as its bytes. */
    private record JsonRecord(byte[] json, Provenance provenance, String path) implements PendingRecord {
        @Override
        public void deliverTo(RecordSink sink) {
            Server server = JsonServerStream.read(json, provenance, path);
            if (server != null) {
                sink.server(server);
                return;
            }
            if (repeated(json, path, provenance, sink)) {
                return;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(json);
            } catch (IOException e) {
                sink.reject(Rejection.at(provenance, "malformed JSON: " + message(e, Positions.NONE)));
                return;
            }
            JsonServerMapper.deliver(node, provenance, path, sink);
        }
    }

    /** One line of a JSON Lines file, as its bytes (without the line end and, on the first line, the BOM). */
    private record JsonLine(byte[] json, String displayName, int number) implements PendingRecord {
        @Override
        public Provenance provenance() {
            return new Provenance(displayName, "line " + number);
        }

        @Override
        public void deliverTo(RecordSink sink) {
            Provenance where = provenance();
            String line;
            try {
                line = text(json);
            } catch (CharacterCodingException e) {
                sink.reject(Rejection.at(where, "not UTF-8 text: " + e.getMessage()));
                return;
            }
            Server server = JsonServerStream.read(json, where, "line " + number + " $");
            if (server != null) {
                sink.server(server);
                return;
            }
            if (repeated(json, "$", where, sink)) {
                return;
            }
            JsonNode node;
            try (JsonParser parser = MAPPER.createParser(line)) {
                node = MAPPER.readTree(parser);
                if (parser.nextToken() != null) {
                    sink.reject(Rejection.at(at(parser.currentTokenLocation()), "another JSON value after the first;"
                            + " a JSON Lines line holds one server, so nothing on this line was read"));
                    return;
                }
            } catch (JsonProcessingException e) {
                sink.reject(Rejection.at(at(e.getLocation()), "malformed JSON: " + message(e, Positions.onLine(number))));
                return;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // reading a string in memory
            }
            JsonServerMapper.deliver(node, where, "line " + number + " $", sink);
        }

        private Provenance at(JsonLocation at) {
            return new Provenance(displayName, "line " + number
                    + (at == null || at.getColumnNr() < 1 ? "" : ", column " + at.getColumnNr()));
        }

        /**
         * The line as text, checked strictly: the JSON parser tolerates some byte sequences that are not
         * UTF-8, so the whole line is checked first.
         */
        private static String text(byte[] bytes) throws CharacterCodingException {
            for (byte b : bytes) {
                if (b < 0) {
                    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                }
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** Rejects a server object that gives a field of the model twice; whether it did. */
    private static boolean repeated(byte[] json, String path, Provenance where, RecordSink sink) {
        String field = RepeatedFields.first(json);
        if (field == null) {
            return false;
        }
        String name = field.substring(field.lastIndexOf('.') + 1);
        String location = where.location().endsWith(path) ? where.location() + field
                : where.location() + " " + path + field;
        sink.reject(new Rejection(where.source(), location, "the field '" + name + "' is given twice in one object;"
                + " which value is meant cannot be told, so this server is not read"));
        return true;
    }

    /**
     * Jackson's message without its descriptions of its own input ({@code [Source: ...; line: 3, column: 2]},
     * in every form: after "start marker at", "for Object starting at", or alone). A position it gives is kept
     * in the file's terms, as {@code positions} says, or dropped when {@code positions} cannot say (a start of
     * the whole document says nothing the rejection does not).
     */
    private static String message(IOException e, Positions positions) {
        String text = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        if (text == null) {
            return e.getClass().getSimpleName();
        }
        String wrapped = replace(WRAPPED_SOURCE, text, m -> {
            String at = m.group(1).equals("for root starting at") ? null
                    : positions.at(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return at == null ? "" : " (" + m.group(1) + " " + at + ")";
        });
        String bare = replace(BARE_SOURCE, wrapped, m -> {
            String at = positions.at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return at == null ? "" : at;
        });
        return ANY_SOURCE.matcher(bare).replaceAll("");
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A position Jackson gives, in the file's terms, or {@code null} when it cannot be said. */
    @FunctionalInterface
    private interface Positions {
        String at(int line, int column);

        /** Jackson read the whole file: its lines and columns are the file's. */
        Positions FILE = (line, column) -> "line " + line + ", column " + column;
        /** Jackson read bytes cut out of the file: its positions are not the file's. */
        Positions NONE = (line, column) -> null;

        /** Jackson read one line of the file: its line 1 is that line. */
        static Positions onLine(int number) {
            return (line, column) -> line == 1 ? "line " + number + ", column " + column : null;
        }
    }

    /**
     * Jackson's description of where it was, naming its own source (the stream's class, or "REDACTED"): inside
     * the parentheses of "start marker at" or "for Object starting at", or on its own.
     */
    private static final Pattern WRAPPED_SOURCE = Pattern.compile(" ?\\((start marker at|for \\w+ starting at) "
            + "\\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern BARE_SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    /** Any other description of Jackson's source, without a position. */
    private static final Pattern ANY_SOURCE = Pattern.compile(" ?\\[Source: [^\\]]*\\]");

    private void readDocument(Path file, String displayName, RecordSink sink) throws IOException {
        try (RecordingInputStream in = new RecordingInputStream(JsonEncoding.asUtf8(Files.newInputStream(file), true));
             JsonParser parser = FACTORY.createParser(in)) {
            parser.setCodec(MAPPER);
            try {
                new Document(parser, in, displayName, sink).readRoots();
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String location = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
                sink.reject(new Rejection(displayName, location,
                        "malformed JSON, the rest of the file was not read: " + message(e, Positions.FILE)));
            } catch (CharacterCodingException e) {
                // the parser has read every byte before the damage, so its line is the damage's; its column is
                // not reliable there, the byte offset in the message is
                sink.reject(new Rejection(displayName, "line " + parser.currentLocation().getLineNr(),
                        e.getMessage() + "; the rest of the file was not read"));
            }
        }
    }

    /** One JSON document being read: its parser, the bytes it has read, and where its records go. */
    private static final class Document {
        private final JsonParser parser;
        private final RecordingInputStream recording;
        private final String displayName;
        private final RecordSink sink;

        Document(JsonParser parser, RecordingInputStream recording, String displayName, RecordSink sink) {
            this.parser = parser;
            this.recording = recording;
            this.displayName = displayName;
            this.sink = sink;
        }

        private void readRoots() throws IOException {
            int root = 0;
            JsonToken token = parser.nextToken();
            if (token == null) {
                sink.reject(new Rejection(displayName, "", "the file is empty: no servers in it"));
                return;
            }
            for (; token != null; token = parser.nextToken()) {
                forgetBefore(parser.currentTokenLocation());
                String rootPath = root == 0 ? "$" : "$<" + (root + 1) + ">";
                if (token == JsonToken.START_ARRAY) {
                    readServerArray(rootPath);
                } else if (token == JsonToken.START_OBJECT) {
                    readRootObject(rootPath);
                } else {
                    sink.reject(new Rejection(displayName, location(parser),
                            "expected an array of servers or an object, found " + describe(token)));
                    parser.skipChildren();
                }
                root++;
            }
        }

        /**
         * The servers of an array. Each server object is only checked and skipped here, and handed over as its
         * bytes, to be mapped wherever the sink maps records; anything else is mapped here, to its rejection.
         */
        private void readServerArray(String path) throws IOException {
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                String elementPath = path + "[" + index + "]";
                Provenance where = new Provenance(displayName, elementPath);
                long start = parser.currentTokenLocation().getByteOffset();
                forgetBefore(parser.currentTokenLocation());
                if (token == JsonToken.START_OBJECT && start >= 0) {
                    parser.skipChildren();
                    long end = parser.currentLocation().getByteOffset();
                    sink.pending(new JsonRecord(recording.slice(start, end), where, elementPath));
                } else {
                    JsonServerMapper.deliver(parser.readValueAsTree(), where, elementPath, sink);
                }
                index++;
            }
        }

        /** Forgets the bytes read before a token that is not part of a server object. */
        private void forgetBefore(JsonLocation at) {
            if (at.getByteOffset() >= 0) {
                recording.release(at.getByteOffset());
            }
        }

        /**
         * An object at the top: either {@code {"servers": [...], ...metadata}} or one server on its own
         * (several such roots make a JSON Lines document named {@code .json}).
         */
        private void readRootObject(String path) throws IOException {
            String start = location(parser);
            ObjectNode others = MAPPER.createObjectNode();
            boolean sawServers = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                forgetBefore(parser.currentTokenLocation());
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
                    readServerArray(path + ".servers");
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
