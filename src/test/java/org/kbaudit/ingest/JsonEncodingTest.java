package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class JsonEncodingTest {

    private static final Charset ANSI = Charset.forName("windows-1252");

    /** What a document reads as, through a stream that gives it a few bytes at a time as a file might. */
    private static String read(byte[] document) throws IOException {
        InputStream trickle = new ByteArrayInputStream(document) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        try (InputStream in = JsonEncoding.asUtf8(trickle, true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String ascii(int length) {
        return "x".repeat(length);
    }

    @Test
    void an_ansi_document_reads_as_windows_1252_wherever_its_first_accent_comes() throws IOException {
        for (int before : new int[] {0, 1, 6, 7, 8, 8_191, 8_192, 105_000}) {
            String text = "[{\"pad\": \"" + ascii(before) + "\", \"owner\": \"Müller, Jörg – Équipe\", \"os\": \"Server® 2003\"}]";
            assertThat(read(text.getBytes(ANSI))).as("accent after %d bytes", before).isEqualTo(text);
        }
    }

    @Test
    void a_utf8_document_reads_as_it_is_wherever_its_first_accent_comes() throws IOException {
        for (int before : new int[] {0, 6, 8_192, 105_000}) {
            String text = "[{\"pad\": \"" + ascii(before) + "\", \"owner\": \"Müller – Zoë \uD83D\uDE00\"}]";
            assertThat(read(text.getBytes(StandardCharsets.UTF_8))).as("accent after %d bytes", before).isEqualTo(text);
        }
        byte[] marked = ("\uFEFF[{\"owner\": \"é\"}]").getBytes(StandardCharsets.UTF_8);
        assertThat(read(marked)).isEqualTo("\uFEFF[{\"owner\": \"é\"}]");
    }

    @Test
    void a_utf8_document_damaged_after_its_first_accent_stays_utf8_and_the_damage_is_left_to_the_parser()
            throws IOException {
        byte[] damaged = "[{\"owner\": \"Zoë\", \"site\": \"X\"}]".getBytes(StandardCharsets.UTF_8);
        damaged[damaged.length - 5] = (byte) 0xFF;
        assertThat(read(damaged).getBytes(StandardCharsets.ISO_8859_1)).hasSize(damaged.length - 1);
    }

    @Test
    void the_five_bytes_windows_1252_leaves_undefined_read_as_windows_reads_them_the_c1_controls() throws IOException {
        String text = "[{\"owner\": \"\u0081 \u008D \u008F \u0090 \u009D é\"}]";
        assertThat(read(text.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(text);
    }

    @Test
    void bytes_that_are_no_character_of_utf16_end_the_document_naming_their_offset() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, '[', 0, 0x00, (byte) 0xDC, ']', 0};
        assertThatThrownBy(() -> read(bytes)).isInstanceOf(CharacterCodingException.class)
                .hasMessage("2 byte(s) at byte 4 of the file are no UTF-16LE character");
    }

    @Test
    void one_character_in_utf8_is_told_from_a_byte_of_another_code_page() {
        assertThat(JsonEncoding.startsUtf8Character("é".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(JsonEncoding.startsUtf8Character("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(JsonEncoding.startsUtf8Character("é\"".getBytes(ANSI))).isFalse();
        assertThat(JsonEncoding.startsUtf8Character(new byte[] {(byte) 0xC3})).as("cut by the end").isFalse();
        assertThat(JsonEncoding.startsUtf8Character(new byte[] {(byte) 0xC0, (byte) 0x80})).as("overlong").isFalse();
        assertThat(JsonEncoding.startsUtf8Character(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .as("a surrogate").isFalse();
        assertThat(JsonEncoding.startsUtf8Character(new byte[0])).isFalse();
    }
}
