package org.kbaudit.rules.facts;

/** The service pack level of the server, once a rule could read it. Absent means unknown. */
public record ServicePackLevel(int level, String basis) {
}
