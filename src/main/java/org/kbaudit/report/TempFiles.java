package org.kbaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary files beside a report, removed when the JVM exits however the run ends: an interrupted run
 * (Ctrl-C, a SIGTERM) leaves none behind, as a failed one does not. (A SIGKILL leaves them; their names start
 * with a dot and end in {@code .tmp}.)
 */
final class TempFiles {

    private TempFiles() {
    }

    static Path create(Path dir, String prefix, String suffix) throws IOException {
        Path file = Files.createTempFile(dir, prefix, suffix);
        file.toFile().deleteOnExit();
        return file;
    }
}
