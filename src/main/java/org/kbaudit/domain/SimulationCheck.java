package org.kbaudit.domain;

import java.util.List;

/**
 * What the simulation core saw when it replayed the canonical triggers on a server, and whether that
 * agrees with the rules (VERDICTS.md 7).
 *
 * @param confirmed        the simulation's collateral equals the rules' at-risk adapters and VLANs exactly,
 *                         and is empty once the fix is applied
 * @param collateralHalts  the most adapters one trigger (a hot swap, a VLAN added) halts besides its own target: what
 *                         one operation can knock out (REPORTS.md's example: two adapters on one driver, 1)
 * @param silentVlans      how many VLANs ended disabled while displayed active (distinct VLANs)
 * @param haltedAdapters   the distinct adapters halted as collateral, sorted
 * @param disabledVlans    the distinct VLANs silently disabled, sorted
 * @param disagreement     {@code null} when confirmed; otherwise what differed, in one sentence
 */
public record SimulationCheck(boolean confirmed, int collateralHalts, int silentVlans, List<String> haltedAdapters,
                              List<AdapterVlan> disabledVlans, String disagreement) {

    public SimulationCheck {
        haltedAdapters = List.copyOf(haltedAdapters);
        disabledVlans = List.copyOf(disabledVlans);
    }
}
