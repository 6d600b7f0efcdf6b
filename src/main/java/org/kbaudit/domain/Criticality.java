package org.kbaudit.domain;

import java.util.Locale;

/** The inventory's own criticality of a server, used to order servers of equal risk. */
public enum Criticality {
    LOW, MEDIUM, HIGH, CRITICAL;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** As reports and inventories write it: {@code low}, {@code medium}, {@code high}, {@code critical}. */
    public String label() {
        return label;
    }

    /** Case-insensitive; {@code null} or blank gives {@code null}. */
    public static Criticality parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        switch (text) { // the usual spellings, without building an upper-case copy
            case "low": return LOW;
            case "medium": return MEDIUM;
            case "high": return HIGH;
            case "critical": return CRITICAL;
            default: break;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "criticality '" + text + "' is not one of low, medium, high, critical");
        }
    }
}
