package org.kbaudit.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.kbaudit.domain.Finding;

/**
 * The rows a workbook needs per finding, kept on disk until the end of the run so that they can be
 * written worst first. Memory holds only a sort key per finding (its priority, risk count, criticality,
 * host and file offset: some 100 bytes, 50 MB for 500,000 servers); the rows themselves (the Findings
 * row, the Adapters rows, the patch-plan facts — about a kilobyte) go to a temporary file beside the
 * report, read back by offset in sorted order, and deleted on {@link #close()}.
 *
 * <p>{@link #ORDER} is {@link org.kbaudit.domain.FindingOrder#WORST_FIRST} expressed on the key;
 * a test holds the two equal.
 */
final class FindingSpill implements AutoCloseable {

    /** The sort key of one finding. */
    record Key(int priority, int risk, int criticality, String host, long offset, int length) {
        static Key of(Finding f, long offset, int length) {
            return new Key(f.priority() == null ? Integer.MAX_VALUE : f.priority(),
                    f.atRiskAdapters().size() + f.atRiskVlans().size(),
                    f.server().criticality() == null ? -1 : f.server().criticality().ordinal(),
                    f.host(), offset, length);
        }
    }

    /** What a finding contributes to the workbook. */
    record Rows(List<Object> finding, List<List<Object>> adapters, List<Object> plan) {
    }

    static final Comparator<Key> ORDER = Comparator.comparingInt(Key::priority)
            .thenComparing(Comparator.comparingInt(Key::risk).reversed())
            .thenComparing(Comparator.comparingInt(Key::criticality).reversed())
            .thenComparing(Key::host, String.CASE_INSENSITIVE_ORDER);

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INT = 2;

    private final Path file;
    private final OutputStream out;
    private final List<Key> keys = new ArrayList<>();
    private long offset;
    private FileChannel in;

    FindingSpill(Path dir, String prefix) throws IOException {
        file = TempFiles.create(dir, prefix, ".tmp");
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** Appends a finding's rows as {@link #encode} encoded them. */
    void add(Finding f, byte[] encodedRows) throws IOException {
        out.write(encodedRows);
        keys.add(Key.of(f, offset, encodedRows.length));
        offset += encodedRows.length;
    }

    /** A finding's rows as they are kept on disk; on any thread. */
    static byte[] encode(Rows rows) {
        Encoder buffer = ENCODER.get();
        buffer.reset();
        buffer.cells(rows.finding());
        buffer.putInt(rows.adapters().size());
        for (List<Object> a : rows.adapters()) {
            buffer.cells(a);
        }
        buffer.cells(rows.plan());
        return Arrays.copyOf(buffer.bytes, buffer.size);
    }

    private static final ThreadLocal<Encoder> ENCODER = ThreadLocal.withInitial(Encoder::new);

    /** The keys, worst first; ends writing. */
    List<Key> sorted() throws IOException {
        out.close();
        in = FileChannel.open(file, StandardOpenOption.READ);
        keys.sort(ORDER);
        return keys;
    }

    /**
     * The rows of a finding, decoding of its Findings row only the cells in {@code findingColumns} (all when
     * {@code null}; the others are {@code null}) and, when some are named, none of its Adapters rows.
     */
    private Rows read(Key key, Set<Integer> findingColumns) {
        try {
            ByteBuffer record = ByteBuffer.allocate(key.length());
            readFully(record, key.offset());
            record.flip();
            List<Object> finding = readCells(record, findingColumns);
            int n = record.getInt();
            List<List<Object>> adapters = new ArrayList<>(findingColumns == null ? n : 0);
            for (int i = 0; i < n; i++) {
                List<Object> adapter = readCells(record, findingColumns == null ? null : Set.of());
                if (findingColumns == null) {
                    adapters.add(adapter);
                }
            }
            return new Rows(finding, adapters, readCells(record, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + file, e);
        }
    }

    /**
     * The rows of the findings in that order, read and decoded a few hundred ahead on a thread of its
     * own (the caller writes sheets meanwhile). Close it to stop the thread.
     */
    RowsAhead readAhead(List<Key> order) {
        return new RowsAhead(order, null);
    }

    /** As {@link #readAhead(List)}, decoding of each Findings row only the cells in {@code findingColumns}. */
    RowsAhead readAhead(List<Key> order, Set<Integer> findingColumns) {
        return new RowsAhead(order, findingColumns);
    }

    /** The rows of findings in a given order, read ahead. */
    final class RowsAhead implements AutoCloseable {
        private static final int BATCH = 256;
        private final List<Key> order;
        private final Set<Integer> findingColumns;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kbaudit-spill");
            t.setDaemon(true);
            return t;
        });
        private final Deque<Future<List<Rows>>> ahead = new ArrayDeque<>();
        private int submitted;
        private List<Rows> batch = List.of();
        private int next;

        private RowsAhead(List<Key> order, Set<Integer> findingColumns) {
            this.order = order;
            this.findingColumns = findingColumns;
            for (int i = 0; i < 4; i++) {
                submit();
            }
        }

        private void submit() {
            if (submitted >= order.size()) {
                return;
            }
            List<Key> keys = order.subList(submitted, Math.min(order.size(), submitted + BATCH));
            submitted += keys.size();
            ahead.addLast(thread.submit(() -> keys.stream().map(k -> read(k, findingColumns)).toList()));
        }

        /** The rows of the next finding of the order. */
        Rows next() {
            if (next == batch.size()) {
                try {
                    batch = ahead.removeFirst().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new InterruptedIOException("interrupted reading back " + file));
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
                next = 0;
                submit();
            }
            return batch.get(next++);
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }

    private void readFully(ByteBuffer b, long position) throws IOException {
        long p = position;
        while (b.hasRemaining()) {
            int r = in.read(b, p);
            if (r < 0) {
                throw new IOException("unexpected end of " + file);
            }
            p += r;
        }
    }

    /** The cells of one row; those not in {@code wanted} (when given) are skipped, left {@code null}. */
    private static List<Object> readCells(ByteBuffer b, Set<Integer> wanted) {
        int n = b.getInt();
        List<Object> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte tag = b.get();
            boolean keep = wanted == null || wanted.contains(i);
            if (tag == NULL) {
                cells.add(null);
            } else if (tag == INT) {
                int value = b.getInt();
                cells.add(keep ? value : null);
            } else {
                int length = b.getInt();
                cells.add(keep ? new String(b.array(), b.arrayOffset() + b.position(), length, StandardCharsets.UTF_8)
                        : null);
                b.position(b.position() + length);
            }
        }
        return cells;
    }

    /** Encodes the rows of one finding: cells as a tag byte, then a big-endian int or a length and UTF-8 text. */
    private static final class Encoder {
        private byte[] bytes = new byte[4096];
        private int size;

        void reset() {
            size = 0;
        }

        void cells(List<Object> cells) {
            putInt(cells.size());
            for (Object c : cells) {
                if (c == null) {
                    put(NULL);
                } else if (c instanceof Integer i) {
                    put(INT);
                    putInt(i);
                } else {
                    byte[] text = c.toString().getBytes(StandardCharsets.UTF_8);
                    put(TEXT);
                    putInt(text.length);
                    room(text.length);
                    System.arraycopy(text, 0, bytes, size, text.length);
                    size += text.length;
                }
            }
        }

        void putInt(int v) {
            room(4);
            bytes[size++] = (byte) (v >>> 24);
            bytes[size++] = (byte) (v >>> 16);
            bytes[size++] = (byte) (v >>> 8);
            bytes[size++] = (byte) v;
        }

        private void put(byte b) {
            room(1);
            bytes[size++] = b;
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }
    }

    /** Deletes the file; safe to call twice. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // being thrown away
        }
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // being thrown away
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a dot-file ending in .tmp, like AtomicFile's
        }
    }
}
