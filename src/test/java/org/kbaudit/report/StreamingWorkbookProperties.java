package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.From;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/** The quicker sheet writer escapes text exactly as POI does, for any text. */
class StreamingWorkbookProperties {

    @Property(tries = 2000)
    void text_is_written_as_poi_writes_it(@ForAll @Chars({'a', 'é', ' ', '<', '>', '&', '"', '\'', '\t', '\n',
            '\r', '\u0001', '\u00A0', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF', '_'})
            @CharRange(from = 'A', to = 'z') String text) throws IOException {
        assertThat(quick(text)).isEqualTo(poi(text));
    }

    @Property
    void any_text_is_written_as_poi_writes_it(@ForAll String text) throws IOException {
        assertThat(quick(text)).isEqualTo(poi(text));
    }

    /** The sheet writer's own UTF-8 encoding gives the bytes of the JDK's, for any mix of writes. */
    @Property(tries = 1000)
    void the_utf8_writer_writes_what_an_output_stream_writer_writes(
            @ForAll List<@From("writes") Object> writes) throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (Writer a = new StreamingWorkbook.PlainTextWriter.Utf8Writer(ours);
             Writer b = new OutputStreamWriter(jdk, StandardCharsets.UTF_8)) {
            for (Object w : writes) {
                if (w instanceof Character c) {
                    a.write(c);
                    b.write(c);
                } else if (w instanceof String text) {
                    a.write(text);
                    b.write(text);
                } else {
                    a.write((char[]) w);
                    b.write((char[]) w);
                }
            }
        }
        assertThat(ours.toByteArray()).isEqualTo(jdk.toByteArray());
    }

    @Provide
    Arbitrary<Object> writes() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.chars().ascii()),
                Tuple.of(2, Arbitraries.of('é', '\u00A0', '€', '\uD83D', '\uDE00', '\uFFFF', '?')),
                Tuple.of(1, Arbitraries.chars()));
        Arbitrary<String> texts = chars.list().ofMaxSize(12).map(cs -> {
            StringBuilder s = new StringBuilder();
            cs.forEach(s::append);
            return s.toString();
        });
        return Arbitraries.oneOf(chars.map(c -> (Object) c), texts.map(t -> (Object) t),
                texts.map(t -> (Object) t.toCharArray()));
    }

    @Example
    void plain_text_is_recognised_and_markup_is_not() {
        assertThat(StreamingWorkbook.PlainTextWriter.isPlain("Local Area Connection 2 (Symptoms)")).isTrue();
        assertThat(StreamingWorkbook.PlainTextWriter.isPlain("=HYPERLINK(\"x\")")).isFalse();
        assertThat(StreamingWorkbook.PlainTextWriter.isPlain("a&b")).isFalse();
    }

    private static String quick(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (StreamingWorkbook.PlainTextWriter writer = new StreamingWorkbook.PlainTextWriter(out)) {
            writer.outputEscapedString(text);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StreamingWorkbook.PlainTextWriter writer = new StreamingWorkbook.PlainTextWriter(
                new StreamingWorkbook.PlainTextWriter.Utf8Writer(bytes))) {
            writer.outputEscapedString(text);
        }
        String encoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        assertThat(encoded).as("through the sheets' own UTF-8 writer").isEqualTo(poiEncoded(text));
        return out.toString();
    }

    /** POI's escaping of the text, encoded as the JDK encodes it, and read back. */
    private static String poiEncoded(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PoiWriter writer = new PoiWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            writer.outputEscapedString(text);
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String poi(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (PoiWriter writer = new PoiWriter(out)) {
            writer.outputEscapedString(text);
        }
        return out.toString();
    }

    /** POI's own writer, with its escaping opened to the test. */
    private static final class PoiWriter extends SheetDataWriter {
        PoiWriter(Writer out) throws IOException {
            super(out);
        }

        @Override
        protected void outputEscapedString(String text) throws IOException {
            super.outputEscapedString(text);
        }
    }
}
