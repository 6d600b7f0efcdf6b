package org.kbaudit.report;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Status;

/** The counts a workbook's Summary needs beyond the run's {@code Summary}, gathered finding by finding. */
final class SheetCounts {

    /** Rows of the platform table; index {@code Platform.values().length} is "not decided". */
    final long[][] byPlatformAndStatus = new long[Platform.values().length + 1][Status.values().length];
    long findings;
    long confirmed;
    long notSimulated;

    void add(Finding f) {
        findings++;
        int p = f.platform() == null ? Platform.values().length : f.platform().ordinal();
        byPlatformAndStatus[p][f.status().ordinal()]++;
        if (f.simulation() == null) {
            notSimulated++;
        } else if (f.simulation().confirmed()) {
            confirmed++;
        }
    }
}
