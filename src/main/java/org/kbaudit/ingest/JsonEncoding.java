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
     * As {@link #asUtf8(InputStream)}, and with {@code ansi} a document without a mark whose first byte that is
     * not ASCII starts no UTF-8 character is read as Windows-1252 from there (the ASCII before it reads alike
     * in both): the decision waits for that byte, wherever in the file it comes.
     */
    static InputStream asUtf8(InputStream in, boolean ansi) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, Utf8OrAnsi.CHUNK + 4);
        byte[] head = peek.readNBytes(4);
        Charset charset = of(head);
        int mark = charset == null ? 0 : markLength(head, charset);
        peek.unread(head, mark, head.length - mark);
        if (charset != null) {
            return new Transcoded(peek, charset, mark);
        }
        return ansi ? new Utf8OrAnsi(peek) : peek;
    }

    /**
     * Windows' ANSI code page in Western Europe and the Americas: what PowerShell 5.1's {@code Set-Content} and
     * {@code Out-File -Encoding Default} write.
     */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Whether the bytes start with one UTF-8 character that is not ASCII (a byte sequence of two to four bytes
     * that decodes: no overlong form, no surrogate). A UTF-8 document has its accented letters so; an ANSI one
     * has a lone byte of 0x80 or more, which starts none but by rare chance.
     */
    static boolean startsUtf8Character(byte[] bytes) {
        int b = bytes.length == 0 ? 0 : bytes[0] & 0xFF;
        int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (length == 0 || bytes.length < length) {
            return false;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return !utf8.decode(ByteBuffer.wrap(bytes, 0, length), CharBuffer.allocate(2), true).isError();
    }

    /** A document without a mark: passed through while ASCII, then UTF-8 or Windows-1252 as its first other byte says. */
    private static final class Utf8OrAnsi extends InputStream {
        /** The most bytes read at a time before the decision, all of which may have to be pushed back. */
        static final int CHUNK = 8_192;
        private final PushbackInputStream in;
        /** What the rest of the document is read through, once decided. */
        private InputStream decided;
        /** The bytes given so far, all ASCII. */
        private long offset;

        Utf8OrAnsi(PushbackInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (decided == null) {
                int b = in.read();
                if (b < 0x80) {
                    offset += b < 0 ? 0 : 1;
                    return b;
                }
                in.unread(b);
                decide();
            }
            return decided.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (decided != null) {
                return decided.read(b, off, len);
            }
            int n = in.read(b, off, Math.min(len, CHUNK));
            int i = 0;
            while (i + 8 <= n && (b[off + i] | b[off + i + 1] | b[off + i + 2] | b[off + i + 3] | b[off + i + 4]
                    | b[off + i + 5] | b[off + i + 6] | b[off + i + 7]) >= 0) {
                i += 8; // eight ASCII bytes at a time: most documents are ASCII throughout
            }
            for (; i < n; i++) {
                if (b[off + i] < 0) {
                    in.unread(b, off + i, n - i);
                    offset += i;
                    decide();
                    return i > 0 ? i : decided.read(b, off, len);
                }
            }
            offset += Math.max(n, 0);
            return n;
        }

        /** At the first byte that is not ASCII: UTF-8 when it starts a UTF-8 character, else Windows-1252. */
        private void decide() throws IOException {
            byte[] probe = in.readNBytes(4);
            in.unread(probe);
            decided = startsUtf8Character(probe) ? in : new Transcoded(in, WINDOWS_1252, offset);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
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

        Transcoded(InputStream in, Charset charset, long start) {
            this.in = in;
            this.charset = charset;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.offset = start;
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
            if (result.isUnmappable() && charset.equals(WINDOWS_1252) && chars.hasRemaining()) {
                // the five bytes Windows-1252 leaves undefined: Windows reads them as the C1 controls of that number
                chars.put((char) (raw.get() & 0xFF));
                offset++;
            } else if (result.isError()) {
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
