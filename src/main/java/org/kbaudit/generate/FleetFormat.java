package org.kbaudit.generate;

import java.util.Arrays;
import java.util.Locale;

/** The formats {@code kbaudit generate} writes. */
public enum FleetFormat {
    JSON, JSONL, CSV, XLSX;

    public static FleetFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of json, jsonl, csv, xlsx"));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
