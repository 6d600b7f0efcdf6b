package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.generate.FleetFormat;
import org.kbaudit.generate.FleetWriter;
import org.kbaudit.generate.SyntheticFleet;

/**
 * The token-stream mapper ({@link JsonServerStream}) against the tree mapper ({@link JsonServerMapper}),
 * which is the reference: on the plain shapes the generator writes, the quick way is taken and gives the
 * tree's server; on anything else it either gives the tree's server or gives up, and it gives up whenever
 * the tree rejects.
 */
class JsonServerStreamProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    // ---- the generator's own output

    @Property(tries = 60)
    void everyServerTheGeneratorWritesTakesTheQuickWayAndEqualsTheTree(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 25) int count, @ForAll boolean jsonLines) throws IOException {
        SyntheticFleet fleet = new SyntheticFleet(seed);
        List<byte[]> objects = jsonLines ? writtenLines(fleet, count) : writtenDocumentServers(fleet, count);
        assertThat(objects).hasSize(count);
        for (int i = 0; i < count; i++) {
            String path = jsonLines ? "line " + (i + 1) + " $" : "$.servers[" + i + "]";
            Provenance where = new Provenance(jsonLines ? "fleet.jsonl" : "fleet.json",
                    jsonLines ? "line " + (i + 1) : path);
            byte[] json = objects.get(i);

            Server quick = JsonServerStream.read(json, where, path);
            Server tree = treeMap(json, where, path);

            assertThat(quick).as("the quick way on %s", text(json)).isNotNull();
            assertThat(quick).as("the quick way against the tree on %s", text(json)).isEqualTo(tree);
            assertThat(quick).as("the server the generator made, read back from %s", text(json))
                    .isEqualTo(asRead(fleet.server(i), where, path));
        }
    }

    /** The server as a loader gives it back: provenance from the file, each adapter at its JSON path. */
    private static Server asRead(Server generated, Provenance where, String path) {
        List<Adapter> adapters = null;
        if (generated.adapters() != null) {
            adapters = new ArrayList<>();
            for (Adapter a : generated.adapters()) {
                adapters.add(new Adapter(a.name(), a.description(), a.driver(), a.driverInferred(), a.virtual(),
                        a.hotPlug(), a.vlans(), where.at(path + ".adapters[" + adapters.size() + "]")));
            }
        }
        Server s = generated;
        return Server.builder(s.host(), where).os(s.os()).osVersion(s.osVersion()).architecture(s.architecture())
                .servicePack(s.servicePack()).hotfixes(s.hotfixes()).files(s.files()).adapters(adapters)
                .restartPending(s.restartPending()).site(s.site()).criticality(s.criticality())
                .maintenanceWindow(s.maintenanceWindow()).owner(s.owner()).notes(s.notes()).build();
    }

    private static List<byte[]> writtenLines(SyntheticFleet fleet, int count) throws IOException {
        byte[] all = written(fleet, count, FleetFormat.JSONL);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                lines.add(Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        assertThat(start).as("the last line ends with a line break").isEqualTo(all.length);
        return lines;
    }

    /** The bytes of each object of the document's {@code servers} array, cut at the parser's byte offsets. */
    private static List<byte[]> writtenDocumentServers(SyntheticFleet fleet, int count) throws IOException {
        byte[] all = written(fleet, count, FleetFormat.JSON);
        List<byte[]> servers = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(all)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken value = p.nextToken();
                if (!p.currentName().equals("servers")) {
                    p.skipChildren();
                    continue;
                }
                assertThat(value).isEqualTo(JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                    servers.add(Arrays.copyOfRange(all, start, (int) p.currentLocation().getByteOffset()));
                }
            }
        }
        return servers;
    }

    private static byte[] written(SyntheticFleet fleet, int count, FleetFormat format) throws IOException {
        Path file = Files.createTempFile("kbaudit-fleet", "." + format.label());
        try {
            FleetWriter.write(fleet, count, format, file);
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }

    // ---- messy objects

    @Property(tries = 3000)
    void onAnyObjectTheQuickWayGivesUpOrAgreesWithTheTree(@ForAll("messyObjects") byte[] json,
            @ForAll("paths") String path) {
        Provenance where = new Provenance("fleet.json", path);
        Server quick = JsonServerStream.read(json, where, path);
        Object tree;
        try {
            tree = JsonServerMapper.map(MAPPER.readTree(json), where, path);
        } catch (IOException | RuntimeException e) {
            tree = e;
        }
        if (tree instanceof Exception rejection) {
            Statistics.label("outcome").collect("tree rejects");
            assertThat(quick).as("the quick way on %s, which the tree rejects (%s)", text(json), rejection).isNull();
        } else if (quick == null) {
            Statistics.label("outcome").collect("quick way gives up, tree accepts");
        } else {
            Statistics.label("outcome").collect("both accept");
            assertThat(quick).as("the quick way against the tree on %s", text(json)).isEqualTo(tree);
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("tree rejects").percentage(p -> p >= 10);
            c.check("quick way gives up, tree accepts").percentage(p -> p >= 3);
            c.check("both accept").percentage(p -> p >= 10);
        });
    }

    @Example
    void aModelFieldGivenTwiceIsGivenUpTheQuickWayAndFoundForItsRejection() {
        Provenance where = new Provenance("f.json", "$[0]");
        byte[] twice = bytes("{\"host\": \"A\", \"os\": \"first\", \"host\": \" B \", \"os\": \"second\"}");
        byte[] nested = bytes("{\"host\": \"A\", \"adapters\": [{\"name\": \"N\"}, {\"name\": \"M\", \"vlans\": "
                + "[10, {\"id\": 20, \"id\": 30}]}]}");
        byte[] unread = bytes("{\"host\": \"A\", \"tag\": 1, \"tag\": 2, \"files\": [{\"name\": \"Netcfgx.dll\","
                + " \"version\": \"5.2.3790.2520\", \"crc\": 1, \"crc\": 2}]}");

        assertThat(JsonServerStream.read(twice, where, "$[0]")).isNull();
        assertThat(RepeatedFields.first(twice)).isEqualTo(".host");
        assertThat(RepeatedFields.first(nested)).isEqualTo(".adapters[1].vlans[1].id");
        assertThat(JsonServerStream.read(unread, where, "$[0]")).as("fields kbaudit does not read").isNotNull();
        assertThat(RepeatedFields.first(unread)).isNull();
    }

    @Example
    void anObjectWithAnythingButWhiteSpaceAfterItIsNotReadTheQuickWay() {
        Provenance where = new Provenance("f.jsonl", "line 1");
        assertThat(JsonServerStream.read(bytes("{\"host\": \"A\"} \t "), where, "line 1 $")).isNotNull();
        for (String after : List.of(" {\"host\": \"B\"}", ",", " junk", "]", "}")) {
            assertThat(JsonServerStream.read(bytes("{\"host\": \"A\"}" + after), where, "line 1 $")).as(after).isNull();
        }
    }

    @Example
    void anUnreadableCriticalityIsANoteBothWays() throws IOException {
        byte[] json = bytes("{\"host\": \"A\", \"criticality\": \"urgent\"}");
        Provenance where = new Provenance("f.jsonl", "line 3");
        Server quick = JsonServerStream.read(json, where, "line 3 $");
        assertThat(quick).isNotNull().isEqualTo(treeMap(json, where, "line 3 $"));
        assertThat(quick.notes()).containsExactly(
                "line 3 $.criticality: criticality 'urgent' is not one of low, medium, high, critical; left empty");
    }

    @Example
    void aNumberWhereTextIsExpectedIsLeftToTheTreeWhichReadsItAsText() throws IOException {
        byte[] json = bytes("{\"host\": \"A\", \"servicePack\": 2}");
        Provenance where = new Provenance("f.json", "$[0]");
        assertThat(JsonServerStream.read(json, where, "$[0]")).isNull();
        assertThat(treeMap(json, where, "$[0]").servicePack()).isEqualTo("2");
    }

    private static Server treeMap(byte[] json, Provenance where, String path) throws IOException {
        return JsonServerMapper.map(MAPPER.readTree(json), where, path);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("$[0]", "$.servers[12]", "$<2>", "line 7 $");
    }

    /**
     * Server objects written as text, so that keys can repeat: plain fields (of every plain shape, blanks,
     * nulls and repeated keys included) with none, one or a few fields of the wrong kind or out of range;
     * unknown fields with nested junk; sometimes not an object, or damaged bytes.
     */
    @Provide
    Arbitrary<byte[]> messyObjects() {
        Arbitrary<List<String>> odd = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<String>of())),
                Tuple.of(4, fields(true).list().ofSize(1)), Tuple.of(2, fields(true).list().ofMinSize(2).ofMaxSize(4)));
        Arbitrary<String> object = Combinators.combine(host(), fields(false).list().ofMaxSize(10), odd,
                        Arbitraries.integers().between(0, 14).list().ofSize(5), Arbitraries.of(",", ", ", ",\n  ", " ,\t"))
                .as((host, plain, wrong, at, separator) -> {
                    List<String> all = new ArrayList<>(plain);
                    for (int i = 0; i < wrong.size(); i++) {
                        all.add(Math.min(at.get(i), all.size()), wrong.get(i));
                    }
                    if (host != null) {
                        all.add(Math.min(at.get(4), all.size()), host);
                    }
                    return "{" + String.join(separator, all) + "}";
                });
        Arbitrary<byte[]> plainBytes = object.map(JsonServerStreamProperties::bytes);
        Arbitrary<byte[]> notAnObject = Arbitraries.of("[{\"host\": \"A\"}]", "\"A\"", "5", "null", "", "  ",
                "{\"host\": \"A\"", "{\"host\": \"A\",}", "{'host': 'A'}").map(JsonServerStreamProperties::bytes);
        Arbitrary<byte[]> damaged = Combinators.combine(plainBytes, Arbitraries.integers().between(0, 10_000),
                        Arbitraries.of(damages()))
                .as(JsonServerStreamProperties::damage);
        Arbitrary<byte[]> truncated = Combinators.combine(plainBytes, Arbitraries.integers().between(0, 10_000))
                .as((b, at) -> Arrays.copyOf(b, at % (b.length + 1)));
        return Arbitraries.frequencyOf(Tuple.of(20, plainBytes), Tuple.of(1, notAnObject), Tuple.of(2, damaged),
                Tuple.of(1, truncated));
    }

    private static byte[][] damages() {
        return new byte[][] {
            {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {'}'}, {'"'}, {','}, {0x01}, {'\\'},
        };
    }

    /** The bytes with the replacement put in at a position {@code at} picks; for the other properties too. */
    static byte[] damage(byte[] json, int at, byte[] replacement) {
        int position = at % (json.length + 1);
        byte[] damaged = new byte[json.length + replacement.length];
        System.arraycopy(json, 0, damaged, 0, position);
        System.arraycopy(replacement, 0, damaged, position, replacement.length);
        System.arraycopy(json, position, damaged, position + replacement.length, json.length - position);
        return damaged;
    }

    /** Plain values, or (when {@code odd}) mostly values of the wrong kind or out of range. */
    private static Arbitrary<String> pick(boolean odd, Arbitrary<String> plain, Arbitrary<String> wrong) {
        return odd ? Arbitraries.frequencyOf(Tuple.of(1, plain), Tuple.of(3, wrong)) : plain;
    }

    /** The host field, or {@code null} for none; most often a plain one. */
    private Arbitrary<String> host() {
        Arbitrary<String> plain = Arbitraries.of("SRV-1", " padded ", "srv.corp.example", "Ünïcode-é", "A")
                .map(JsonServerStreamProperties::quoted);
        Arbitrary<String> odd = Arbitraries.of("\"\"", "\"   \"", "\"\\t\"", "\"\\u00a0\"", "\"\\u2003\"", "null", "5",
                "-0", "1.5", "true", "[]", "[\"A\"]", "{}", "{\"name\": \"A\"}");
        return field("host", Arbitraries.frequencyOf(Tuple.of(12, plain), Tuple.of(1, odd))).injectNull(0.03);
    }

    private Arbitrary<String> fields(boolean odd) {
        return Arbitraries.frequencyOf(
                Tuple.of(2, field("os", text(odd))),
                Tuple.of(2, field("osVersion", text(odd))),
                Tuple.of(2, field("architecture", text(odd))),
                Tuple.of(2, field("servicePack", text(odd))),
                Tuple.of(1, field("site", text(odd))),
                Tuple.of(1, field("maintenanceWindow", text(odd))),
                Tuple.of(1, field("owner", text(odd))),
                Tuple.of(2, field("criticality", criticality(odd))),
                Tuple.of(2, field("restartPending", bool(odd))),
                Tuple.of(3, field("hotfixes", hotfixes(odd))),
                Tuple.of(3, field("files", files(odd))),
                Tuple.of(4, field("adapters", adapters(odd))),
                Tuple.of(2, unknownField()));
    }

    private static Arbitrary<String> field(String name, Arbitrary<String> value) {
        return value.map(v -> quoted(name) + ": " + v);
    }

    private Arbitrary<String> unknownField() {
        Arbitrary<String> name = Arbitraries.of("Host", "hotfix", "exportedBy", "", "id", "servers", "adapter");
        return Combinators.combine(name, junk(3)).as((n, v) -> quoted(n) + ": " + v);
    }

    /** Text as INVENTORY.md wants it (or null), otherwise any other kind of value. */
    private Arbitrary<String> text(boolean odd) {
        Arbitrary<String> plain = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.oneOf(
                        Arbitraries.of("Windows Server 2003", "5.2.3790", "SP2", "", "  ", " padded ", "Team \"A\"",
                                "tab\there", "é ü ∂", "line\nbreak", "\u2028", "\\", "null"),
                        Arbitraries.strings().ofMaxLength(12)).map(JsonServerStreamProperties::quoted)),
                Tuple.of(1, Arbitraries.just("null")));
        Arbitrary<String> wrong = Arbitraries.oneOf(numbers(), Arbitraries.of("true", "false", "[]", "[\"a\"]", "{}",
                "{\"a\": \"b\"}"));
        return pick(odd, plain, wrong);
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.of("0", "5", "-1", "-0", "2.0", "1e3", "1.5", "-3.25E-2", "2147483648", "12345678901",
                "99999999999999999999999", "0.0");
    }

    /** An unreadable criticality is plain here: both ways keep the server with a note. */
    private Arbitrary<String> criticality(boolean odd) {
        Arbitrary<String> plain = Arbitraries.of("high", " Critical ", "LOW", "medium", "", " ", "urgent", "hi gh")
                .map(JsonServerStreamProperties::quoted).injectNull(0.1);
        Arbitrary<String> wrong = Arbitraries.of("5", "true", "[]", "{}", "1.0");
        return pick(odd, plain, wrong);
    }

    private Arbitrary<String> bool(boolean odd) {
        Arbitrary<String> plain = Arbitraries.of("true", "false", "null");
        Arbitrary<String> wrong = Arbitraries.of("\"yes\"", "\"no\"", "\"\"", "\"maybe\"", "\"TRUE\"", "1", "0", "2",
                "-1", "1.0", "12345678901", "[]", "{}", "[true]");
        return pick(odd, plain, wrong);
    }

    private Arbitrary<String> hotfixes(boolean odd) {
        Arbitrary<String> plainId = Arbitraries.of("KB907019", " KB890046 ", "Q907019", "File 1", "", "  ")
                .map(JsonServerStreamProperties::quoted);
        Arbitrary<String> id = pick(odd, plainId,
                Arbitraries.of("907019", "1.5", "-3", "null", "true", "{}", "[]", "[\"KB1\"]"));
        Arbitrary<String> list = id.list().ofMinSize(odd ? 1 : 0).ofMaxSize(5)
                .map(ids -> "[" + String.join(", ", ids) + "]");
        Arbitrary<String> cell = Arbitraries.of("", " ", "none", "N/A", "KB1, KB2", "KB1;KB2 ; ", "KB1 KB2 File 1",
                "File 1 File 2", "KB907019").map(JsonServerStreamProperties::quoted);
        Arbitrary<String> plain = Arbitraries.frequencyOf(Tuple.of(6, list), Tuple.of(3, cell),
                Tuple.of(1, Arbitraries.just("null")));
        return odd ? Arbitraries.frequencyOf(Tuple.of(3, list), Tuple.of(1, Arbitraries.of("5", "true", "{}",
                "{\"0\": \"KB1\"}"))) : plain;
    }

    private Arbitrary<String> files(boolean odd) {
        Arbitrary<String> name = pick(odd,
                Arbitraries.of("Netcfgx.dll", " Wnetcfgx.dll ", "other.dll").map(JsonServerStreamProperties::quoted),
                Arbitraries.of("\"\"", "\"  \"", "null", "5", "true", "[]", "{}"));
        Arbitrary<String> version = pick(odd,
                Arbitraries.of("5.2.3790.1830", "5.2.3790.3959 (srv03_sp2_rtm.070216-1710)", " 5.2 ", "5")
                        .map(JsonServerStreamProperties::quoted),
                Arbitraries.of("\"5.2.x\"", "\"\"", "\"1.2.3.4.5\"", "\"9999999999\"", "null", "5", "5.2", "true",
                        "[]", "{}"));
        Arbitrary<String> size = pick(odd,
                Arbitraries.of("0", "123", "2147483648", "9223372036854775807", "null"),
                Arbitraries.of("-1", "-0", "1.0", "2.5", "1e3", "9223372036854775808", "\"12\"", "true", "[]", "{}"));
        Arbitrary<String> file = Combinators.combine(
                        field("name", name).injectNull(odd ? 0.1 : 0), field("version", version).injectNull(odd ? 0.1 : 0),
                        field("size", size).injectNull(0.5), field("path", text(odd)).injectNull(0.5),
                        unknownField().injectNull(0.8), Arbitraries.of(true, false))
                .as((n, v, s, p, u, reversed) -> object(reversed, n, v, s, p, u));
        Arbitrary<String> element = pick(odd, file, Arbitraries.of("null", "\"Netcfgx.dll\"", "5", "[]"));
        Arbitrary<String> list = element.list().ofMinSize(odd ? 1 : 0).ofMaxSize(3)
                .map(fs -> "[" + String.join(", ", fs) + "]");
        return odd ? Arbitraries.frequencyOf(Tuple.of(4, list), Tuple.of(1, Arbitraries.of("\"Netcfgx.dll\"", "{}",
                "5", "true"))) : list.injectNull(0.1);
    }

    private Arbitrary<String> adapters(boolean odd) {
        Arbitrary<String> name = pick(odd,
                Arbitraries.of("Local Area Connection", " Public ", "iSCSI é").map(JsonServerStreamProperties::quoted),
                Arbitraries.of("\"\"", "\" \"", "null", "5", "false", "[]", "{}"));
        Arbitrary<String> adapter = Combinators.combine(
                        field("name", name).injectNull(odd ? 0.05 : 0), field("description", text(odd)).injectNull(0.4),
                        field("driver", text(odd)).injectNull(0.3), field("virtual", bool(odd)).injectNull(0.4),
                        field("hotPlug", bool(odd)).injectNull(0.4), field("vlans", vlans(odd)).injectNull(0.3),
                        unknownField().injectNull(0.8), Arbitraries.of(true, false))
                .as((n, d, dr, v, h, vl, u, reversed) -> object(reversed, n, d, dr, v, h, vl, u));
        Arbitrary<String> element = pick(odd, adapter, Arbitraries.of("null", "\"Local Area Connection\"", "5", "[]"));
        Arbitrary<String> list = element.list().ofMinSize(odd ? 1 : 0).ofMaxSize(3)
                .map(as -> "[" + String.join(", ", as) + "]");
        return odd ? Arbitraries.frequencyOf(Tuple.of(4, list), Tuple.of(1, Arbitraries.of("\"two\"", "{}",
                "{\"name\": \"A\"}", "5", "true"))) : list.injectNull(0.1);
    }

    private Arbitrary<String> vlans(boolean odd) {
        Arbitrary<String> id = pick(odd,
                Arbitraries.oneOf(Arbitraries.integers().between(1, 4094).map(String::valueOf),
                        Arbitraries.of("\"20\"", "\" 30 \"", "\"10.0\"", "\"4094\"")),
                Arbitraries.of("0", "4095", "-5", "-0", "10.0", "1e1", "2147483648", "99999999999999999999",
                        "\"x\"", "\"\"", "\"5000\"", "\"10 20\"", "null", "true", "[]", "[10]",
                        "{\"id\": 20, \"name\": \"prod\"}", "{\"id\": \"30\"}", "{\"id\": 5000}", "{}"));
        Arbitrary<String> list = id.list().ofMinSize(odd ? 1 : 0).ofMaxSize(4)
                .map(ids -> "[" + String.join(", ", ids) + "]");
        Arbitrary<String> plainCell = Arbitraries.of("10, 20", "10;20 30", "", "   ", "5", "10.0")
                .map(JsonServerStreamProperties::quoted);
        Arbitrary<String> wrongCell = Arbitraries.of("x", "5000", "0", "10, x").map(JsonServerStreamProperties::quoted);
        return odd
                ? Arbitraries.frequencyOf(Tuple.of(4, list), Tuple.of(2, wrongCell),
                        Tuple.of(1, Arbitraries.of("5", "true", "{}", "1.5")))
                : Arbitraries.frequencyOf(Tuple.of(6, list), Tuple.of(2, plainCell), Tuple.of(1, Arbitraries.just("null")));
    }

    /** Any JSON value, nested up to {@code depth}. */
    private Arbitrary<String> junk(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(numbers(), Arbitraries.of("true", "false", "null", "\"x\"",
                "\"host\"", "\"\"", "\"}]\""));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> junk(depth - 1));
        Arbitrary<String> array = inner.list().ofMaxSize(3).map(vs -> "[" + String.join(", ", vs) + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.of("host", "os", "name", "vlans", "a"), inner)
                .as((k, v) -> quoted(k) + ": " + v).list().ofMaxSize(3).map(fs -> "{" + String.join(", ", fs) + "}");
        return Arbitraries.oneOf(scalar, array, object);
    }

    /** An object of the fields given, {@code null}s left out, in the order given or reversed. */
    private static String object(boolean reversed, String... fields) {
        List<String> present = new ArrayList<>();
        for (String f : fields) {
            if (f != null) {
                present.add(f);
            }
        }
        if (reversed) {
            java.util.Collections.reverse(present);
        }
        return "{" + String.join(", ", present) + "}";
    }

    private static String quoted(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
