package org.kbaudit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream ahead on a thread of its own, a few chunks at most, so that decompressing it takes one
 * core while its reader works on another: a workbook's sheet while it is parsed, a report's temporary
 * sheet file while it is compressed into the workbook. A
 * failure of the stream is thrown to the reader, as it was, when the reader gets to it. Closing stops the
 * thread and closes the stream.
 */
public final class ReadAheadInputStream extends InputStream {

    private static final int CHUNK = 1 << 16;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
    private final Thread ahead;
    private volatile Throwable failure;
    private byte[] chunk = new byte[0];
    private int position;
    private boolean ended;

    public ReadAheadInputStream(InputStream in) {
        this.ahead = new Thread(() -> readAll(in), "kbaudit-read-ahead");
        this.ahead.setDaemon(true);
        this.ahead.start();
    }

    private void readAll(InputStream in) {
        try {
            try (in) {
                copy(in);
            }
        } catch (InterruptedException e) {
            return; // closed: nobody reads any more
        } catch (Throwable e) {
            failure = e; // an error too (out of memory): the reader must not wait for ever
        }
        try {
            chunks.put(END);
        } catch (InterruptedException e) {
            // closed meanwhile
        }
    }

    /** Hands over the stream a chunk at a time; the bytes read before a failure are handed over first. */
    private void copy(InputStream in) throws IOException, InterruptedException {
        while (true) {
            byte[] next = new byte[CHUNK];
            int n = 0;
            try {
                while (n < CHUNK) {
                    int r = in.read(next, n, CHUNK - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
            } finally {
                if (n > 0) {
                    chunks.put(n == CHUNK ? next : Arrays.copyOf(next, n));
                }
            }
            if (n < CHUNK) {
                return;
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == chunk.length && !next()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - position);
        System.arraycopy(chunk, position, b, off, n);
        position += n;
        return n;
    }

    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        try {
            chunk = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
        position = 0;
        if (chunk == END) {
            ended = true;
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        ahead.interrupt();
        try {
            ahead.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
