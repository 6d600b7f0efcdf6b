package org.kbaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A report file written atomically: everything goes to a temporary file beside the target, which
 * {@link #finish()} completes and syncs to the disk and {@link #commit()} then renames over the target. A
 * failed or abandoned run leaves the target as it was and no temporary file behind.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean finished;
    private boolean done;

    /**
     * Starts the report, creating its folder if needed.
     *
     * @throws ReportWriteException naming the target when its folder or the temporary file cannot be created
     */
    public AtomicFile(Path target) throws IOException {
        this(target, temp -> FileChannel.open(temp, StandardOpenOption.WRITE));
    }

    /** Opens the temporary file once it is created; tests make the opening fail. */
    interface Opener {
        FileChannel open(Path temp) throws IOException;
    }

    /** With the way the temporary file is opened given; a temporary file that cannot be opened is deleted. */
    AtomicFile(Path target, Opener opener) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        try {
            Files.createDirectories(dir);
            this.temp = TempFiles.create(dir, "." + this.target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw ReportPaths.failure(target, e);
        }
        try {
            this.channel = opener.open(temp);
        } catch (IOException e) {
            deleteAfter(e);
            throw ReportPaths.failure(target, e);
        } catch (RuntimeException e) {
            deleteAfter(e);
            throw e;
        }
        this.out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Deletes the temporary file that could not be opened. */
    private void deleteAfter(Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException notDeleted) {
            failure.addSuppressed(notDeleted); // removed at exit (TempFiles), like any temporary file of a report
        }
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
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, position + buffer.position());
        }
    }

    /**
     * Writes out what is still buffered, syncs the temporary file to the disk and closes it: after this, only
     * the rename of {@link #commit()} is left, so a disk that fills up (or a write error that the file system
     * reports only on sync) fails here, before any report of the run is in place. The target is untouched.
     */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        try {
            out.flush();
            channel.force(true);
            out.close();
        } catch (IOException e) {
            throw ReportPaths.failure(target, e);
        }
        finished = true;
    }

    /** Moves the finished file into place, finishing it first if that is still to be done. */
    public void commit() throws IOException {
        if (done) {
            return;
        }
        finish();
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
            channel.close();
        } catch (IOException ignored) {
            // already closed with the stream, or being thrown away
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
