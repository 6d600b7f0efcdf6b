package org.kbaudit.report;

import java.util.ArrayList;
import java.util.List;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.FixState;
import org.kbaudit.domain.OwnReports;
import org.kbaudit.domain.Remediation;
import org.kbaudit.domain.SimulationCheck;

/**
 * The columns of the Findings table, shared by the workbook and the CSV export: the JSON report's
 * fields (REPORTS.md) in the same order, then what the inventory carried through for planning.
 * A cell is a {@link String}, an {@link Integer} or {@code null} (empty).
 */
final class FindingColumns {

    static final List<String> HEADERS = OwnReports.FINDINGS_HEADERS;

    static final int HOST = 0;
    static final int STATUS = 1;
    static final int PRIORITY = 2;
    static final int PLATFORM = 3;
    static final int SERVICE_PACK = 4;
    static final int IF_UNPATCHED = 19;
    static final int CRITICALITY = 23;
    static final int OWNER = 25;

    /** The rule trails joined lately on this thread: findings decided alike share one trail list. */
    private static final ThreadLocal<RecentByIdentity<List<String>, String>> TRAILS =
            ThreadLocal.withInitial(() -> new RecentByIdentity<>(1024));

    private FindingColumns() {
    }

    private static String rules(List<String> rules) {
        return TRAILS.get().computeIfAbsent(rules, r -> String.join("; ", r));
    }

    static List<Object> cells(Finding f) {
        FixState fix = f.fix();
        Remediation r = f.remediation() == null ? Remediation.NONE : f.remediation();
        SimulationCheck sim = f.simulation();
        List<Object> c = new ArrayList<>(HEADERS.size());
        c.add(f.host());
        c.add(f.status().name());
        c.add(f.priority());
        c.add(f.platform() == null ? null : f.platform().name());
        c.add(f.servicePack());
        c.add(Texts.join(f.exposures()));
        c.add(Texts.join(f.atRiskAdapters()));
        c.add(Texts.vlans(f.atRiskVlans()));
        c.add(fix == null ? "unknown" : Texts.yesNo(fix.present()));
        c.add(fix == null ? null : fix.evidence());
        c.add(r.recommended() == null ? null : r.recommended().name());
        c.add(Texts.join(r.options()));
        c.add(r.minimumServicePackForHotfix());
        c.add(r.recommended() == null ? null : Texts.yesNo(r.restartRequired()));
        c.add(Texts.files(r.files()));
        c.add(sim == null ? "not simulated" : Texts.yesNo(sim.confirmed()));
        c.add(sim == null ? null : sim.collateralHalts());
        c.add(sim == null ? null : sim.silentVlans());
        c.add(Texts.join(f.missing()));
        c.add(f.ifUnpatched() == null ? null : f.ifUnpatched().name());
        c.add(String.join("; ", f.warnings()));
        c.add(rules(f.rules()));
        c.add(f.server().site());
        c.add(f.server().criticality() == null ? null : f.server().criticality().label());
        c.add(f.server().maintenanceWindow());
        c.add(f.server().owner());
        c.add(f.server().provenance().toString());
        return c;
    }
}
