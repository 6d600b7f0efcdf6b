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

import org.kbaudit.domain.Finding;

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
        }
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
