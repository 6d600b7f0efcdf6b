package org.kbaudit.rules.facts;

/** The evidence does not decide whether the fix is present. */
public record FixUndecided(String why) {
}
