package org.kbaudit.report;

import java.util.EnumMap;
import java.util.Map;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Status;

/** Counts a workbook's Summary needs, gathered finding by finding. */
final class Tally {

    /** Rows of the platform table; index {@code Platform.values().length} is "not decided". */
    final long[][] byPlatformAndStatus = new long[Platform.values().length + 1][Status.values().length];
    long findings;
    long confirmed;
    long disagreements;
    long notSimulated;

    void add(Finding f) {
        findings++;
        int p = f.platform() == null ? Platform.values().length : f.platform().ordinal();
        byPlatformAndStatus[p][f.status().ordinal()]++;
        if (f.simulation() == null) {
            notSimulated++;
        } else if (f.simulation().confirmed()) {
            confirmed++;
        } else {
            disagreements++;
        }
    }

    Map<Status, Long> byStatus() {
        Map<Status, Long> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            long n = 0;
            for (long[] row : byPlatformAndStatus) {
                n += row[s.ordinal()];
            }
            m.put(s, n);
        }
        return m;
    }
}
