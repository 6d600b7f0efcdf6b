package org.kbaudit.simulation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.SimulationCheck;

/**
 * Checks the rules' verdict on one server against the simulation (VERDICTS.md 7). The simulation finds
 * the collateral on its own, by replaying the canonical triggers on the server's model: every adapter
 * hot-swapped, and a VLAN added to every adapter. Over those triggers each adapter a halt can reach from
 * another one is halted, and each VLAN on such an adapter is disabled.
 *
 * <p>Immutable and thread-safe; a verification allocates little and takes time in the square of the
 * number of adapters.
 */
public final class CascadeVerifier {

    private static final SimulationCheck NOTHING_CONFIRMED =
            new SimulationCheck(true, 0, 0, List.of(), List.of(), null);

    private final Simulator[] simulators; // [component][scope]

    public CascadeVerifier(Assumptions assumptions) {
        Objects.requireNonNull(assumptions, "assumptions");
        Policy.Scope[] scopes = Policy.Scope.values();
        Component[] components = Component.values();
        simulators = new Simulator[components.length * scopes.length];
        for (Component c : components) {
            for (Policy.Scope s : scopes) {
                simulators[c.ordinal() * scopes.length + s.ordinal()] = new Simulator(assumptions, c, s);
            }
        }
    }

    public CascadeVerifier() {
        this(Assumptions.DEFAULT);
    }

    /**
     * Replays the canonical triggers with the component defective or fixed as given, and again with it
     * fixed (as after remediation), and compares the union of collateral with what the rules said.
     *
     * @param server              a server whose adapters are known
     * @param fixInEffect         whether the server runs the fixed component; the rules' sets are then
     *                            expected empty
     * @param rulesAtRiskAdapters the adapter names the rules found at risk
     * @param rulesAtRiskVlans    the VLANs the rules found at risk
     * @throws SimulationException when the server's adapters are unknown
     */
    public SimulationCheck verify(Server server, Policy.Scope scope, boolean fixInEffect,
                                  Collection<String> rulesAtRiskAdapters, Collection<AdapterVlan> rulesAtRiskVlans) {
        ServerModel model = ServerModel.of(server);
        CollateralTally seen = replay(model, simulator(Component.of(fixInEffect), scope));
        CollateralTally remediated = fixInEffect ? seen : replay(model, simulator(Component.FIXED, scope));
        if (seen.isEmpty() && remediated.isEmpty() && rulesAtRiskAdapters.isEmpty() && rulesAtRiskVlans.isEmpty()) {
            return NOTHING_CONFIRMED;
        }
        List<String> halted = seen.haltedAdapters();
        List<AdapterVlan> disabled = seen.disabledVlans();
        Disagreement differences = new Disagreement(fixInEffect);
        differences.adapters(halted, asSet(rulesAtRiskAdapters));
        differences.vlans(disabled, asSet(rulesAtRiskVlans));
        if (!fixInEffect) {
            differences.afterFix(remediated.haltedAdapters(), remediated.disabledVlans());
        }
        String disagreement = differences.sentence();
        return new SimulationCheck(disagreement == null, seen.mostHaltedByOneEvent(), disabled.size(), halted,
                disabled, disagreement);
    }

    /** Every adapter hot-swapped, then a VLAN added to every adapter, all on the unchanged server. */
    private static CollateralTally replay(ServerModel model, Simulator simulator) {
        CollateralTally tally = new CollateralTally(model);
        for (int i = 0; i < model.size(); i++) {
            tally.startEvent();
            simulator.hotSwap(model, i, tally);
            tally.startEvent();
            simulator.addVlan(model, i, model.adapter(i).freeVlanId(), tally);
        }
        return tally;
    }

    private Simulator simulator(Component component, Policy.Scope scope) {
        return simulators[component.ordinal() * Policy.Scope.values().length + scope.ordinal()];
    }

    private static <T> Set<T> asSet(Collection<T> values) {
        return values instanceof Set<T> set ? set : new HashSet<>(values);
    }
}
