package org.kbaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI's streaming writer keeps each sheet while a workbook is written: a folder of this run's own in
 * the temporary folder, private to its user and removed at exit, with the files in it. POI's default, a
 * shared {@code poifiles} folder, is owned by whoever ran first: another user's run could not write there.
 */
final class PoiTempFolder {

    private static boolean set;

    private PoiTempFolder() {
    }

    /** Sets the folder once for the run; leaves POI's default when no folder can be made (the write then says why). */
    static synchronized void use() {
        if (set) {
            return;
        }
        set = true;
        if (System.getProperty(DefaultTempFileCreationStrategy.DELETE_FILES_ON_EXIT) == null) {
            System.setProperty(DefaultTempFileCreationStrategy.DELETE_FILES_ON_EXIT, "true");
        }
        try {
            Path folder = Files.createTempDirectory("kbaudit-sheets-");
            folder.toFile().deleteOnExit(); // after the files in it, which are registered later
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // POI's own folder, as before
        }
    }
}
