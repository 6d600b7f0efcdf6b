package org.kbaudit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.SimulationCheck;
import org.kbaudit.domain.Vlan;

/** The Adapters sheet's rows of one finding: one per adapter of the server. */
final class AdapterRows {

    static final List<String> HEADERS = List.of("Host", "Adapter", "Description", "Driver",
            "Adapters on this driver", "At risk", "Virtual", "VLANs", "Simulation saw");

    /**
     * Columns narrow enough for the table to print one page wide at about two thirds of its size, on A4 or Letter: the
     * adapter's name, description, driver, VLANs and what the simulation saw wrapped, the driver group's header on two
     * lines. The host column keeps its own width.
     */
    static final SheetStream.Layout LAYOUT = new SheetStream.Layout(true, false, 0, 24, 40, 24, 14, 0, 0, 16, 44);

    /** The columns whose text wraps. */
    private static final boolean[] WRAPPED = {false, true, true, true, false, false, false, true, true};

    static final String UNGROUPED = "undecided: adapters with no driver name cannot be grouped, so what a halt reaches is unknown";

    static final String CUT_SHORT = "undecided: the adapter list was cut short, and adapters not listed may share its driver";

    private AdapterRows() {
    }

    static List<List<Object>> of(Finding f) {
        List<Adapter> adapters = f.server().adapters();
        if (adapters == null || adapters.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> groupSize = new HashMap<>();
        for (Adapter a : adapters) {
            if (a.hasDriver()) {
                groupSize.merge(a.driverKey(), 1, Integer::sum);
            }
        }
        Set<String> atRisk = new HashSet<>(f.atRiskAdapters());
        // Same-driver scope, fix not in effect: with an adapter of unknown driver among two or more, an adapter not
        // found at risk may still share a driver with it (VERDICTS.md 4), so it is undecided rather than safe.
        boolean open = f.simulation() != null && !Boolean.TRUE.equals(f.fix().present());
        boolean ungrouped = open && adapters.size() > 1 && adapters.stream().anyMatch(a -> !a.hasDriver());
        // A list cut short (systeminfo announcing more cards than it lists): the cards not listed may share a driver.
        boolean cutShort = open && f.server().adaptersIncomplete();
        List<List<Object>> rows = new ArrayList<>(adapters.size());
        for (Adapter a : adapters) {
            List<Object> r = new ArrayList<>(HEADERS.size());
            r.add(f.host());
            r.add(a.name());
            r.add(a.description());
            r.add(a.hasDriver() ? a.driver() + (a.driverInferred() ? " (inferred)" : "") : "unknown");
            r.add(a.hasDriver() ? groupSize.get(a.driverKey()) : null);
            boolean undecided = (ungrouped || cutShort) && !atRisk.contains(a.name());
            r.add(atRisk.contains(a.name()) ? "yes" : undecided ? "unknown" : "no");
            r.add(a.virtual() == null ? null : Texts.yesNo(a.virtual()));
            r.add(Texts.join(a.vlans().stream().map(Vlan::id).toList()));
            r.add(!undecided ? simulation(f.simulation(), a.name()) : ungrouped ? UNGROUPED : CUT_SHORT);
            rows.add(r);
        }
        return rows;
    }

    /** The style of an Adapters cell: text wrapped in the columns of {@link #LAYOUT} that wrap. */
    static SheetStream.Styler styler(XlsxStyles styles) {
        return (col, v) -> v instanceof Number ? styles.number : WRAPPED[col] ? styles.wrapped : styles.text;
    }

    private static String simulation(SimulationCheck sim, String adapter) {
        if (sim == null) {
            return "not simulated";
        }
        List<String> seen = new ArrayList<>();
        if (sim.haltedAdapters().contains(adapter)) {
            seen.add("halted as collateral");
        }
        List<Integer> vlans = sim.disabledVlans().stream().filter(v -> v.adapter().equals(adapter))
                .map(v -> v.id()).toList();
        if (!vlans.isEmpty()) {
            seen.add("VLANs silently disabled: " + Texts.join(vlans));
        }
        return seen.isEmpty() ? "not affected" : String.join("; ", seen);
    }
}
