package org.kbaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, split as {@link java.io.BufferedReader#readLine()} splits them (at
 * {@code \n}, {@code \r} or {@code \r\n}), without the line ends and without a UTF-8 byte order mark at
 * the start. Lines are numbered from 1.
 */
final class ByteLines {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int number;
    private boolean afterCarriageReturn;
    private boolean ended;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The number of the line {@link #next()} returned last. */
    int number() {
        return number;
    }

    /** The next line, or {@code null} at the end of the stream. */
    byte[] next() throws IOException {
        byte[] line = null;
        int lineLength = 0;
        while (true) {
            if (position == limit && !fill()) {
                return line == null ? null : finish(line, 0, lineLength);
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            boolean ends = position < limit;
            if (ends && line == null) {
                afterCarriageReturn = buffer[position] == '\r';
                position++;
                return finish(buffer, start, position - 1 - start);
            }
            int length = position - start;
            if (line == null) {
                line = new byte[Math.max(2 * length, 256)];
            } else if (lineLength + length > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
            }
            System.arraycopy(buffer, start, line, lineLength, length);
            lineLength += length;
            if (ends) {
                afterCarriageReturn = buffer[position] == '\r';
                position++;
                return finish(line, 0, lineLength);
            }
        }
    }

    /** A copy of the line, without the byte order mark on the first line. */
    private byte[] finish(byte[] bytes, int from, int length) {
        number++;
        int skip = 0;
        if (number == 1 && length >= 3 && bytes[from] == BOM[0] && bytes[from + 1] == BOM[1]
                && bytes[from + 2] == BOM[2]) {
            skip = 3;
        }
        return Arrays.copyOfRange(bytes, from + skip, from + length);
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Whether a line is empty or white space only, as {@link String#isBlank()} says of its text. */
    static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b > ' ' && b < 0x7F || b == 0x7F) {
                return false;
            }
        }
        return new String(line, StandardCharsets.UTF_8).isBlank();
    }
}
