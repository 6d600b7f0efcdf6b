package org.kbaudit.domain;

/**
 * Whether the fix is in effect, and the evidence that decided it (VERDICTS.md 3).
 *
 * @param present  {@code null} when it cannot be decided from the data
 * @param evidence one sentence a patch manager can check, e.g. {@code Netcfgx.dll 5.2.3790.1830 < 5.2.3790.2520}
 */
public record FixState(Boolean present, String evidence) {
}
