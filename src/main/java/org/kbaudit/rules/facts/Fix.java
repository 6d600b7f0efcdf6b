package org.kbaudit.rules.facts;

/**
 * The fix state once the evidence decides it (VERDICTS.md 3).
 *
 * @param present         whether the fix is in effect
 * @param evidence        the sentence that decided it
 * @param awaitingRestart installed but not in effect until the pending restart
 */
public record Fix(boolean present, String evidence, boolean awaitingRestart) {

    public static Fix present(String evidence) {
        return new Fix(true, evidence, false);
    }

    public static Fix absent(String evidence) {
        return new Fix(false, evidence, false);
    }

    public static Fix awaitingRestart(String evidence) {
        return new Fix(false, evidence, true);
    }
}
