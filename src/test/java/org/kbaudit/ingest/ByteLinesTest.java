package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Lines split as bytes the way {@link BufferedReader#readLine()} splits text, numbered from 1. */
class ByteLinesTest {

    /** The size of the buffer ByteLines fills from the stream. */
    private static final int BUFFER = 1 << 16;

    /** A line as ByteLines gave it, with the number it gave. */
    private record Line(int number, String text) {
    }

    private static List<Line> lines(InputStream in) throws IOException {
        ByteLines lines = new ByteLines(in);
        List<Line> all = new ArrayList<>();
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
            all.add(new Line(lines.number(), new String(line, StandardCharsets.UTF_8)));
        }
        assertThat(lines.next()).as("the end stays the end").isNull();
        return all;
    }

    private static List<Line> lines(byte[] bytes) throws IOException {
        return lines(new ByteArrayInputStream(bytes));
    }

    private static List<Line> lines(String text) throws IOException {
        return lines(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    private static List<String> readLines(String text) throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader(text));
        List<String> all = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            all.add(line);
        }
        return all;
    }

    @Nested
    class LineEnds {

        @Test
        void line_feeds_end_lines() throws IOException {
            assertThat(lines("a\nbb\n")).containsExactly(new Line(1, "a"), new Line(2, "bb"));
        }

        @Test
        void carriage_return_line_feed_is_one_line_end() throws IOException {
            assertThat(lines("a\r\nbb\r\n")).containsExactly(new Line(1, "a"), new Line(2, "bb"));
        }

        @Test
        void a_lone_carriage_return_ends_a_line() throws IOException {
            assertThat(lines("a\rbb\r")).containsExactly(new Line(1, "a"), new Line(2, "bb"));
        }

        @Test
        void mixed_line_ends_split_as_a_buffered_reader_splits_them() throws IOException {
            String text = "a\r\nb\nc\rd\n\re\r\r\nf";
            assertThat(texts(lines(text))).isEqualTo(readLines(text)).containsExactly("a", "b", "c", "d", "", "e", "",
                    "f");
        }

        @Test
        void the_last_line_needs_no_line_end() throws IOException {
            assertThat(lines("a\nlast")).containsExactly(new Line(1, "a"), new Line(2, "last"));
        }

        @Test
        void nothing_is_no_line_and_a_lone_line_end_is_one_empty_line() throws IOException {
            assertThat(lines("")).isEmpty();
            assertThat(lines("\n")).containsExactly(new Line(1, ""));
            assertThat(lines("\r\n")).containsExactly(new Line(1, ""));
            assertThat(lines("\r")).containsExactly(new Line(1, ""));
        }

        @Test
        void empty_lines_count_in_the_numbering() throws IOException {
            assertThat(lines("\n\na\r\n\r\nb\r\rc")).containsExactly(new Line(1, ""), new Line(2, ""), new Line(3, "a"),
                    new Line(4, ""), new Line(5, "b"), new Line(6, ""), new Line(7, "c"));
        }

        @Test
        void multi_byte_characters_pass_whole() throws IOException {
            assertThat(lines("é€😀\nß")).containsExactly(new Line(1, "é€😀"), new Line(2, "ß"));
        }
    }

    @Nested
    class ByteOrderMark {

        @Test
        void is_stripped_from_the_first_line() throws IOException {
            assertThat(lines("\uFEFF{\"host\": \"A\"}\nb")).containsExactly(new Line(1, "{\"host\": \"A\"}"),
                    new Line(2, "b"));
        }

        @Test
        void alone_on_the_first_line_leaves_it_empty() throws IOException {
            assertThat(lines("\uFEFF\nb")).containsExactly(new Line(1, ""), new Line(2, "b"));
        }

        @Test
        void is_kept_on_any_later_line() throws IOException {
            assertThat(lines("a\n\uFEFFb\n\uFEFF")).containsExactly(new Line(1, "a"), new Line(2, "\uFEFFb"),
                    new Line(3, "\uFEFF"));
        }

        @Test
        void is_kept_when_the_first_line_does_not_start_with_it() throws IOException {
            assertThat(lines("a\uFEFF\nb")).containsExactly(new Line(1, "a\uFEFF"), new Line(2, "b"));
        }

        @Test
        void a_partial_mark_is_not_a_mark() throws IOException {
            byte[] partial = {(byte) 0xEF, (byte) 0xBB, '\n', 'b'};
            List<byte[]> all = new ArrayList<>();
            ByteLines lines = new ByteLines(new ByteArrayInputStream(partial));
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                all.add(line);
            }
            assertThat(all).containsExactly(new byte[] {(byte) 0xEF, (byte) 0xBB}, new byte[] {'b'});
        }
    }

    @Nested
    class LongLines {

        @Test
        void a_line_longer_than_the_buffer_comes_whole() throws IOException {
            String longLine = "x".repeat(3 * BUFFER + 17);
            assertThat(lines("a\n" + longLine + "\nb")).containsExactly(new Line(1, "a"), new Line(2, longLine),
                    new Line(3, "b"));
        }

        @Test
        void a_long_last_line_without_line_end_comes_whole() throws IOException {
            String longLine = "y".repeat(BUFFER + 1);
            assertThat(lines("a\r\n" + longLine)).containsExactly(new Line(1, "a"), new Line(2, longLine));
        }

        @Test
        void a_carriage_return_line_feed_split_by_the_buffer_end_is_one_line_end() throws IOException {
            // the \r is the buffer's last byte, its \n the first of the next fill
            String first = "z".repeat(BUFFER - 1);
            String text = first + "\r\nnext\r\n";
            assertThat(text.getBytes(StandardCharsets.UTF_8)[BUFFER - 1]).isEqualTo((byte) '\r');
            assertThat(lines(text)).containsExactly(new Line(1, first), new Line(2, "next"));
        }

        @Test
        void a_carriage_return_at_the_buffer_end_then_a_line_is_two_lines() throws IOException {
            String first = "z".repeat(BUFFER - 1);
            assertThat(lines(first + "\rnext")).containsExactly(new Line(1, first), new Line(2, "next"));
        }

        @Test
        void a_line_end_on_either_side_of_the_buffer_end() throws IOException {
            for (int length = BUFFER - 3; length <= BUFFER + 2; length++) {
                for (String end : List.of("\n", "\r", "\r\n")) {
                    String first = "w".repeat(length);
                    String text = first + end + "é" + end + end + "q";
                    assertThat(lines(text)).as("a first line of %d bytes ended by %s", length,
                            end.replace("\r", "\\r").replace("\n", "\\n"))
                            .containsExactly(new Line(1, first), new Line(2, "é"), new Line(3, ""), new Line(4, "q"));
                }
            }
        }

        @Test
        void a_multi_byte_character_split_by_the_buffer_end_comes_whole() throws IOException {
            String first = "v".repeat(BUFFER - 1) + "é€";
            assertThat(lines(first + "\nnext")).containsExactly(new Line(1, first), new Line(2, "next"));
        }
    }

    // ---- against BufferedReader

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('\r', '\n', 'a', 'é', ' ').ofMaxLength(60);
    }

    @Property(tries = 2000)
    void splitsAsABufferedReaderReadsLines(@ForAll("texts") String text, @ForAll boolean bom,
            @ForAll @IntRange(min = 1, max = 7) int chunk) throws IOException {
        String whole = (bom ? "\uFEFF" : "") + text;
        byte[] bytes = whole.getBytes(StandardCharsets.UTF_8);
        // a stream that gives a few bytes a read puts buffer ends everywhere, \r\n and é included
        List<Line> lines = lines(new Trickle(new ByteArrayInputStream(bytes), chunk));

        // as the JSON Lines reader did with text: the reader's lines, the mark taken off the first
        List<String> expected = new ArrayList<>(readLines(whole));
        if (bom) {
            expected.set(0, expected.get(0).substring(1));
        }
        assertThat(texts(lines)).as("lines of %s", text.replace("\r", "\\r").replace("\n", "\\n"))
                .isEqualTo(expected);
        assertThat(lines).extracting(Line::number).as("numbers")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, expected.size()).boxed().toList());
    }

    @Property(tries = 2000)
    void isBlankSaysWhatStringIsBlankSays(@ForAll("blankish") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(ByteLines.isBlank(bytes)).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(text.isBlank());
    }

    @Property(tries = 2000)
    void isBlankOnAnyBytesSaysWhatStringIsBlankSaysOfTheirText(@ForAll @Size(max = 8) byte[] bytes) {
        assertThat(ByteLines.isBlank(bytes)).as("%s", Arrays.toString(bytes))
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8).isBlank());
    }

    /** White space of every kind Java knows, and the characters that look blank but are not. */
    @Provide
    Arbitrary<String> blankish() {
        return Arbitraries.strings().withChars(' ', '\t', '\u000B', '\f', '\u001C', '\u001F', '\u00A0', '\u0085',
                '\u2003', '\u2028', '\u3000', '\u200B', '\uFEFF', '\u0000', '\u007F', 'a', '~', '!').ofMaxLength(6);
    }

    @Test
    void isBlank_on_examples() {
        assertThat(ByteLines.isBlank(new byte[0])).isTrue();
        assertThat(ByteLines.isBlank(" \t\u2003".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ByteLines.isBlank("\u00A0".getBytes(StandardCharsets.UTF_8))).as("no-break space is not white space")
                .isFalse();
        assertThat(ByteLines.isBlank(new byte[] {0x7F})).isFalse();
        assertThat(ByteLines.isBlank(new byte[] {0x00})).isFalse();
        assertThat(ByteLines.isBlank(new byte[] {' ', (byte) 0xFF})).isFalse();
    }

    /** Gives at most {@code chunk} bytes a read. */
    private static final class Trickle extends FilterInputStream {
        private final int chunk;

        Trickle(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
