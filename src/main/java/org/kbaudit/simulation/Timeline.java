package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The simulated course of one event, in time order. The times rest on {@link Assumptions}, which travel
 * with the timeline so that no time is ever shown without its label.
 */
public record Timeline(List<TimelineEntry> entries, Assumptions assumptions) {

    public Timeline {
        List<TimelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> Long.compare(a.atMillis(), b.atMillis())); // stable: causal order kept
        entries = List.copyOf(sorted);
        Objects.requireNonNull(assumptions, "assumptions");
    }

    /**
     * A span in which an adapter carried no traffic.
     *
     * @param toMillis when it carried traffic again, or -1 when it never does (removed)
     * @param halts    how many halts or removals overlap in this span
     */
    public record Outage(String adapter, long fromMillis, long toMillis, int halts, boolean collateral) {

        public boolean permanent() {
            return toMillis < 0;
        }

        /** The length of the outage, or -1 when it is permanent. */
        public long durationMillis() {
            return permanent() ? -1 : toMillis - fromMillis;
        }
    }

    /** The outages, in the order they start; overlapping halts of one adapter form one outage. */
    public List<Outage> outages() {
        Map<String, long[]> open = new HashMap<>(); // adapter -> {depth, from, halts, collateral}
        List<Outage> result = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (e.vlanId() != null) {
                continue;
            }
            long[] state = open.get(e.adapter());
            if (e.what().takesDown()) {
                if (state == null) {
                    state = new long[] {0, e.atMillis(), 0, e.collateral() ? 1 : 0};
                    open.put(e.adapter(), state);
                    order.add(e.adapter());
                }
                state[0]++;
                state[2]++;
            } else if (e.what().bringsUp() && state != null && --state[0] == 0) {
                open.remove(e.adapter());
                order.remove(e.adapter());
                result.add(new Outage(e.adapter(), state[1], e.atMillis(), (int) state[2], state[3] == 1));
            }
        }
        for (String adapter : order) {
            long[] state = open.get(adapter);
            result.add(new Outage(adapter, state[1], -1, (int) state[2], state[3] == 1));
        }
        result.sort((a, b) -> Long.compare(a.fromMillis(), b.fromMillis()));
        return List.copyOf(result);
    }

    /** The timeline as text, one line per entry, headed by the assumptions it rests on. */
    public String text() {
        StringBuilder sb = new StringBuilder("Timeline (").append(assumptions.label()).append("):\n");
        if (entries.isEmpty()) {
            sb.append("  nothing happens\n");
        }
        for (TimelineEntry e : entries) {
            sb.append(String.format("  %8d ms  %s%n", e.atMillis(), e.describe()));
        }
        return sb.toString();
    }
}
