package org.kbaudit.rules.facts;

/** The service pack level of the server, once a rule could read it. Absent means unknown. */
public record ServicePackLevel(int level, String basis) {

    /** {@code RTM} for level 0, otherwise {@code Service Pack N}. */
    public String label() {
        return level == 0 ? "RTM" : "Service Pack " + level;
    }
}
