package org.kbaudit.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The tokens of one JSON value read straight from its UTF-8 bytes, for {@link JsonServerStream}: the subset of
 * Jackson's {@code JsonParser} it needs, without turning every text into characters and back. It is strict
 * and modest: whatever Jackson would refuse, and whatever is not plain (a fraction, an exponent, a minus
 * sign, a number of more than 18 digits, deep nesting, a very long text, bytes that are not strict UTF-8),
 * makes it give up ({@link #GIVE_UP}), and the caller leaves the record to Jackson. Its limits are well inside
 * Jackson's (texts, names, numbers, nesting), so that it never accepts what they make Jackson refuse. When it
 * does not give up, it gives the tokens and texts Jackson gives, which a property test checks.
 *
 * <p>It reads the first value only, which must be an object or an array, as Jackson does when asked for one
 * value; what follows is not looked at.
 */
final class JsonBytes {

    enum Token { START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, STRING, NUMBER, TRUE, FALSE, NULL }

    /** Leaves the quick way; carries no stack trace. */
    static final class GiveUp extends RuntimeException {
        private GiveUp() {
            super(null, null, false, false);
        }
    }

    static final GiveUp GIVE_UP = new GiveUp();

    /** Deeper than this, the quick way gives up (Jackson allows 1,000; server objects need 4); one bit each. */
    private static final int MAX_DEPTH = 64;
    /** Longer texts are left to Jackson, which refuses those over 20,000,000 characters. */
    private static final int MAX_TEXT_BYTES = 1 << 20;
    /** Longer field names are left to Jackson, which refuses those over 50,000 characters. */
    private static final int MAX_NAME_BYTES = 1 << 10;
    /** The field names of server objects, returned as these very strings so that none is built per record. */
    private static final String[] NAMES = {"host", "os", "osVersion", "architecture", "servicePack", "hotfixes",
        "files", "adapters", "restartPending", "site", "maintenanceWindow", "owner", "criticality", "name",
        "version", "path", "size", "description", "driver", "virtual", "hotPlug", "vlans"};
    private static final byte[][] NAME_BYTES = new byte[NAMES.length][];

    /** For each length, the indexes of the known names of that length. */
    private static final int[][] NAMES_BY_LENGTH;
    /** The bytes a string's scan stops at: the quote, the backslash, control characters and non-ASCII. */
    private static final boolean[] STOPS = new boolean[256];

    static {
        int longest = 0;
        for (int i = 0; i < NAMES.length; i++) {
            NAME_BYTES[i] = NAMES[i].getBytes(StandardCharsets.US_ASCII);
            longest = Math.max(longest, NAMES[i].length());
        }
        NAMES_BY_LENGTH = new int[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            NAMES_BY_LENGTH[length] = java.util.stream.IntStream.range(0, NAMES.length)
                    .filter(i -> NAMES[i].length() == l).toArray();
        }
        for (int c = 0; c < 256; c++) {
            STOPS[c] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
        }
    }

    private final byte[] b;
    private int pos;
    private int depth;
    /** For each open container, a bit: set for an object, clear for an array (depth 0 is bit 0). */
    private long objects;
    /** A value has just ended in the open container: a comma or its end must follow. */
    private boolean valueEnded;
    /** A field name and its colon were read: its value follows. */
    private boolean nameRead;
    private boolean started;
    private Token current;
    private String text;
    private long number;

    JsonBytes(byte[] json) {
        this.b = json;
    }

    /** The next token; gives up at the end of the input or on anything Jackson would refuse. */
    Token next() {
        current = advance();
        return current;
    }

    private Token advance() {
        skipWhiteSpace();
        if (nameRead) {
            nameRead = false;
            return value();
        }
        if (depth == 0) {
            if (started) {
                throw GIVE_UP;
            }
            started = true;
            byte c = at(pos);
            if (c != '{' && c != '[') {
                throw GIVE_UP; // Jackson checks what follows a bare value at the root; nothing here needs one
            }
            return value();
        }
        byte c = at(pos);
        boolean inObject = (objects >>> (depth - 1) & 1) != 0;
        if (c == (inObject ? '}' : ']')) {
            pos++;
            depth--;
            valueEnded = true;
            return inObject ? Token.END_OBJECT : Token.END_ARRAY;
        }
        if (inObject) {
            if (valueEnded) {
                expect(',');
                skipWhiteSpace();
                c = at(pos);
            }
            if (c != '"') {
                throw GIVE_UP;
            }
            text = string(true);
            skipWhiteSpace();
            expect(':');
            nameRead = true;
            valueEnded = false;
            return Token.FIELD_NAME;
        }
        if (valueEnded) {
            expect(',');
            skipWhiteSpace();
        }
        return value();
    }

    private Token value() {
        byte c = at(pos);
        switch (c) {
            case '{', '[' -> {
                if (depth == MAX_DEPTH) {
                    throw GIVE_UP;
                }
                objects = c == '{' ? objects | 1L << depth : objects & ~(1L << depth);
                depth++;
                pos++;
                valueEnded = false;
                return c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
            }
            case '"' -> {
                text = string(false);
                valueEnded = true;
                return Token.STRING;
            }
            case 't' -> {
                literal("true");
                return Token.TRUE;
            }
            case 'f' -> {
                literal("false");
                return Token.FALSE;
            }
            case 'n' -> {
                literal("null");
                return Token.NULL;
            }
            default -> {
                number();
                valueEnded = true;
                return Token.NUMBER;
            }
        }
    }

    /** Whether nothing but white space follows what was read. */
    boolean restIsWhiteSpace() {
        skipWhiteSpace();
        return pos == b.length;
    }

    /** The text of the current string, or the current field name. */
    String text() {
        return text;
    }

    /** The value of the current whole number. */
    long longValue() {
        return number;
    }

    /** Whether the current whole number fits in an {@code int}, as Jackson's number type {@code INT}. */
    boolean isInt() {
        return number <= Integer.MAX_VALUE;
    }

    /** Past the end of the current object or array; nothing when the current token is neither. */
    void skipChildren() {
        if (current != Token.START_OBJECT && current != Token.START_ARRAY) {
            return;
        }
        int open = depth;
        while (depth >= open) {
            next();
        }
    }

    private void literal(String word) {
        int n = word.length();
        if (pos + n > b.length) {
            throw GIVE_UP;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) {
                throw GIVE_UP;
            }
        }
        pos += n;
        valueEnded = true;
    }

    /** A plain whole number: no sign, no leading zero, no fraction or exponent, at most 18 digits. */
    private void number() {
        int start = pos;
        long value = 0;
        while (pos < b.length && b[pos] >= '0' && b[pos] <= '9') {
            value = value * 10 + (b[pos] - '0');
            pos++;
        }
        int digits = pos - start;
        if (digits == 0 || digits > 18 || digits > 1 && b[start] == '0') {
            throw GIVE_UP;
        }
        if (pos < b.length && (b[pos] == '.' || b[pos] == 'e' || b[pos] == 'E')) {
            throw GIVE_UP;
        }
        number = value;
    }

    /**
     * The string starting at the current quote. Text that is ASCII without escapes, the usual case, is copied
     * as it stands; anything else is decoded strictly.
     */
    private String string(boolean name) {
        byte[] b = this.b;
        int start = pos + 1;
        int i = start;
        boolean plain = true;
        while (true) {
            if (i >= b.length) {
                throw GIVE_UP;
            }
            byte c = b[i];
            if (STOPS[c & 0xFF]) {
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    return escaped(start, name ? MAX_NAME_BYTES : MAX_TEXT_BYTES);
                }
                if (c >= 0) {
                    throw GIVE_UP; // a control character, which JSON text must escape
                }
                plain = false;
            }
            i++;
        }
        int length = i - start;
        if (length > (name ? MAX_NAME_BYTES : MAX_TEXT_BYTES)) {
            throw GIVE_UP;
        }
        pos = i + 1;
        if (!plain) {
            return utf8(start, length);
        }
        if (name) {
            String known = knownName(start, length);
            if (known != null) {
                return known;
            }
        }
        return new String(b, start, length, StandardCharsets.ISO_8859_1);
    }

    /** A string with escapes in it, from its first character. */
    private String escaped(int start, int maxBytes) {
        StringBuilder s = new StringBuilder();
        int run = start;
        int i = start;
        while (true) {
            byte c = at(i);
            if (c == '"') {
                appendRun(s, run, i);
                pos = i + 1;
                break;
            }
            if (c >= 0 && c < 0x20) {
                throw GIVE_UP;
            }
            if (c != '\\') {
                i++;
                continue;
            }
            appendRun(s, run, i);
            byte e = at(i + 1);
            switch (e) {
                case '"', '\\', '/' -> s.append((char) e);
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int k = 2; k < 6; k++) {
                        code = code << 4 | hex(at(i + k));
                    }
                    s.append((char) code);
                    i += 4;
                }
                default -> throw GIVE_UP;
            }
            i += 2;
            run = i;
            if (i - start > maxBytes) {
                throw GIVE_UP;
            }
        }
        if (i - start > maxBytes) {
            throw GIVE_UP;
        }
        return s.toString();
    }

    private void appendRun(StringBuilder s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] < 0) {
                s.append(utf8(from, to - from));
                return;
            }
        }
        for (int k = from; k < to; k++) {
            s.append((char) b[k]);
        }
    }

    private String utf8(int start, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, start, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw GIVE_UP;
        }
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw GIVE_UP;
    }

    /** The known field name these bytes spell, or {@code null}. */
    private String knownName(int start, int length) {
        if (length >= NAMES_BY_LENGTH.length) {
            return null;
        }
        for (int n : NAMES_BY_LENGTH[length]) {
            byte[] name = NAME_BYTES[n];
            int k = 0;
            while (k < length && name[k] == b[start + k]) {
                k++;
            }
            if (k == length) {
                return NAMES[n];
            }
        }
        return null;
    }

    private void skipWhiteSpace() {
        while (pos < b.length) {
            byte c = b[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private void expect(char c) {
        if (at(pos) != c) {
            throw GIVE_UP;
        }
        pos++;
    }

    private byte at(int i) {
        if (i >= b.length) {
            throw GIVE_UP;
        }
        return b[i];
    }
}
