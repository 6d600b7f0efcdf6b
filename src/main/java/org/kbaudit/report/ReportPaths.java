package org.kbaudit.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a report can be written at a path, checked before any work is done, and the plain words for
 * why it could not be when the file system says so later.
 */
public final class ReportPaths {

    private ReportPaths() {
    }

    /**
     * Checks that the report can be written: the path is not a folder, and its folder is a folder (or can be
     * created: the nearest one that exists is a folder) in which kbaudit may write.
     *
     * @throws ReportWriteException naming the path and what is wrong with it
     */
    public static void checkWritable(Path report) {
        if (Files.isDirectory(report)) {
            throw new ReportWriteException(report + ": is a folder; name a report file");
        }
        // the nearest folder that exists, walked up from the absolute path (a relative one runs out of parents
        // before it reaches the working directory)
        Path folder = report.toAbsolutePath().normalize().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new ReportWriteException(report + ": cannot write the report: no folder of its path exists");
        }
        Path shown = shown(report, folder);
        if (!Files.isDirectory(folder)) {
            throw new ReportWriteException(report + ": cannot write the report: " + shown + " is a file, not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new ReportWriteException(report + ": cannot write the report: no permission to write in " + shown);
        }
    }

    /** The folder as the user would name it: relative to the working directory when the report path is. */
    private static Path shown(Path report, Path folder) {
        if (report.isAbsolute()) {
            return folder;
        }
        Path here = Path.of("").toAbsolutePath();
        if (folder.equals(here)) {
            return Path.of(".");
        }
        return folder.startsWith(here) ? here.relativize(folder) : folder;
    }

    /** The failure to write the report at {@code report}, as one line naming it. */
    public static ReportWriteException failure(Path report, IOException e) {
        return new ReportWriteException(report + ": cannot write the report: " + reason(e), e);
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is in the way (a file where a folder is needed)";
        }
        if (e instanceof AccessDeniedException denied) {
            return "no permission to write " + denied.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
