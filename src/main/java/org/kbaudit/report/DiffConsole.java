package org.kbaudit.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The comparison as text for the console: first one line per setting the two reports were made with that
 * differs ({@code --prefer}, {@code --scope}, rules), then the counts per change, then every host that
 * changed, grouped by change, worst first. Unchanged hosts are only counted.
 */
public final class DiffConsole {

    private static final int HOST_WIDTH_CAP = 32;

    private DiffConsole() {
    }

    public static void render(ReportDiff diff, String oldName, long oldCount, String newName, long newCount,
                              PrintWriter out) {
        for (ReportSettings.Difference d : diff.settings()) {
            out.println(d.text(oldName, newName));
        }
        out.printf("%s: %d servers; %s: %d servers%n", oldName, oldCount, newName, newCount);
        out.println(diff.counts().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        int width = Math.min(HOST_WIDTH_CAP,
                diff.entries().stream().mapToInt(e -> e.host().length()).max().orElse(0));
        for (ReportDiff.Change c : ReportDiff.Change.values()) {
            if (c == ReportDiff.Change.UNCHANGED || diff.count(c) == 0) {
                continue;
            }
            out.println();
            String label = c.label();
            out.printf("%s (%d)%n", Character.toUpperCase(label.charAt(0)) + label.substring(1), diff.count(c));
            List<ReportDiff.Entry> of = diff.entries().stream().filter(e -> e.change() == c).toList();
            for (ReportDiff.Entry e : of) {
                out.printf("  %-" + width + "s  %s%n", e.host(), e.why());
            }
        }
        out.flush();
    }
}
