package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class XlsxBookTest {

    private static final byte[] WORD = "mergeCell".getBytes(StandardCharsets.US_ASCII);

    /** Gives one byte a read, so that a word is always split across reads. */
    private static InputStream trickle(String text) {
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return new InputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void finds_the_word_of_merged_regions_whatever_the_prefix_and_however_the_bytes_come() throws IOException {
        assertThat(XlsxBook.contains(trickle("<sheetData/><mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/>"), WORD)).isTrue();
        assertThat(XlsxBook.contains(trickle("<x:mergeCells><x:mergeCell ref=\"A2:A3\"/></x:mergeCells>"), WORD)).isTrue();
        assertThat(XlsxBook.contains(trickle("mmergeCell"), WORD)).isTrue();
    }

    @Test
    void a_sheet_in_utf16_is_searched_no_further_and_read_for_its_merged_regions() throws IOException {
        byte[] utf16 = "<worksheet><mergeCells/></worksheet>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(XlsxBook.contains(new ByteArrayInputStream(utf16), WORD)).isTrue();
        byte[] marked = "<worksheet/>".getBytes(StandardCharsets.UTF_16); // big-endian, with its byte-order mark
        assertThat(XlsxBook.contains(new ByteArrayInputStream(marked), WORD)).isTrue();
    }

    @Test
    void a_sheet_without_the_word_has_no_merged_region() throws IOException {
        assertThat(XlsxBook.contains(trickle("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"),
                WORD)).isFalse();
        assertThat(XlsxBook.contains(trickle("mergeCel"), WORD)).isFalse();
        assertThat(XlsxBook.contains(trickle(""), WORD)).isFalse();
    }
}
