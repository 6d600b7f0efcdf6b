package org.kbaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    /** Whether the target existed when the report was committed, and a link to what it held; null when none. */
    private boolean replaced;
    private Path previous;

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
        commit(false);
    }

    /**
     * As {@link #commit()}, keeping what the target held until {@link #settle()}, so that {@link #uncommit()}
     * can put it back: for a report that is one of several of a run.
     */
    public void commitUndoably() throws IOException {
        commit(true);
    }

    private void commit(boolean undoably) throws IOException {
        if (done) {
            return;
        }
        finish();
        replaced = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        previous = replaced && undoably ? linkToPrevious() : null;
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            settle();
            throw ReportPaths.failure(target, e);
        }
        done = true;
        makeReadable(target);
    }

    /**
     * A second name for what the target holds before the report replaces it (a hard link beside it), so that
     * {@link #uncommit()} can put it back; {@code null} where the file system has no links (then an earlier
     * report cannot be put back, only a new one removed).
     */
    private Path linkToPrevious() {
        Path link = temp.resolveSibling(temp.getFileName() + ".previous");
        try {
            Files.createLink(link, target);
            link.toFile().deleteOnExit();
            return link;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /**
     * Undoes {@link #commit()}: the earlier file is back at the target, or the report is removed when there was
     * none; for a run whose next report could not be committed. Best effort: what cannot be put back stays.
     */
    public void uncommit() {
        if (!done || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (previous != null) {
                Files.move(previous, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                previous = null;
            } else if (!replaced) {
                Files.delete(target);
            }
        } catch (IOException e) {
            // left as it is: the run fails all the same, naming the report that could not be committed
        }
    }

    /** Forgets the earlier file once every report of the run is in place. */
    public void settle() {
        if (previous != null) {
            try {
                Files.deleteIfExists(previous);
            } catch (IOException ignored) {
                // removed at exit
            }
            previous = null;
        }
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
