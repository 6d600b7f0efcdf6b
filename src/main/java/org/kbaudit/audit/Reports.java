package org.kbaudit.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kbaudit.domain.KbauditException;
import org.kbaudit.report.ReportWriter;
import org.kbaudit.ingest.Inventories;
import org.kbaudit.report.CsvFindingsWriter;
import org.kbaudit.report.JsonReportWriter;
import org.kbaudit.report.ReportPaths;
import org.kbaudit.report.XlsxReportWriter;

/**
 * The reports a run writes, checked before anything is read: a report never overwrites an input, and a
 * report found in an input folder is not read as an input.
 *
 * @param json the JSON report, or {@code null}
 * @param xlsx the Excel workbook, or {@code null}
 * @param csv  the findings as CSV, or {@code null}
 */
public record Reports(Path json, Path xlsx, Path csv) {

    public static final Reports NONE = new Reports(null, null, null);

    /**
     * Checks the reports before anything is read. A report named as an input file is refused, and so is one
     * that would replace an inventory in an input folder; one of kbaudit's own reports there (an earlier run
     * of the same command wrote it) is not an input (see {@link #files()}, {@link #foundIn}).
     *
     * @throws KbauditException naming the report that would overwrite an input, or that cannot be written
     *                          where it was asked for (a folder, a file in the way, no permission)
     */
    public void checkAgainst(List<Path> inputs, Inventories inventories) {
        Set<Path> inputFiles = new HashSet<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                inputFiles.add(canonical(input));
            }
        }
        Set<Path> named = new HashSet<>();
        for (Path target : targets()) {
            if (!named.add(canonical(target))) {
                throw new KbauditException(target + ": two reports are named for the same file; give each its own");
            }
        }
        for (Path target : targets()) {
            Path report = canonical(target);
            if (inputFiles.contains(report)
                    || (inFolders(report, inputs) && !inventories.isOwnReport(report))) {
                throw new KbauditException(target + ": refusing to write a report over an input");
            }
            ReportPaths.checkWritable(target);
        }
    }

    /** The reports as real paths: files of these names found in an input folder are this run's output, not input. */
    public Set<Path> files() {
        Set<Path> files = new HashSet<>();
        for (Path target : targets()) {
            files.add(canonical(target));
        }
        return files;
    }

    /**
     * The reports that are already in a folder among the inputs (written there by an earlier run): they are
     * not read as inputs, and the console says so.
     */
    public List<Path> foundIn(List<Path> inputs) {
        List<Path> found = new ArrayList<>();
        for (Path target : targets()) {
            if (inFolders(canonical(target), inputs)) {
                found.add(target);
            }
        }
        return found;
    }

    /** Whether the file exists and reading one of the input folders would read it. */
    private static boolean inFolders(Path file, List<Path> inputs) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input) && Inventories.listedIn(canonical(input), file)) {
                return true;
            }
        }
        return false;
    }

    public List<Path> targets() {
        List<Path> targets = new ArrayList<>();
        for (Path p : new Path[] {json, xlsx, csv}) {
            if (p != null) {
                targets.add(p);
            }
        }
        return targets;
    }

    public List<ReportWriter> writers() {
        List<ReportWriter> writers = new ArrayList<>();
        if (json != null) {
            writers.add(new NamedReport(json, new JsonReportWriter(json)));
        }
        if (xlsx != null) {
            writers.add(new NamedReport(xlsx, new XlsxReportWriter(xlsx)));
        }
        if (csv != null) {
            writers.add(new NamedReport(csv, new CsvFindingsWriter(csv)));
        }
        return writers;
    }

    /**
     * The path with every symbolic link resolved: a file that does not exist yet is named under the real path of
     * its nearest folder that does, so that two names of one future file compare equal.
     */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
