package org.kbaudit.domain;

import java.util.Comparator;

/**
 * The patch-planning order of VERDICTS.md 6, worst first: by priority tier (silent VLAN loss, then
 * hot-swap cascade, then vulnerable, then unknown; servers that need nothing last), then by how many
 * adapters and VLANs are at risk, then by the inventory's criticality, then by host name so that the
 * order is total and reproducible.
 */
public final class FindingOrder {

    public static final Comparator<Finding> WORST_FIRST = Comparator
            .comparing(Finding::priority, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> f.atRiskAdapters().size() + f.atRiskVlans().size(), Comparator.reverseOrder())
            .thenComparing(f -> f.server().criticality(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Finding::host, String.CASE_INSENSITIVE_ORDER);

    private FindingOrder() {
    }
}
