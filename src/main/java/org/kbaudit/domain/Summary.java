package org.kbaudit.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts a run ends with: every record read is either audited or rejected.
 *
 * @param disagreements servers where the simulation did not confirm the rules (a project defect)
 */
public record Summary(long read, long audited, long rejected, Map<Status, Long> byStatus, long disagreements) {

    public Summary {
        EnumMap<Status, Long> all = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            all.put(s, byStatus.getOrDefault(s, 0L));
        }
        byStatus = java.util.Collections.unmodifiableMap(all);
    }
}
