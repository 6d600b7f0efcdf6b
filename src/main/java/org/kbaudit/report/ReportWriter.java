package org.kbaudit.report;

import java.io.IOException;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Summary;

/**
 * Receives an audit as it happens: findings in input order, rejections as they are found, and the
 * summary at the end. Implementations write one report each (JSON, workbook, CSV); they must write
 * atomically, so that {@link #abort()} or a failure leaves no half report behind.
 */
public interface ReportWriter extends AutoCloseable {

    void begin(RunInfo run) throws IOException;

    void finding(Finding finding) throws IOException;

    /**
     * The part of writing a finding that needs neither the input order nor the writer's state, such as
     * encoding it, done ahead on whichever thread decided the finding (so on every core). What it returns
     * comes back with the finding, in input order, to {@link #finding(Finding, Object)}. By default nothing.
     */
    default Object prepare(Finding finding) {
        return null;
    }

    /** A finding, with what {@link #prepare} made of it. */
    default void finding(Finding finding, Object prepared) throws IOException {
        finding(finding);
    }

    void rejection(Rejection rejection) throws IOException;

    /**
     * Completes the report in its temporary file and makes it durable (flushed and synced to the disk), so
     * that nothing is left to fail but the rename; the target is not touched yet. A run finishes every
     * writer before it commits any, so that a report that cannot be finished (the disk fills up) leaves no
     * report of the run behind, not even one that finished first.
     */
    void finish(Summary summary) throws IOException;

    /**
     * Moves the finished report into place (a rename), keeping what the target held until {@link #settle()};
     * called only once every writer of the run has finished.
     */
    void commit() throws IOException;

    /**
     * Puts back what the target held before {@link #commit()} (or removes the report when there was nothing):
     * for a run whose next report could not be committed. Best effort, as far as the file system allows;
     * by default nothing, for a writer that writes no file.
     */
    default void uncommit() {
    }

    /** Forgets what {@link #uncommit()} would have put back, once every report of the run is in place. */
    default void settle() {
    }

    /** Finishes the report and moves it into place at once: for a writer used on its own. */
    default void end(Summary summary) throws IOException {
        finish(summary);
        commit();
        settle();
    }

    /** Discards whatever was written; the target is left as it was. */
    void abort();

    @Override
    default void close() {
        abort();
    }
}
