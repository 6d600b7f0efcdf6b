package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.List;

import org.kbaudit.domain.Action;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.FixState;
import org.kbaudit.domain.Remediation;
import org.kbaudit.domain.SimulationCheck;
import org.kbaudit.domain.Status;

/**
 * The report's server objects are written as bytes, not through Jackson's generator; they must be the very
 * bytes the generator writes: every text escaped as Jackson escapes it, compact, field for field.
 */
class FindingJsonProperties {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Property(tries = 3000)
    void anyTextIsWrittenAsJacksonWritesIt(@ForAll("texts") String text) throws IOException {
        String ours = new String(new FindingJson.JsonOut().reset().text(text).bytes(), StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.writeString(text);
        }
        assertThat(ours).as("'%s'", text).isEqualTo(bytes.toString(StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 200)
    void aServerObjectIsJacksonsOwnCompactFormOfTheFinding(@ForAll("texts") String host, @ForAll("texts") String owner,
            @ForAll("texts") String adapter) throws IOException {
        Finding f = FindingFixture.server(host == null ? "" : host).owner(owner).site("LON-DC1")
                .adapter(adapter == null ? "NIC" : adapter, "E1000", true, 10).build();
        byte[] ours = FindingJson.encode(f);
        JsonNode tree = MAPPER.readTree(ours);
        assertThat(MAPPER.writeValueAsBytes(tree)).as("Jackson's compact form of the same tree").isEqualTo(ours);
        assertThat(tree.get("host").asText()).isEqualTo(f.server().host());
        assertThat(tree.get("owner").isNull() ? null : tree.get("owner").asText()).isEqualTo(f.server().owner());
    }

    /**
     * The part of an object from {@code fix} to {@code rules} is remembered by the rule trail's identity; a
     * finding that shares the trail but not the rest gets its own.
     */
    @Example
    void findingsSharingARuleTrailButNothingElseGetTheirOwnMiddle() throws Exception {
        Finding base = FindingFixture.server("A").status(Status.EXPOSED).build();
        List<Finding> others = List.of(
                with(base, base.fix(), base.remediation(), base.simulation(),
                        base.priority() == null || base.priority() != 4 ? 4 : 3, base.missing(), base.warnings()),
                with(base, base.fix(), base.remediation(), base.simulation(), null, base.missing(), base.warnings()),
                with(base, new FixState(false, "other evidence"), base.remediation(), base.simulation(), base.priority(),
                        base.missing(), base.warnings()),
                with(base, base.fix(), new Remediation(Action.RESTART, List.of(Action.RESTART), 2, true, List.of()),
                        base.simulation(), base.priority(), base.missing(), base.warnings()),
                with(base, base.fix(), Remediation.NONE, base.simulation(), base.priority(), base.missing(),
                        base.warnings()),
                with(base, base.fix(), base.remediation(), new SimulationCheck(false, 7, 3, List.of(), List.of(), "x"),
                        base.priority(), base.missing(), base.warnings()),
                with(base, base.fix(), base.remediation(), null, base.priority(), base.missing(), base.warnings()),
                with(base, base.fix(), base.remediation(), base.simulation(), base.priority(), List.of("files"),
                        base.warnings()),
                with(base, base.fix(), base.remediation(), base.simulation(), base.priority(), base.missing(),
                        List.of("a warning")),
                withIfUnpatched(base, base.ifUnpatched() == Status.VULNERABLE ? Status.EXPOSED : Status.VULNERABLE));
        for (Finding other : others) {
            FindingJson.encode(base);
            byte[] afterBase = FindingJson.encode(other);
            byte[][] fresh = new byte[1][];
            Thread t = new Thread(() -> fresh[0] = FindingJson.encode(other)); // a thread that remembers nothing
            t.start();
            t.join();
            assertThat(new String(afterBase, StandardCharsets.UTF_8)).isEqualTo(new String(fresh[0], StandardCharsets.UTF_8));
        }
    }

    private static Finding with(Finding f, FixState fix, Remediation remediation, SimulationCheck simulation,
                                Integer priority, List<String> missing, List<String> warnings) {
        return new Finding(f.server(), f.status(), f.platform(), f.servicePack(), f.exposures(), f.atRiskAdapters(),
                f.atRiskVlans(), fix, remediation, simulation, priority, missing, f.ifUnpatched(), warnings, f.rules());
    }

    private static Finding withIfUnpatched(Finding f, Status ifUnpatched) {
        return new Finding(f.server(), f.status(), f.platform(), f.servicePack(), f.exposures(), f.atRiskAdapters(),
                f.atRiskVlans(), f.fix(), f.remediation(), f.simulation(), f.priority(), f.missing(), ifUnpatched,
                f.warnings(), f.rules());
    }

    @Example
    void aServerObjectLargerThanTheBufferIsWrittenWhole() throws IOException {
        String host = "H".repeat(200_000);
        Finding f = FindingFixture.server(host).owner("o".repeat(70_000)).adapter("NIC", "E1000", true, 10).build();
        byte[] ours = FindingJson.encode(f);
        assertThat(MAPPER.writeValueAsBytes(MAPPER.readTree(ours))).isEqualTo(ours);
        assertThat(MAPPER.readTree(ours).get("host").asText()).isEqualTo(host);
        assertThat(MAPPER.readTree(FindingJson.encode(FindingFixture.server("small").build())).get("host").asText())
                .as("after a huge one").isEqualTo("small");
    }

    @Example
    void everyFieldOfTheContractInItsOrder() throws IOException {
        for (Finding f : SampleFleet.findings()) {
            JsonNode tree = MAPPER.readTree(FindingJson.encode(f));
            assertThat(tree.fieldNames()).toIterable().containsExactly("host", "status", "platform", "servicePack",
                    "exposures", "atRiskAdapters", "atRiskVlans", "fix", "remediation", "simulation", "priority",
                    "missing", "ifUnpatched", "warnings", "rules", "site", "criticality", "maintenanceWindow", "owner",
                    "source");
            assertThat(tree.get("status").asText()).isEqualTo(f.status().name());
            assertThat(tree.get("atRiskAdapters")).hasSize(f.atRiskAdapters().size());
            assertThat(tree.get("atRiskVlans")).hasSize(f.atRiskVlans().size());
            assertThat(tree.get("criticality").isNull() ? null : tree.get("criticality").asText())
                    .isEqualTo(f.server().criticality() == null ? null : f.server().criticality().label());
            assertThat(tree.get("source").get("location").asText()).isEqualTo(f.server().provenance().location());
            assertMiddle(tree, f);
        }
    }

    /** The part from {@code fix} to {@code rules}, value for value. */
    private static void assertMiddle(JsonNode tree, Finding f) {
        JsonNode fix = tree.get("fix");
        assertThat(fix.get("present").isNull() ? null : fix.get("present").asBoolean()).isEqualTo(f.fix().present());
        assertThat(fix.get("evidence").asText()).isEqualTo(f.fix().evidence());
        JsonNode r = tree.get("remediation");
        assertThat(r.get("recommended").isNull() ? null : r.get("recommended").asText())
                .isEqualTo(f.remediation().recommended() == null ? null : f.remediation().recommended().name());
        assertThat(texts(r.get("options"))).isEqualTo(f.remediation().options().stream().map(Enum::name).toList());
        assertThat(r.get("minimumServicePackForHotfix").isNull() ? null : r.get("minimumServicePackForHotfix").asInt())
                .isEqualTo(f.remediation().minimumServicePackForHotfix());
        assertThat(r.get("restartRequired").asBoolean()).isEqualTo(f.remediation().restartRequired());
        assertThat(r.get("files")).hasSize(f.remediation().files().size());
        for (int i = 0; i < f.remediation().files().size(); i++) {
            var file = f.remediation().files().get(i);
            JsonNode json = r.get("files").get(i);
            assertThat(json.get("name").asText()).isEqualTo(file.name());
            assertThat(json.get("version").asText()).isEqualTo(file.version().toString());
            assertThat(json.get("size").asLong()).isEqualTo(file.size());
            assertThat(json.get("platform").asText()).isEqualTo(file.filePlatform());
        }
        JsonNode sim = tree.get("simulation");
        assertThat(sim.isNull()).isEqualTo(f.simulation() == null);
        if (f.simulation() != null) {
            assertThat(sim.get("confirmed").asBoolean()).isEqualTo(f.simulation().confirmed());
            assertThat(sim.get("collateralHalts").asInt()).isEqualTo(f.simulation().collateralHalts());
            assertThat(sim.get("silentVlans").asInt()).isEqualTo(f.simulation().silentVlans());
            assertThat(sim.has("disagreement")).isEqualTo(f.simulation().disagreement() != null);
        }
        assertThat(tree.get("priority").isNull() ? null : tree.get("priority").asInt()).isEqualTo(f.priority());
        assertThat(texts(tree.get("missing"))).isEqualTo(f.missing());
        assertThat(tree.get("ifUnpatched").isNull() ? null : tree.get("ifUnpatched").asText())
                .isEqualTo(f.ifUnpatched() == null ? null : f.ifUnpatched().name());
        assertThat(texts(tree.get("warnings"))).isEqualTo(f.warnings());
        assertThat(texts(tree.get("rules"))).isEqualTo(f.rules());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().ascii().ofMaxLength(40)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(20)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(20)),
                Tuple.of(1, Arbitraries.of("Local Area Connection 2", "\u0141A", "\u0122", "\u015C", "a?b", "\uD83D\uDE00",
                        "half \uD800 pair", "C:\\WINDOWS", "say \"hi\"", "\u007F", "")),
                Tuple.of(1, Arbitraries.just(null)));
    }
}
