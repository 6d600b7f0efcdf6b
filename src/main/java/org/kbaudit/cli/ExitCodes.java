package org.kbaudit.cli;

import java.util.Set;

import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;

/** The exit codes of REPORTS.md, computed by one pure function. */
public final class ExitCodes {

    /** The audit ran (for {@code simulate} and {@code diff}: the command ran). */
    public static final int AUDITED = 0;
    /** A {@code --fail-on} status was found. */
    public static final int FAIL_ON_FOUND = 1;
    /**
     * Nothing could be audited: bad arguments, unreadable input, rules that do not compile (for {@code simulate}:
     * nothing could be simulated, such as an unknown host or adapter; for {@code diff}: a report that cannot
     * be read or written).
     */
    public static final int NOTHING_AUDITED = 2;

    private ExitCodes() {
    }

    public static int compute(Summary summary, Set<FailOn> failOn) {
        if (summary.audited() == 0) {
            return NOTHING_AUDITED;
        }
        for (FailOn condition : failOn) {
            if (condition.count(summary) > 0) {
                return FAIL_ON_FOUND;
            }
        }
        return AUDITED;
    }

    /** What {@code --fail-on} can name: a status, {@code REJECTED}, or {@code DISAGREEMENT}. */
    public enum FailOn {
        EXPOSED, VULNERABLE, UNKNOWN, PROTECTED, NOT_APPLICABLE, REJECTED, DISAGREEMENT;

        long count(Summary summary) {
            return switch (this) {
                case REJECTED -> summary.rejected();
                case DISAGREEMENT -> summary.disagreements();
                default -> summary.byStatus().get(Status.valueOf(name()));
            };
        }
    }
}
