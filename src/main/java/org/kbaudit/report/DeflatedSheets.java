package org.kbaudit.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.apache.commons.io.input.BoundedInputStream;

import org.kbaudit.io.ReadAheadInputStream;

/**
 * A report's temporary sheet files kept as raw deflate data that the workbook's zip can take as it is: each
 * is compressed once, while its rows are written, instead of being compressed into a temporary file, inflated
 * and compressed again into the workbook.
 *
 * <p>A sheet's data ({@link Writer}) is a deflate stream flushed to a byte boundary and closed by an empty
 * final block. The workbook's entry for the sheet is then the sheet template's part before the data,
 * compressed and flushed the same way, the data without its final block, and the template's part after it,
 * compressed and finished ({@link #entry}); its CRC is combined from the three parts' CRCs. Deflate allows
 * that: each part refers back only to its own bytes.
 */
final class DeflatedSheets {

    /** The empty final block (fixed codes, end of block) that closes a sheet's data on its own. */
    private static final byte[] FINAL_BLOCK = {0x03, 0x00};

    private DeflatedSheets() {
    }

    /** The deflate stream of one sheet's data, with the CRC and length of what went into it. */
    static final class Writer extends DeflaterOutputStream {
        private final CRC32 crc = new CRC32();
        private long length;
        private boolean closed;

        Writer(OutputStream file) {
            super(file, new Deflater(Deflater.BEST_SPEED, true), 1 << 16, true);
        }

        // write(int) is left to DeflaterOutputStream, which hands the byte to write(byte[], int, int): counted there

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            crc.update(b, off, len);
            length += len;
            super.write(b, off, len);
        }

        /** Nothing: a flush would end a deflate block early (and cost compression); closing flushes. */
        @Override
        public void flush() {
            // the data is read only once the stream is closed
        }

        /** Flushes to a byte boundary and ends the stream with an empty final block; closes the file once. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                super.flush(); // a sync flush: everything written so far, ending on a byte boundary
                out.write(FINAL_BLOCK);
            } finally {
                def.end();
                out.close();
            }
        }

        long crc() {
            return crc.getValue();
        }

        long length() {
            return length;
        }
    }

    /** A sheet's data as the workbook writer reads it: inflated, unless it is taken as it is. */
    static final class Data extends InputStream {
        private final Path file;
        private final long crc;
        private final long length;
        private InputStream inflated;

        Data(Path file, long crc, long length) {
            this.file = file;
            this.crc = crc;
            this.length = length;
        }

        private InputStream inflated() throws IOException {
            if (inflated == null) {
                inflated = new ReadAheadInputStream(new InflaterInputStream(Files.newInputStream(file),
                        new Inflater(true), 1 << 16));
            }
            return inflated;
        }

        @Override
        public int read() throws IOException {
            return inflated().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return inflated().read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (inflated != null) {
                inflated.close();
            }
        }
    }

    /** The compressed bytes of one workbook entry, with what its zip header must say. */
    record Entry(InputStream compressed, long crc, long size, long compressedSize) {
    }

    /**
     * The entry of a sheet: its template's part before the data and after it, around the data, compressed.
     * The caller closes the entry's stream.
     */
    static Entry entry(byte[] before, Data data, byte[] after) throws IOException {
        byte[] head = deflate(before, false);
        byte[] tail = deflate(after, true);
        long dataBytes = Files.size(data.file) - FINAL_BLOCK.length;
        if (dataBytes < 0) {
            throw new IOException("a temporary sheet file is cut short: " + data.file);
        }
        InputStream body = BoundedInputStream.builder().setPath(data.file).setMaxCount(dataBytes).get();
        long crc = combine(combine(crcOf(before), data.crc, data.length), crcOf(after), after.length);
        InputStream all = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head), body, new ByteArrayInputStream(tail))));
        return new Entry(all, crc, before.length + data.length + after.length, head.length + dataBytes + tail.length);
    }

    /** Raw deflate of the bytes: finished, or flushed to a byte boundary for more blocks to follow. */
    private static byte[] deflate(byte[] bytes, boolean finish) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[8192];
            if (finish) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static long crcOf(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * The CRC-32 of two pieces one after the other, from the CRC of each and the second's length (the method
     * of zlib's {@code crc32_combine}: the second piece's length in zeros applied to the first CRC as a
     * matrix over GF(2), by repeated squaring).
     */
    static long combine(long crc1, long crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // the CRC-32 polynomial, reflected: one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crc1;
        long left = length2;
        do {
            square(even, odd); // one zero byte, then two, four...
            if ((left & 1) != 0) {
                crc = times(even, crc);
            }
            left >>= 1;
            if (left == 0) {
                break;
            }
            square(odd, even);
            if ((left & 1) != 0) {
                crc = times(odd, crc);
            }
            left >>= 1;
        } while (left != 0);
        return crc ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
