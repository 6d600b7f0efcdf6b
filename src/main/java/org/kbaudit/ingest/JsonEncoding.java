package org.kbaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encodings a JSON document may come in (RFC 4627: UTF-8, UTF-16 or UTF-32, big- or little-endian, told
 * by a byte-order mark or by where the zero bytes of the first ASCII characters fall), and a way to read any
 * of them as UTF-8. PowerShell's {@code ConvertTo-Json > fleet.json} writes UTF-16LE with a mark; its
 * {@code Set-Content} writes the ANSI code page, which is told by bytes that are not UTF-8. Reading
 * every document as UTF-8 bytes gives every document the same reading: server objects cut out by their byte
 * offsets, their fields read strictly, a field given twice caught.
 */
final class JsonEncoding {

    private JsonEncoding() {
    }

    /**
     * The stream as UTF-8: as it is when it is UTF-8 (a UTF-8 mark is left to the parser), else decoded
     * strictly and encoded again, the mark of a UTF-16 or UTF-32 document dropped. A byte sequence that is
     * no character of the encoding is never a replacement character: every byte before it is given, then
     * the next read throws a {@link CharacterCodingException} naming its offset in the file.
     */
    static InputStream asUtf8(InputStream in) throws IOException {
        return asUtf8(in, false);
    }

    /**
     * As {@link #asUtf8(InputStream)}, and with {@code ansi} a document whose first 64 KB hold bytes that are
     * not UTF-8 and not one character that is (see {@link #isAnsi}) is read as Windows-1252.
     */
    static InputStream asUtf8(InputStream in, boolean ansi) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, SNIFFED);
        byte[] head = peek.readNBytes(ansi ? SNIFFED : 4);
        Charset charset = of(head);
        if (charset == null && ansi && isAnsi(head)) {
            charset = WINDOWS_1252;
        }
        int mark = charset == null || charset == WINDOWS_1252 ? 0 : markLength(head, charset);
        peek.unread(head, mark, head.length - mark);
        if (charset == null) {
            return peek;
        }
        return new Transcoded(peek, charset, mark);
    }

    /** How much of a document decides between UTF-8 and the ANSI code page. */
    private static final int SNIFFED = 64 * 1024;

    /**
     * Windows' ANSI code page in Western Europe and the Americas: what PowerShell 5.1's {@code Set-Content} and
     * {@code Out-File -Encoding Default} write.
     */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Whether the first bytes of a document (no mark of UTF-16 or UTF-32) are in the ANSI code page rather
     * than UTF-8: some byte sequence in them is not UTF-8, and none that is not ASCII is (a UTF-8 document
     * with a damaged byte has its other accented letters, and an ANSI document has no valid UTF-8 sequence
     * but by rare chance). A character cut by the end of the sample counts for neither.
     */
    static boolean isAnsi(byte[] head) {
        boolean invalid = false;
        int i = 0;
        while (i < head.length) {
            int b = head[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0) {
                invalid = true;
                i++;
                continue;
            }
            if (i + length > head.length) {
                break; // cut by the end of the sample
            }
            int before = i;
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            if (utf8.decode(ByteBuffer.wrap(head, i, length), CharBuffer.allocate(2), true).isError()) {
                invalid = true;
                i = before + 1;
            } else {
                return false; // a character in UTF-8: the document is UTF-8
            }
        }
        return invalid;
    }

    /** The encoding the first four bytes of a document show, or {@code null} for UTF-8. */
    static Charset of(byte[] head) {
        int b0 = at(head, 0);
        int b1 = at(head, 1);
        int b2 = at(head, 2);
        int b3 = at(head, 3);
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 > 0)) {
            return Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The length of the byte-order mark the head starts with, in the given encoding; 0 without one. */
    private static int markLength(byte[] head, Charset charset) {
        int b0 = at(head, 0);
        int b1 = at(head, 1);
        boolean utf32 = charset.name().startsWith("UTF-32");
        boolean marked = b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF || utf32 && b0 == 0 && at(head, 2) == 0xFE;
        return marked ? (utf32 ? 4 : 2) : 0;
    }

    /** The byte at {@code i} as 0..255, or -1 past the end of a short document. */
    private static int at(byte[] head, int i) {
        return i < head.length ? head[i] & 0xFF : -1;
    }

    /** A UTF-16 or UTF-32 stream read as UTF-8. */
    private static final class Transcoded extends InputStream {
        private final InputStream in;
        private final Charset charset;
        private final CharsetDecoder decoder;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        /** Bytes read and not decoded yet, ready to be read (between position and limit). */
        private final ByteBuffer raw = ByteBuffer.allocate(8_192).flip();
        private final CharBuffer chars = CharBuffer.allocate(4_096);
        /** UTF-8 bytes not given yet, ready to be read. */
        private final ByteBuffer out = ByteBuffer.allocate(3 * 4_096).flip();
        /** The file offset of {@code raw}'s position. */
        private long offset;
        private boolean eof;
        private boolean decoded;
        /** The bytes that are no character, once met. */
        private CharacterCodingException damage;

        Transcoded(InputStream in, Charset charset, int markLength) {
            this.in = in;
            this.charset = charset;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.offset = markLength;
        }

        @Override
        public int read() throws IOException {
            return filled() ? out.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!filled()) {
                return -1;
            }
            int n = Math.min(len, out.remaining());
            out.get(b, off, n);
            return n;
        }

        /** Whether bytes are ready in {@code out}, decoding more when none are; {@code false} at the end. */
        private boolean filled() throws IOException {
            while (!out.hasRemaining()) {
                if (damage != null) {
                    throw damage;
                }
                if (decoded) {
                    return false;
                }
                transcode();
            }
            return true;
        }

        /** Decodes what can be decoded of the next bytes into {@code out}. */
        private void transcode() throws IOException {
            if (!eof) {
                raw.compact();
                int n = in.read(raw.array(), raw.position(), raw.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    raw.position(raw.position() + n);
                }
                raw.flip();
            }
            int before = raw.position();
            CoderResult result = decoder.decode(raw, chars, eof);
            offset += raw.position() - before;
            if (result.isError()) {
                damage = new Undecodable(result.length() + " byte(s) at byte " + offset + " of the file are no "
                        + charset.name() + " character");
            } else if (eof && !raw.hasRemaining()) {
                decoder.flush(chars);
                decoded = true;
            }
            chars.flip();
            out.compact();
            encoder.encode(chars, out, false);
            out.flip();
            chars.compact();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Bytes that are no character of the document's encoding, and where they are. */
    private static final class Undecodable extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String message;

        Undecodable(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
