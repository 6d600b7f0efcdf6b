package org.kbaudit.report;

/** A report written to one file: what the run takes back or settles is that file's. */
interface FileReport extends ReportWriter {

    /** The report's file; {@code null} before the report begins. */
    AtomicFile file();

    @Override
    default void uncommit() {
        if (file() != null) {
            file().uncommit();
        }
    }

    @Override
    default void settle() {
        if (file() != null) {
            file().settle();
        }
    }
}
