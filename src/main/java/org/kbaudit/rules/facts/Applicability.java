package org.kbaudit.rules.facts;

/** Whether the article applies to the server, and why. Absent means the scope cannot be decided. */
public record Applicability(boolean applies, String basis) {
}
