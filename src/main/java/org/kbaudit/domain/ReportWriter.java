package org.kbaudit.domain;

import java.io.IOException;

/**
 * Receives an audit as it happens: findings in input order, rejections as they are found, and the
 * summary at the end. Implementations write one report each (JSON, workbook, CSV); they must write
 * atomically, so that {@link #abort()} or a failure leaves no half report behind.
 */
public interface ReportWriter extends AutoCloseable {

    void begin(RunInfo run) throws IOException;

    void finding(Finding finding) throws IOException;

    void rejection(Rejection rejection) throws IOException;

    /** Completes the report and moves it into place. */
    void end(Summary summary) throws IOException;

    /** Discards whatever was written; the target is left as it was. */
    void abort();

    @Override
    default void close() {
        abort();
    }
}
