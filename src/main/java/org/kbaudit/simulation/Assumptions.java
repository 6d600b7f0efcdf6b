package org.kbaudit.simulation;

/**
 * The durations the simulated timeline uses. KB907019 gives no durations at all: every value here is an
 * assumption, and everything that shows a time says so ({@link #label()}).
 *
 * @param haltMillis   how long an adapter stays halted once its driver's HaltHandler runs, before it
 *                     starts to re-initialise
 * @param reinitMillis how long re-initialisation takes, until the adapter carries traffic again
 * @param swapMillis   in a hot swap, the time between removing the adapter and inserting its replacement
 */
public record Assumptions(long haltMillis, long reinitMillis, long swapMillis) {

    /** Round numbers chosen for illustration, not measured. */
    public static final Assumptions DEFAULT = new Assumptions(500, 3_000, 30_000);

    public Assumptions {
        requireNonNegative(haltMillis, "haltMillis");
        requireNonNegative(reinitMillis, "reinitMillis");
        requireNonNegative(swapMillis, "swapMillis");
    }

    /** How long one halt keeps an adapter without traffic: halted, then re-initialising. */
    public long outageMillis() {
        return haltMillis + reinitMillis;
    }

    /** One line that labels the durations as assumptions, for every place that shows a time. */
    public String label() {
        return "durations are assumptions, KB907019 gives none: halt " + haltMillis + " ms, re-initialisation "
                + reinitMillis + " ms, hot swap " + swapMillis + " ms between removal and insertion";
    }

    private static void requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, was " + value);
        }
    }
}
