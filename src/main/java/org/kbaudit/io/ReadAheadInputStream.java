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
    private volatile IOException failure;
    private byte[] chunk = new byte[0];
    private int position;
    private boolean ended;

    public ReadAheadInputStream(InputStream in) {
        this.ahead = new Thread(() -> readAll(in), "kbaudit-read-ahead");
        this.ahead.setDaemon(true);
        this.ahead.start();
    }

    private void readAll(InputStream in) {
        try (in) {
            boolean more = true;
            while (more) {
                byte[] next = new byte[CHUNK];
                int n = 0;
                try {
                    while (n < CHUNK) {
                        int r = in.read(next, n, CHUNK - n);
                        if (r < 0) {
                            more = false;
                            break;
                        }
                        n += r;
                    }
                } catch (IOException e) {
                    failure = e;
                    more = false;
                } catch (RuntimeException e) {
                    failure = new IOException(e.getMessage(), e);
                    more = false;
                }
                if (n > 0) {
                    chunks.put(n == CHUNK ? next : Arrays.copyOf(next, n));
                }
            }
            chunks.put(END);
        } catch (IOException e) {
            // closing failed after everything was read: nothing is lost
        } catch (InterruptedException e) {
            // closed meanwhile: nobody reads any more
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
            if (failure != null) {
                throw failure;
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
