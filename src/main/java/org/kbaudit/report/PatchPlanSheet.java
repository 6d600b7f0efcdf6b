package org.kbaudit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Remediation;
import org.kbaudit.domain.Status;

/**
 * The Patch plan sheet: servers grouped into waves by (action, site, maintenance window), waves in the
 * order of their worst server, servers worst first inside a wave. Each wave is a band row (action,
 * site, window, servers, restarts), its steps, the files to verify afterwards, and its servers; every
 * row carries the wave number, action, site and window so that the autofilter shows a whole wave.
 * UNKNOWN servers form "collect the missing data" waves per site; servers that need nothing are left out.
 */
final class PatchPlanSheet {

    static final List<String> HEADERS = List.of("Wave", "Action", "Site", "Maintenance window", "Servers",
            "Restarts per server", "Restarts in total", "Step / host", "Status", "Priority", "Platform",
            "Service pack", "Criticality", "Owner", "Files to verify / data to collect");

    /**
     * Columns narrow enough for the plan to print one page wide at about two thirds of its size, on A4 or Letter: the
     * wave's action, site and window wrapped in its band row and shrunk to fit in the grey repeats below it, a host,
     * owner and files wrapped; each header on at most two lines. A step runs over the empty cells to its right.
     */
    static final SheetStream.Layout LAYOUT = new SheetStream.Layout(false, false,
            0, 20, 12, 15, 0, 12, 11, 25, 0, 0, 0, 10, 12, 14, 43);

    private static final String NO_SITE = "(no site)";
    private static final String NO_WINDOW = "(no window)";
    private static final String ANY_WINDOW = "(any)";

    // positions of the plan facts a finding is spilled with
    private static final int KIND = 0;
    private static final int SITE = 1;
    private static final int WINDOW = 2;
    private static final int MIN_SP = 3;
    private static final int RESTART = 4;
    private static final int FILES = 5;
    private static final int DETAIL = 6;

    private final KbArticle kb;
    private final Map<List<String>, Wave> waves = new LinkedHashMap<>();

    PatchPlanSheet(KbArticle kb) {
        this.kb = kb;
    }

    /** The plan facts of one finding, spilled with its rows. */
    static List<Object> facts(Finding f) {
        Remediation r = f.remediation() == null ? Remediation.NONE : f.remediation();
        String kind = PatchSteps.kindOf(f.status(), r.recommended());
        List<Object> c = new ArrayList<>(7);
        c.add(kind);
        c.add(f.server().site() == null ? NO_SITE : f.server().site());
        c.add(PatchSteps.COLLECT.equals(kind) ? ANY_WINDOW
                : f.server().maintenanceWindow() == null ? NO_WINDOW : f.server().maintenanceWindow());
        c.add(r.minimumServicePackForHotfix());
        c.add(r.restartRequired() ? "yes" : "no");
        c.add(String.join("\n", r.files().stream().map(h -> h.platform() + ": " + Texts.file(h)).toList()));
        if (PatchSteps.COLLECT.equals(kind)) {
            c.add("collect: " + Texts.join(f.missing())
                    + (f.ifUnpatched() == null ? "" : "; if unpatched: " + f.ifUnpatched()));
        } else if (f.status() == Status.UNKNOWN && !f.missing().isEmpty()) {
            c.add(Texts.files(r.files()) + (r.files().isEmpty() ? "" : "; ") + "collect too: " + Texts.join(f.missing()));
        } else {
            c.add(Texts.files(r.files()));
        }
        return c;
    }

    /** Records the finding at {@code position} of the worst-first order; call in that order. */
    void add(int position, List<Object> plan) {
        String kind = (String) plan.get(KIND);
        if (kind == null) {
            return;
        }
        List<String> key = List.of(kind, (String) plan.get(SITE), (String) plan.get(WINDOW));
        Wave w = waves.computeIfAbsent(key, k -> new Wave(kind, k.get(1), k.get(2)));
        w.add(position, plan);
    }

    int waveCount() {
        return waves.size();
    }

    /** The positions {@link #write} asks for, in the order it asks for them: wave by wave. */
    List<Integer> readOrder() {
        List<Integer> order = new ArrayList<>();
        for (Wave w : waves.values()) {
            for (int k = 0; k < w.size; k++) {
                order.add(w.positions[k]);
            }
        }
        return order;
    }

    /** The cells of a server's Findings row that its line in a wave shows, after the host. */
    private static final List<Integer> SHOWN = List.of(FindingColumns.STATUS, FindingColumns.PRIORITY,
            FindingColumns.PLATFORM, FindingColumns.SERVICE_PACK, FindingColumns.CRITICALITY, FindingColumns.OWNER);

    /** The cells of a server's Findings row that its line in a wave needs. */
    static final Set<Integer> FINDING_COLUMNS = Set.of(FindingColumns.HOST, FindingColumns.STATUS,
            FindingColumns.PRIORITY, FindingColumns.PLATFORM, FindingColumns.SERVICE_PACK, FindingColumns.CRITICALITY,
            FindingColumns.OWNER);

    /**
     * Writes the waves; {@code inReadOrder} gives the rows of the findings at the positions of
     * {@link #readOrder()}, one after the other, of which only {@link #FINDING_COLUMNS} and the plan facts are
     * used.
     */
    void write(SheetStream out, XlsxStyles styles, Supplier<FindingSpill.Rows> inReadOrder) {
        int n = 0;
        for (Wave w : waves.values()) {
            n++;
            List<PatchSteps.Step> steps = PatchSteps.steps(w.kind, kb, w.minSp, w.restart);
            int perServer = PatchSteps.restarts(steps);
            String label = PatchSteps.label(w.kind, kb, w.minSp);
            Object[] lead = {n, label, w.site, w.window};

            out.add(row(lead, w.size, perServer, perServer * (long) w.size, null),
                    (col, v) -> v instanceof Number ? styles.bandNumber : styles.wrappedBand, styles.band);
            int i = 0;
            for (PatchSteps.Step s : steps) {
                out.addNote(row(lead, null, null, null, (++i) + ". " + s.text()), muted(styles));
            }
            for (String file : w.files) {
                out.addNote(row(lead, null, null, null, "    " + file), muted(styles));
            }
            for (int k = 0; k < w.size; k++) {
                FindingSpill.Rows rows = inReadOrder.get();
                List<Object> f = rows.finding();
                List<Object> r = row(lead, null, null, null, f.get(FindingColumns.HOST));
                for (int column : SHOWN) {
                    r.add(f.get(column));
                }
                r.add(rows.plan().get(DETAIL));
                out.add(r, (col, v) -> col == 8 ? styles.statusOr(v, styles.text)
                        : col < lead.length ? (v instanceof Number ? styles.mutedNumber : styles.mutedShrunk)
                        : v instanceof Number ? styles.number
                        : col == 7 || col >= 13 ? styles.wrapped : styles.text);
            }
        }
    }

    /** Steps and files: the wave's repeated lead cells in grey, the step itself in black. */
    private static SheetStream.Styler muted(XlsxStyles styles) {
        return (col, v) -> col == 7 ? styles.text : v instanceof Number ? styles.mutedNumber : styles.mutedShrunk;
    }

    private static List<Object> row(Object[] lead, Integer servers, Integer perServer, Long total, Object step) {
        List<Object> r = new ArrayList<>(HEADERS.size());
        r.addAll(Arrays.asList(lead));
        r.add(servers);
        r.add(perServer);
        r.add(total == null ? null : (Object) total);
        r.add(step);
        return r;
    }

    /** Servers of one wave, as positions in the worst-first order. */
    private static final class Wave {
        final String kind;
        final String site;
        final String window;
        final TreeSet<String> files = new TreeSet<>();
        Integer minSp;
        boolean restart;
        int[] positions = new int[8];
        int size;

        Wave(String kind, String site, String window) {
            this.kind = kind;
            this.site = site;
            this.window = window;
        }

        void add(int position, List<Object> plan) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
            Integer sp = (Integer) plan.get(MIN_SP);
            if (sp != null && (minSp == null || sp > minSp)) {
                minSp = sp;
            }
            restart |= "yes".equals(plan.get(RESTART));
            String f = (String) plan.get(FILES);
            if (!f.isEmpty()) {
                files.addAll(List.of(f.split("\n")));
            }
        }
    }
}
