package org.kbaudit.domain;

import java.util.Comparator;

/** A VLAN on a named adapter; sorts by adapter name, then id. */
public record AdapterVlan(String adapter, int id) implements Comparable<AdapterVlan> {

    private static final Comparator<AdapterVlan> ORDER =
            Comparator.comparing(AdapterVlan::adapter).thenComparingInt(AdapterVlan::id);

    @Override
    public int compareTo(AdapterVlan o) {
        return ORDER.compare(this, o);
    }
}
