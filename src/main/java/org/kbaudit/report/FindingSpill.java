package org.kbaudit.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    record Key(int priority, int risk, int criticality, String host, long offset) {
        static Key of(Finding f, long offset) {
            return new Key(f.priority() == null ? Integer.MAX_VALUE : f.priority(),
                    f.atRiskAdapters().size() + f.atRiskVlans().size(),
                    f.server().criticality() == null ? -1 : f.server().criticality().ordinal(),
                    f.host(), offset);
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
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);
    private final List<Key> keys = new ArrayList<>();
    private long offset;
    private FileChannel in;

    FindingSpill(Path dir, String prefix) throws IOException {
        file = Files.createTempFile(dir, prefix, ".tmp");
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    Path file() {
        return file;
    }

    void add(Finding f, Rows rows) throws IOException {
        buffer.reset();
        DataOutputStream d = new DataOutputStream(buffer);
        writeCells(d, rows.finding());
        d.writeInt(rows.adapters().size());
        for (List<Object> a : rows.adapters()) {
            writeCells(d, a);
        }
        writeCells(d, rows.plan());
        d.flush();
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(buffer.size());
        buffer.writeTo(o);
        keys.add(Key.of(f, offset));
        offset += 4L + buffer.size();
    }

    /** The keys, worst first; ends writing. */
    List<Key> sorted() throws IOException {
        out.close();
        in = FileChannel.open(file, StandardOpenOption.READ);
        keys.sort(ORDER);
        return keys;
    }

    Rows read(Key key) {
        try {
            ByteBuffer len = ByteBuffer.allocate(4);
            readFully(len, key.offset());
            byte[] bytes = new byte[len.flip().getInt()];
            readFully(ByteBuffer.wrap(bytes), key.offset() + 4);
            DataInputStream d = new DataInputStream(new ByteArrayInputStream(bytes));
            List<Object> finding = readCells(d);
            int n = d.readInt();
            List<List<Object>> adapters = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                adapters.add(readCells(d));
            }
            return new Rows(finding, adapters, readCells(d));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + file, e);
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

    private static void writeCells(DataOutputStream d, List<Object> cells) throws IOException {
        d.writeInt(cells.size());
        for (Object c : cells) {
            if (c == null) {
                d.writeByte(NULL);
            } else if (c instanceof Integer i) {
                d.writeByte(INT);
                d.writeInt(i);
            } else {
                byte[] b = c.toString().getBytes(StandardCharsets.UTF_8);
                d.writeByte(TEXT);
                d.writeInt(b.length);
                d.write(b);
            }
        }
    }

    private static List<Object> readCells(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<Object> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte tag = d.readByte();
            if (tag == NULL) {
                cells.add(null);
            } else if (tag == INT) {
                cells.add(d.readInt());
            } else {
                byte[] b = new byte[d.readInt()];
                d.readFully(b);
                cells.add(new String(b, StandardCharsets.UTF_8));
            }
        }
        return cells;
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
