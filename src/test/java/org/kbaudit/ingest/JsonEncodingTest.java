package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class JsonEncodingTest {

    private static final Charset ANSI = Charset.forName("windows-1252");

    @Test
    void a_document_with_bytes_that_are_not_utf8_and_no_character_that_is_is_in_the_ansi_code_page() {
        assertThat(JsonEncoding.isAnsi("{\"owner\": \"Équipe réseau\", \"os\": \"Windows Server® 2003\"}".getBytes(ANSI)))
                .isTrue();
    }

    @Test
    void ascii_and_utf8_are_not_ansi_even_with_a_damaged_byte_beside_a_character_in_utf8() {
        assertThat(JsonEncoding.isAnsi("{\"host\": \"A\"}".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(JsonEncoding.isAnsi("{\"owner\": \"Équipe réseau\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
        byte[] damaged = "{\"owner\": \"Zoë\", \"site\": \"X\"}".getBytes(StandardCharsets.UTF_8);
        damaged[damaged.length - 3] = (byte) 0xFF;
        assertThat(JsonEncoding.isAnsi(damaged)).isFalse();
    }

    @Test
    void a_character_cut_by_the_end_of_the_sample_counts_for_neither() {
        byte[] utf8 = "{\"owner\": \"é".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 1);
        assertThat(JsonEncoding.isAnsi(cut)).isFalse();
    }

    @Test
    void an_overlong_or_surrogate_sequence_is_not_utf8() {
        assertThat(JsonEncoding.isAnsi(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'})).isTrue();
        assertThat(JsonEncoding.isAnsi(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'})).isTrue();
    }
}
