package org.kbaudit.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes a systeminfo capture in whatever encoding it was saved: a byte-order mark decides (UTF-16 from
 * PowerShell, UTF-8); then UTF-16LE without a mark (many zero bytes); then UTF-8 when the bytes are valid
 * UTF-8 (plain ASCII included); otherwise the label words decide between Windows-1252 (ISO-8859-1) and the
 * OEM code page 850 that cmd.exe writes: the decoding that spells more of systeminfo's accented labels
 * right wins, Windows-1252 on a tie.
 */
final class SysteminfoText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset OEM_850 = Charset.forName("IBM850");

    private SysteminfoText() {
    }

    static String decode(byte[] bytes) {
        ByteOrderMark mark = ByteOrderMark.of(bytes);
        if (mark != null) {
            return lenient(Arrays.copyOfRange(bytes, mark.length(), bytes.length), mark.charset());
        }
        if (looksUtf16Le(bytes)) {
            return lenient(bytes, StandardCharsets.UTF_16LE);
        }
        if (CsvSheet.isUtf8(bytes)) {
            return lenient(bytes, StandardCharsets.UTF_8);
        }
        return lenient(bytes, westernOrOem(bytes));
    }

    /**
     * For bytes that are not UTF-8: Windows-1252, or the OEM code page 850 that cmd.exe writes when the
     * decoding in it spells more of systeminfo's accented labels right ({@code systeminfo > host.txt}, and
     * {@code systeminfo /FO CSV > hosts.csv} alike); Windows-1252 on a tie.
     */
    static Charset westernOrOem(byte[] bytes) {
        return score(lenient(bytes, OEM_850)) > score(lenient(bytes, WINDOWS_1252)) ? OEM_850 : WINDOWS_1252;
    }

    private static int score(String text) {
        int score = 0;
        for (String word : SysteminfoLabels.ACCENTED_WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                score++;
            }
        }
        return score;
    }

    /** Whether the bytes look like UTF-16LE without a mark: most odd bytes zero. */
    static boolean looksUtf16Le(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 256);
        int zeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i + 1] == 0 && bytes[2 * i] != 0) {
                zeros++;
            }
        }
        return pairs > 4 && zeros * 10 > pairs * 7;
    }

    private static String lenient(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 4);
        decoder.decode(ByteBuffer.wrap(bytes), out, false);
        out.flip();
        return out.toString();
    }

    /** The text as lines, whatever the line ends (CRLF, LF, CR). */
    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
