package org.kbaudit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.FindingOrder;
import org.kbaudit.domain.Rejection;
import org.kbaudit.report.ReportWriter;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;

/**
 * What the console shows at the end of an audit: the counts, the servers to patch first, and the first
 * rejections. Keeps only a bounded number of each, whatever the fleet's size.
 */
final class ConsoleDigest implements ReportWriter {

    static final int WORST_SHOWN = 10;
    static final int REJECTIONS_SHOWN = 20;

    private final PriorityQueue<Finding> worst = new PriorityQueue<>(FindingOrder.WORST_FIRST.reversed());
    private final List<Rejection> rejections = new ArrayList<>();
    private long confirmed;
    /** In scope (or scope undecided) but with nothing to replay: no adapter data, so no model to simulate. */
    private long notSimulated;
    private RunInfo run;

    @Override
    public void begin(RunInfo run) {
        this.run = run;
    }

    @Override
    public void finding(Finding finding) {
        if (finding.simulation() != null && finding.simulation().confirmed()) {
            confirmed++;
        } else if (finding.simulation() == null && finding.status() != Status.NOT_APPLICABLE) {
            notSimulated++;
        }
        if (finding.priority() == null) {
            return;
        }
        worst.add(finding);
        if (worst.size() > WORST_SHOWN) {
            worst.poll();
        }
    }

    @Override
    public void rejection(Rejection rejection) {
        if (rejections.size() < REJECTIONS_SHOWN) {
            rejections.add(rejection);
        }
    }

    @Override
    public void finish(Summary summary) {
        // printed by print(), once the reports are in place
    }

    @Override
    public void commit() {
        // nothing to move into place
    }

    @Override
    public void abort() {
        // nothing to undo
    }

    private static String atRisk(Finding f) {
        if (f.exposures().isEmpty()) {
            return "";
        }
        String what = f.exposures().contains(org.kbaudit.domain.Exposure.SILENT_VLAN_LOSS)
                ? "silent VLAN loss + hot-swap cascade" : "hot-swap cascade";
        return what + ": " + f.atRiskAdapters().size() + " adapter(s)"
                + (f.atRiskVlans().isEmpty() ? "" : ", " + f.atRiskVlans().size() + " VLAN(s)") + " at risk";
    }

    private static String where(Finding f) {
        String site = f.server().site();
        String window = f.server().maintenanceWindow();
        if (site == null && window == null) {
            return "";
        }
        return "  [" + (site == null ? "?" : site) + (window == null ? "" : ", " + window) + "]";
    }

    /**
     * @param reports the reports written
     * @param notRead this run's reports that an input folder already held: not read as inputs
     */
    void print(Summary summary, List<String> reports, List<String> notRead, List<String> notInventories,
               PrintWriter out) {
        out.printf("KB907019 audit: %d read, %d audited, %d rejected (rules: %s, sha256 %s; prefer %s, scope %s)%n",
                summary.read(), summary.audited(), summary.rejected(), run.rulesSource(),
                run.rulesHash().substring(0, 12), run.policy().prefer().label(), run.policy().scope().label());
        for (Map.Entry<Status, Long> count : summary.byStatus().entrySet()) {
            out.printf("  %-15s %6d%n", count.getKey(), count.getValue());
        }
        out.printf("  simulation: %d confirmed, %s%d disagreement(s)%s%n", confirmed,
                notSimulated == 0 ? "" : notSimulated + " not simulated (the data they miss, see the findings), ",
                summary.disagreements(),
                summary.disagreements() > 0 ? " - a defect of kbaudit, see the findings" : "");
        List<Finding> first = new ArrayList<>(worst);
        first.sort(FindingOrder.WORST_FIRST);
        if (!first.isEmpty()) {
            out.println("Patch first (P = priority tier, worst first; site and maintenance window from the inventory):");
            for (Finding f : first) {
                out.printf("  P%d %-20s %-10s %-24s %s%s%n", f.priority(), f.host(), f.status(),
                        f.remediation().recommended() == null ? "collect " + String.join(", ", f.missing())
                                : f.remediation().recommended(),
                        atRisk(f), where(f));
            }
        }
        if (!rejections.isEmpty()) {
            out.println("Rejected:");
            for (Rejection r : rejections) {
                out.println("  " + r);
            }
            if (summary.rejected() > rejections.size()) {
                out.printf("  ... and %d more (all listed in the reports)%n", summary.rejected() - rejections.size());
            }
        }
        for (String report : notRead) {
            out.println("Not read: " + report + " (a report of this run, in an input folder)");
        }
        if (!notInventories.isEmpty()) {
            int shown = Math.min(notInventories.size(), 5);
            out.println("Passed over in the input folders, not inventories kbaudit reads: "
                    + String.join(", ", notInventories.subList(0, shown))
                    + (notInventories.size() > shown ? " and " + (notInventories.size() - shown) + " more" : ""));
        }
        for (String report : reports) {
            out.println("Report: " + report);
        }
        out.flush();
    }
}
