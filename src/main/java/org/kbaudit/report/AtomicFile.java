package org.kbaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A report file written atomically: everything goes to a temporary file beside the target, which
 * replaces the target only on {@link #commit()}. A failed or abandoned run leaves the target as it was
 * and no temporary file behind.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean done;

    /**
     * Starts the report, creating its folder if needed.
     *
     * @throws ReportWriteException naming the target when its folder or the temporary file cannot be created
     */
    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        try {
            Files.createDirectories(dir);
            this.temp = TempFiles.create(dir, "." + this.target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw ReportPaths.failure(target, e);
        }
        this.out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    public Path target() {
        return target;
    }

    /** The stream to write the report to; do not close it yourself. */
    public OutputStream stream() {
        return out;
    }

    /**
     * Writes bytes over what was already written at that position (for a header whose figures are known
     * only at the end). Everything written so far is flushed first.
     */
    public void overwrite(long position, byte[] bytes) throws IOException {
        out.flush();
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), position);
        }
    }

    /** Closes the stream and moves the finished file into place. */
    public void commit() throws IOException {
        if (done) {
            return;
        }
        out.close();
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw ReportPaths.failure(target, e);
        }
        done = true;
        makeReadable(target);
    }

    /** Temporary files are created private (0600); a finished report is as readable as any new file (0644). */
    private static void makeReadable(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // the report is there; only its permissions could not be widened
        }
    }

    /** Throws the temporary file away; the target is untouched. Safe to call after {@link #commit()}. */
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is being thrown away
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more can be done; the name starts with a dot and ends in .tmp
        }
    }

    @Override
    public void close() {
        abort();
    }
}
