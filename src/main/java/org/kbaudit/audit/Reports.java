package org.kbaudit.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.ReportWriter;
import org.kbaudit.ingest.Inventories;
import org.kbaudit.report.CsvFindingsWriter;
import org.kbaudit.report.JsonReportWriter;
import org.kbaudit.report.ReportPaths;
import org.kbaudit.report.XlsxReportWriter;

/**
 * The reports a run writes, checked before anything is read: a report never overwrites an input.
 *
 * @param json the JSON report, or {@code null}
 * @param xlsx the Excel workbook, or {@code null}
 * @param csv  the findings as CSV, or {@code null}
 */
public record Reports(Path json, Path xlsx, Path csv) {

    public static final Reports NONE = new Reports(null, null, null);

    /**
     * @throws KbauditException naming the report that would overwrite an input, or that cannot be written
     *                          where it was asked for (a folder, a file in the way, no permission)
     */
    public void checkAgainst(List<Path> inputs, Inventories inventories) {
        List<Path> inputFiles = new ArrayList<>();
        for (Path file : inventories.filesOf(inputs)) {
            inputFiles.add(canonical(file));
        }
        for (Path target : targets()) {
            Path report = canonical(target);
            if (inputFiles.contains(report)) {
                throw new KbauditException(target + ": refusing to write a report over an input");
            }
            ReportPaths.checkWritable(target);
        }
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
            writers.add(new JsonReportWriter(json));
        }
        if (xlsx != null) {
            writers.add(new XlsxReportWriter(xlsx));
        }
        if (csv != null) {
            writers.add(new CsvFindingsWriter(csv));
        }
        return writers;
    }

    private static Path canonical(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
