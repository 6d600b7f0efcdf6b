package org.kbaudit.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Passes a stream through and keeps what was read since the last {@link #release}, so that a parser
 * reading ahead of its tokens can still hand over the bytes of one value by their offsets in the stream.
 * Memory holds one value plus the parser's read-ahead.
 */
final class RecordingInputStream extends FilterInputStream {

    private byte[] kept = new byte[1 << 16];
    /** The stream offset of {@code kept[0]}. */
    private long keptFrom;
    /** Bytes of {@code kept} in use, released ones included until the next compaction. */
    private int keptLength;
    /** The first byte of {@code kept} not released. */
    private int live;

    RecordingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            if (keptLength + n > kept.length) {
                compact();
                if (keptLength + n > kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + n));
                }
            }
            System.arraycopy(b, off, kept, keptLength, n);
            keptLength += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The bytes from stream offset {@code from} (inclusive) to {@code to} (exclusive); all already read. */
    byte[] slice(long from, long to) {
        if (from < keptFrom + live || to > keptFrom + keptLength || from > to) {
            throw new IllegalStateException("bytes " + from + ".." + to + " are not kept (" + keptFrom + ".."
                    + (keptFrom + keptLength) + ")");
        }
        return Arrays.copyOfRange(kept, (int) (from - keptFrom), (int) (to - keptFrom));
    }

    /** Forgets the bytes before stream offset {@code offset}. */
    void release(long offset) {
        live = (int) Math.max(live, Math.min(offset - keptFrom, keptLength));
    }

    /** Moves the bytes not released to the start of the buffer. */
    private void compact() {
        System.arraycopy(kept, live, kept, 0, keptLength - live);
        keptLength -= live;
        keptFrom += live;
        live = 0;
    }
}
