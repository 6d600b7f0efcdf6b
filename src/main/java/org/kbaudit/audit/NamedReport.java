package org.kbaudit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Rejection;
import org.kbaudit.report.ReportWriter;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Summary;
import org.kbaudit.report.ReportPaths;
import org.kbaudit.report.ReportWriteException;

/**
 * A report writer whose input/output failures name its report: a disk that fills up half way through the
 * workbook is "fleet.xlsx: cannot write the report: No space left on device", one line, not a failure of
 * kbaudit itself. The writer still leaves no half report (it writes atomically; the run aborts it).
 */
final class NamedReport implements ReportWriter {

    private final Path target;
    private final ReportWriter writer;

    NamedReport(Path target, ReportWriter writer) {
        this.target = target;
        this.writer = writer;
    }

    @Override
    public void begin(RunInfo run) {
        attempt(() -> writer.begin(run));
    }

    @Override
    public void finding(Finding finding) {
        attempt(() -> writer.finding(finding));
    }

    @Override
    public Object prepare(Finding finding) {
        return writer.prepare(finding);
    }

    @Override
    public void finding(Finding finding, Object prepared) {
        attempt(() -> writer.finding(finding, prepared));
    }

    @Override
    public void rejection(Rejection rejection) {
        attempt(() -> writer.rejection(rejection));
    }

    @Override
    public void finish(Summary summary) {
        attempt(() -> writer.finish(summary));
    }

    @Override
    public void commit() {
        attempt(writer::commit);
    }

    @Override
    public void uncommit() {
        writer.uncommit();
    }

    @Override
    public void settle() {
        writer.settle();
    }

    @Override
    public void abort() {
        writer.abort();
    }

    private interface Write {
        void run() throws IOException;
    }

    private void attempt(Write write) {
        try {
            write.run();
        } catch (ReportWriteException e) {
            throw e;
        } catch (IOException e) {
            throw ReportPaths.failure(target, e);
        } catch (UncheckedIOException e) {
            throw ReportPaths.failure(target, e.getCause());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) { // POI's streaming sheets wrap theirs (a full temporary folder)
                throw ReportPaths.failure(target, io);
            }
            throw e;
        }
    }
}
