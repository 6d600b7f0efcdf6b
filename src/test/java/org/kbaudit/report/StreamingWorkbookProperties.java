package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

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
        return out.toString();
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
        PoiWriter(StringWriter out) throws IOException {
            super(out);
        }

        @Override
        protected void outputEscapedString(String text) throws IOException {
            super.outputEscapedString(text);
        }
    }
}
