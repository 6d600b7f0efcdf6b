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

    /**
     * The outages, in the order they start (ties in the order of the events that caused them);
     * overlapping halts of one adapter form one outage.
     */
    public List<Outage> outages() {
        List<Span> spans = new ArrayList<>();
        Map<String, Span> open = new HashMap<>();
        for (TimelineEntry e : entries) {
            if (e.vlanId() != null) {
                continue;
            }
            Span span = open.get(e.adapter());
            if (e.what().takesDown()) {
                if (span == null) {
                    span = new Span(e.adapter(), e.atMillis(), e.collateral());
                    open.put(e.adapter(), span);
                    spans.add(span);
                }
                span.depth++;
                span.halts++;
            } else if (e.what().bringsUp() && span != null && --span.depth == 0) {
                span.to = e.atMillis();
                open.remove(e.adapter());
            }
        }
        List<Outage> result = new ArrayList<>(spans.size());
        for (Span s : spans) {
            result.add(new Outage(s.adapter, s.from, s.to, s.halts, s.collateral));
        }
        return List.copyOf(result);
    }

    /** An outage being worked out. */
    private static final class Span {
        final String adapter;
        final long from;
        final boolean collateral;
        long to = -1;
        int depth;
        int halts;

        Span(String adapter, long from, boolean collateral) {
            this.adapter = adapter;
            this.from = from;
            this.collateral = collateral;
        }
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
