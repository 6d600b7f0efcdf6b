package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The report's own text writing gives the bytes of Jackson's {@code writeString}, for any text. */
class FindingJsonTextProperties {

    private static final JsonFactory JSON = new JsonFactory();

    @Property(tries = 3000)
    void writesTextAsJacksonDoes(@ForAll("texts") String text) throws IOException {
        assertThat(written(text, true)).as("'%s'", text).isEqualTo(written(text, false));
    }

    private static String written(String text, boolean ours) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.writeStartArray();
            if (ours) {
                FindingJson.text(g, text);
                FindingJson.text(g, "after");
            } else {
                g.writeString(text);
                g.writeString("after");
            }
            g.writeEndArray();
        }
        return bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().ascii().ofMaxLength(40)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(20)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(20)),
                Tuple.of(1, Arbitraries.of("Local Area Connection 2", "\u0141A", "\u0122", "\u015C", "a?b", "\uD83D\uDE00",
                        "C:\\WINDOWS", "say \"hi\"", "\u007F", "")),
                Tuple.of(1, Arbitraries.just(null)));
    }
}
