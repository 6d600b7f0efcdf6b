package org.kbaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kbaudit.domain.Status;

/**
 * The comparison of two audit reports: first the settings they were made with ({@code policy} and
 * {@code rules}) where those differ, then host by host (hosts compared case-insensitively). Each host gets
 * exactly one {@link Change}, in this precedence:
 * <ol>
 * <li>{@code APPEARED} / {@code DISAPPEARED}: in only one of the reports;</li>
 * <li>{@code UNCHANGED}: the same status, the same recommended action and the same priority (details such
 *     as the fix evidence may still differ; the reason says so);</li>
 * <li>{@code FIXED}: was EXPOSED, VULNERABLE or UNKNOWN, now PROTECTED;</li>
 * <li>{@code REGRESSED}: was PROTECTED, now EXPOSED or VULNERABLE — the fix was proven and is now absent
 *     (an uninstalled hotfix, an older Netcfgx.dll, a restart now pending). This takes precedence over
 *     "newly exposed" for PROTECTED → EXPOSED, because the cause to look for is the lost fix;</li>
 * <li>{@code NEWLY_EXPOSED}: now EXPOSED, was VULNERABLE, UNKNOWN or NOT_APPLICABLE (an adapter or VLAN
 *     added to a driver group, data that now decides);</li>
 * <li>{@code CHANGED}: any other change of status — PROTECTED → UNKNOWN (the fix can no longer be
 *     shown, which is not proof it is gone), EXPOSED → VULNERABLE, anything to or from NOT_APPLICABLE — and,
 *     with the status the same, a different recommended action ({@code remediation.recommended}) or
 *     priority: the patch plan changes for that server.</li>
 * </ol>
 */
public final class ReportDiff {

    /** The kinds of change, in the order a reader should look at them. */
    public enum Change {
        REGRESSED("regressed"), NEWLY_EXPOSED("newly exposed"), CHANGED("changed"), FIXED("fixed"),
        APPEARED("appeared"), DISAPPEARED("disappeared"), UNCHANGED("unchanged");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One host.
     *
     * @param before {@code null} when it appeared
     * @param after  {@code null} when it disappeared
     * @param why    the status change and what explains it, e.g. the fix evidence before and after
     */
    public record Entry(String host, Change change, ReportedServer before, ReportedServer after, String why) {
    }

    private final List<ReportSettings.Difference> settings;
    private final List<Entry> entries;
    private final Map<Change, Long> counts;

    private ReportDiff(List<ReportSettings.Difference> settings, List<Entry> entries) {
        this.settings = List.copyOf(settings);
        this.entries = List.copyOf(entries);
        Map<Change, Long> c = new EnumMap<>(Change.class);
        for (Change ch : Change.values()) {
            c.put(ch, 0L);
        }
        entries.forEach(e -> c.merge(e.change(), 1L, Long::sum));
        this.counts = c;
    }

    /** Compares two reports as {@link JsonReportReader} reads them: their settings, then their servers. */
    public static ReportDiff compare(ReportedAudit before, ReportedAudit after) {
        return compare(before.settings().differences(after.settings()), before.servers(), after.servers());
    }

    /** Compares servers keyed by lower-case host, of reports whose settings agree or are not known. */
    public static ReportDiff compare(Map<String, ReportedServer> before, Map<String, ReportedServer> after) {
        return compare(List.of(), before, after);
    }

    private static ReportDiff compare(List<ReportSettings.Difference> settings, Map<String, ReportedServer> before,
                                      Map<String, ReportedServer> after) {
        Map<String, ReportedServer[]> pairs = new LinkedHashMap<>();
        before.forEach((k, v) -> pairs.computeIfAbsent(k, x -> new ReportedServer[2])[0] = v);
        after.forEach((k, v) -> pairs.computeIfAbsent(k, x -> new ReportedServer[2])[1] = v);
        List<Entry> entries = new ArrayList<>(pairs.size());
        for (ReportedServer[] p : pairs.values()) {
            Change c = changeOf(p[0], p[1]);
            String host = p[1] != null ? p[1].host() : p[0].host();
            entries.add(new Entry(host, c, p[0], p[1], why(p[0], p[1])));
        }
        entries.sort(Comparator.comparing(Entry::change).thenComparing(Entry::host, String.CASE_INSENSITIVE_ORDER));
        return new ReportDiff(settings, entries);
    }

    /**
     * The change of one host: by its status, and {@code CHANGED} when the status is the same but the
     * recommended action or the priority is not; {@code null} means "not in that report".
     */
    public static Change changeOf(ReportedServer before, ReportedServer after) {
        Change byStatus = classify(before == null ? null : before.status(), after == null ? null : after.status());
        if (byStatus == Change.UNCHANGED && (!Objects.equals(before.recommended(), after.recommended())
                || !Objects.equals(before.priority(), after.priority()))) {
            return Change.CHANGED;
        }
        return byStatus;
    }

    /** The change from one status to another; {@code null} means "not in that report". */
    public static Change classify(Status before, Status after) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a host must be in at least one report");
        }
        if (before == null) {
            return Change.APPEARED;
        }
        if (after == null) {
            return Change.DISAPPEARED;
        }
        if (before == after) {
            return Change.UNCHANGED;
        }
        if (after == Status.PROTECTED && Set.of(Status.EXPOSED, Status.VULNERABLE, Status.UNKNOWN).contains(before)) {
            return Change.FIXED;
        }
        if (before == Status.PROTECTED && (after == Status.EXPOSED || after == Status.VULNERABLE)) {
            return Change.REGRESSED;
        }
        if (after == Status.EXPOSED) {
            return Change.NEWLY_EXPOSED;
        }
        return Change.CHANGED;
    }

    /** The settings ({@code policy}, {@code rules}) that differ between the two reports; empty when they agree. */
    public List<ReportSettings.Difference> settings() {
        return settings;
    }

    /** Worst changes first, then by host. */
    public List<Entry> entries() {
        return entries;
    }

    public long count(Change c) {
        return counts.get(c);
    }

    public Map<Change, Long> counts() {
        return counts;
    }

    private static String why(ReportedServer b, ReportedServer a) {
        if (b == null) {
            return "not in the old report; now " + a.status() + evidence(" (", a, ")");
        }
        if (a == null) {
            return "was " + b.status() + "; not in the new report";
        }
        List<String> parts = new ArrayList<>();
        if (b.status() != a.status()) {
            parts.add(b.status() + " -> " + a.status());
        }
        if (!Objects.equals(b.recommended(), a.recommended())) {
            parts.add("action: " + orNone(b.recommended()) + " -> " + orNone(a.recommended()));
        }
        if (!Objects.equals(b.priority(), a.priority())) {
            parts.add("priority: " + orNone(b.priority()) + " -> " + orNone(a.priority()));
        }
        if (!Objects.equals(b.fixEvidence(), a.fixEvidence()) || !Objects.equals(b.fixPresent(), a.fixPresent())) {
            parts.add("fix: " + fix(b) + " -> " + fix(a));
        }
        if (!b.exposures().equals(a.exposures())) {
            parts.add("exposures: " + list(b.exposures()) + " -> " + list(a.exposures()));
        }
        if (!b.missing().equals(a.missing())) {
            parts.add("missing: " + list(b.missing()) + " -> " + list(a.missing()));
        }
        return parts.isEmpty() ? "no difference" : String.join("; ", parts);
    }

    private static String fix(ReportedServer s) {
        String present = s.fixPresent() == null ? "unknown" : s.fixPresent() ? "present" : "absent";
        return s.fixEvidence() == null ? present : present + " (" + s.fixEvidence() + ")";
    }

    private static String evidence(String open, ReportedServer s, String close) {
        return s.fixEvidence() == null ? "" : open + s.fixEvidence() + close;
    }

    private static String list(List<String> l) {
        return l.isEmpty() ? "none" : String.join(", ", l);
    }

    private static String orNone(Object o) {
        return o == null ? "none" : o.toString();
    }
}
