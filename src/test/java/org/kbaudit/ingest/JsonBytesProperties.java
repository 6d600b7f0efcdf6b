package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The byte tokens ({@link JsonBytes}) against Jackson's parser, the reference, on the first value of any
 * input: either they give up, or Jackson reads that value too and gives the same tokens, names, texts and
 * numbers. They never accept what Jackson refuses.
 */
class JsonBytesProperties {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Property(tries = 4000)
    void givesUpOrReadsWhatJacksonReads(@ForAll("inputs") byte[] json) {
        List<String> ours = ours(json);
        List<String> jackson = jackson(json);
        if (ours == null) {
            Statistics.label("outcome").collect(jackson == null ? "both refuse" : "gives up, Jackson reads");
            return;
        }
        Statistics.label("outcome").collect("both read");
        assertThat(jackson).as("Jackson on %s, which the byte tokens read as %s", show(json), ours).isNotNull();
        assertThat(ours).as("the tokens of %s", show(json)).isEqualTo(jackson);
        Statistics.label("outcome").coverage(c -> {
            c.check("both read").percentage(p -> p >= 30);
            c.check("both refuse").percentage(p -> p >= 5);
        });
    }

    @Example
    void readsEscapesAndUnicodeAsJacksonDoes() {
        byte[] json = "{\"p\\u0061th\": \"C:\\\\WINDOWS\\\\system32\\n\\u00e9\\ud83d\\ude00 \u00fcber \uD83D\uDE00\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ours(json)).isNotNull().isEqualTo(jackson(json));
        assertThat(ours(json)).contains("name path",
                "text C:\\WINDOWS\\system32\n\u00e9\uD83D\uDE00 \u00fcber \uD83D\uDE00");
    }

    @Example
    void givesUpOnWhatIsNotPlain() {
        for (String json : List.of("-1", "1.5", "1e3", "01", "1234567890123456789", "\"a\u0001\"", "[1,]", "{\"a\" 1}",
                "{\"a\":1,}", "tru", "nul", "'a'", "[1 2]", "{\"a\":1 \"b\":2}", "\uFEFF{}", "")) {
            assertThat(ours(json.getBytes(StandardCharsets.UTF_8))).as(json).isNull();
        }
        assertThat(ours(new byte[] {'"', (byte) 0xC3, '"'})).as("a cut two-byte sequence").isNull();
        assertThat(ours(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'})).as("an overlong NUL").isNull();
    }

    @Example
    void givesUpOnNamesAndTextsAsLongAsJacksonRefuses() {
        String longName = "x".repeat(50_001);
        byte[] name = ("{\"host\": \"A\", \"" + longName + "\": 0}").getBytes(StandardCharsets.UTF_8);
        assertThat(jackson(name)).as("Jackson refuses a name over 50,000 characters").isNull();
        assertThat(ours(name)).isNull();
        byte[] escapedName = ("{\"\\u0078" + longName + "\": 0}").getBytes(StandardCharsets.UTF_8);
        assertThat(ours(escapedName)).isNull();
    }

    @Example
    void readsTheFirstValueOnly() {
        assertThat(ours("{\"a\": [1, true, null]} trailing junk".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("{", "name a", "[", "int 1", "true", "null", "]", "}");
    }

    /** The tokens of the first value as the byte tokens read them; {@code null} when they give up. */
    private static List<String> ours(byte[] json) {
        List<String> tokens = new ArrayList<>();
        try {
            JsonBytes p = new JsonBytes(json);
            int depth = 0;
            do {
                JsonBytes.Token t = p.next();
                tokens.add(switch (t) {
                    case START_OBJECT -> "{";
                    case END_OBJECT -> "}";
                    case START_ARRAY -> "[";
                    case END_ARRAY -> "]";
                    case FIELD_NAME -> "name " + p.text();
                    case STRING -> "text " + p.text();
                    case NUMBER -> (p.isInt() ? "int " : "long ") + p.longValue();
                    case TRUE -> "true";
                    case FALSE -> "false";
                    case NULL -> "null";
                });
                depth += t == JsonBytes.Token.START_OBJECT || t == JsonBytes.Token.START_ARRAY ? 1
                        : t == JsonBytes.Token.END_OBJECT || t == JsonBytes.Token.END_ARRAY ? -1 : 0;
            } while (depth > 0);
            return tokens;
        } catch (RuntimeException e) {
            assertThat(e).isSameAs(JsonBytes.GIVE_UP);
            return null;
        }
    }

    /** The tokens of the first value as Jackson reads them; {@code null} when it refuses. */
    private static List<String> jackson(byte[] json) {
        List<String> tokens = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            int depth = 0;
            do {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return null;
                }
                tokens.add(switch (t) {
                    case START_OBJECT -> "{";
                    case END_OBJECT -> "}";
                    case START_ARRAY -> "[";
                    case END_ARRAY -> "]";
                    case FIELD_NAME -> "name " + p.currentName();
                    case VALUE_STRING -> "text " + p.getText();
                    case VALUE_NUMBER_INT -> (p.getNumberType() == JsonParser.NumberType.INT ? "int " : "long ")
                            + p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> "float " + p.getText();
                    case VALUE_TRUE -> "true";
                    case VALUE_FALSE -> "false";
                    case VALUE_NULL -> "null";
                    default -> "other " + t;
                });
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            } while (depth > 0);
            return tokens;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String show(byte[] json) {
        return new String(json, StandardCharsets.ISO_8859_1) + " " + Arrays.toString(json);
    }

    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> plain = Arbitraries.frequencyOf(Tuple.of(20, container(4)), Tuple.of(1, value(1)))
                .map(v -> v.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> damaged = Combinators.combine(plain, Arbitraries.integers().between(0, 10_000),
                Arbitraries.of(damages())).as(JsonServerStreamProperties::damage);
        Arbitrary<byte[]> truncated = Combinators.combine(plain, Arbitraries.integers().between(0, 10_000))
                .as((b, at) -> Arrays.copyOf(b, at % (b.length + 1)));
        return Arbitraries.frequencyOf(Tuple.of(10, plain), Tuple.of(4, damaged), Tuple.of(2, truncated));
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.frequencyOf(Tuple.of(12, string()), Tuple.of(8, number()),
                Tuple.of(2, Arbitraries.of("true", "false", "null")));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(5, container(depth)));
    }

    /** An object or an array, of values nested at most {@code depth} deep. */
    private static Arbitrary<String> container(int depth) {
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(4)
                .flatMap(items -> space().list().ofSize(items.size() * 2 + 2).map(ws -> {
                    StringBuilder s = new StringBuilder("[").append(ws.get(0));
                    for (int i = 0; i < items.size(); i++) {
                        s.append(i == 0 ? "" : "," + ws.get(2 * i + 1)).append(items.get(i)).append(ws.get(2 * i + 2));
                    }
                    return s.append(']').toString();
                }));
        Arbitrary<String> object = Combinators.combine(string(), space(), value(depth - 1)).as(
                (name, ws, v) -> name + ws + ":" + ws + v).list().ofMaxSize(5)
                .flatMap(members -> space().map(ws -> "{" + ws + String.join("," + ws, members) + ws + "}"));
        return Arbitraries.frequencyOf(Tuple.of(2, array), Tuple.of(3, object));
    }

    private static Arbitrary<String> space() {
        return Arbitraries.of("", "", " ", "\n  ", "\t", "\r\n");
    }

    private static Arbitrary<String> string() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.strings().withCharRange('a', 'z').withChars(" -_.:()").ofMaxLength(12)),
                Tuple.of(2, Arbitraries.of("host", "name", "vlans", "os", "osVersion", "criticality")),
                Tuple.of(2, Arbitraries.of("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u00e9", "\\u0041",
                        "\\uD83D\\uDE00", "\\ud800")),
                Tuple.of(2, Arbitraries.of("é", "über", "日本", "\uD83D\uDE00", "\u007F")));
        return piece.list().ofMaxSize(3).map(p -> "\"" + String.join("", p) + "\"");
    }

    private static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(0, 99_999).map(Object::toString)),
                Tuple.of(2, Arbitraries.of("2147483647", "2147483648", "999999999999999999", "0")),
                Tuple.of(1, Arbitraries.of("1000000000000000000", "9223372036854775807", "-0", "-5", "1.0", "1e2", "1E+2",
                        "0.5")),
                Tuple.of(1, Arbitraries.longs().map(Object::toString)));
    }

    private static byte[][] damages() {
        return new byte[][] {
            {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {'}'}, {']'}, {'"'}, {','}, {':'}, {0x00}, {0x01}, {0x1F}, {0x0B}, {'\t'}, {'\\'}, {'\\', 'x'},
            {'\\', 'u', '1', '2'}, {'\\', '\''}, {'0'}, {'-'}, {'.', '5'}, {'/', '/'}, {'#'}, {'N', 'a', 'N'}, {'t'},
            {'n', 'u', 'l'}, {(byte) 0xC2, (byte) 0xA0},
        };
    }
}
