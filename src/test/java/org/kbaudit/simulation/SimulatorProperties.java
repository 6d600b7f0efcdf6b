package org.kbaudit.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Policy.Scope;
import org.kbaudit.domain.Server;

/** Laws over random sequences of events. */
class SimulatorProperties {

    /** An event before it meets a server: which kind, and numbers to pick its adapter, VLAN and driver. */
    record Move(int kind, int adapterPick, int vlanPick, String driver) {
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(1, 4094), ServerArbitraries.drivers())
                .as(Move::new).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Server> servers() {
        return ServerArbitraries.servers();
    }

    /** Turns a move into an event that fits the server as it is now; null when none does. */
    static Event event(ServerModel model, Move move, int step) {
        if (move.kind() == 0 || model.size() == 0) {
            return new Event.AddAdapter("NEW" + step, move.driver(), move.adapterPick() % 2 == 0);
        }
        ModelAdapter target = model.adapter(move.adapterPick() % model.size());
        String name = target.name();
        switch (move.kind()) {
            case 1:
                return new Event.HotSwap(name);
            case 2:
                return new Event.RemoveAdapter(name);
            case 3:
                return new Event.Restart(name);
            case 4: {
                int id = target.vlanIndex(move.vlanPick()) < 0 ? move.vlanPick() : target.freeVlanId();
                return id < 0 ? null : new Event.AddVlan(name, id);
            }
            default:
                if (target.vlans().isEmpty()) {
                    return new Event.Restart(name);
                }
                int id = target.vlans().get(move.vlanPick() % target.vlans().size()).id();
                return new Event.EnableVlan(name, id);
        }
    }

    @Property(tries = 300)
    void a_fixed_component_never_halts_an_adapter_other_than_the_target(@ForAll("servers") Server server,
                                                                       @ForAll("moves") List<Move> moves,
                                                                       @ForAll Scope scope) {
        Simulator fixed = new Simulator(Assumptions.DEFAULT, Component.FIXED, scope);
        ServerModel model = ServerModel.of(server);
        for (int step = 0; step < moves.size(); step++) {
            Event event = event(model, moves.get(step), step);
            if (event == null) {
                continue;
            }
            Outcome outcome = fixed.apply(model, event);

            assertThat(outcome.collateralAdapters()).as("%s", event).isEmpty();
            assertThat(outcome.silentVlans()).as("%s", event).isEmpty();
            assertThat(outcome.timeline().entries()).as("%s", event)
                    .allMatch(e -> e.adapter().equalsIgnoreCase(event.adapter()) && !e.collateral());
            model = outcome.after();
        }
    }

    @Property(tries = 300)
    void a_silently_disabled_vlan_keeps_displaying_active_until_re_enabled(@ForAll("servers") Server server,
                                                                          @ForAll("moves") List<Move> moves,
                                                                          @ForAll Scope scope) {
        Simulator defective = new Simulator(Assumptions.DEFAULT, Component.DEFECTIVE, scope);
        ServerModel model = ServerModel.of(server);
        Map<AdapterVlan, Boolean> dark = new HashMap<>(); // VLANs the defect disabled, as the test saw it happen
        for (int step = 0; step < moves.size(); step++) {
            Event event = event(model, moves.get(step), step);
            if (event == null) {
                continue;
            }
            Outcome outcome = defective.apply(model, event);
            outcome.silentVlans().forEach(v -> dark.put(v, true));
            if (event instanceof Event.EnableVlan e) {
                dark.remove(new AdapterVlan(model.adapter(model.require(e.adapter())).name(), e.vlanId()));
            }
            if (event instanceof Event.RemoveAdapter r) {
                String removed = model.adapter(model.require(r.adapter())).name();
                dark.keySet().removeIf(v -> v.adapter().equals(removed));
            }
            model = outcome.after();

            for (ModelAdapter a : model.adapters()) {
                for (ModelVlan v : a.vlans()) {
                    boolean expectedDark = dark.containsKey(new AdapterVlan(a.name(), v.id()));
                    assertThat(v.displayedActive()).as("%s VLAN %d after %s", a.name(), v.id(), event).isTrue();
                    assertThat(v.enabled()).as("%s VLAN %d after %s", a.name(), v.id(), event)
                            .isEqualTo(!expectedDark);
                }
            }
        }
    }

    @Property(tries = 300)
    void one_event_halts_exactly_the_other_adapters_of_the_targets_driver(@ForAll("servers") Server server,
                                                                         @ForAll("moves") List<Move> moves) {
        Simulator defective = new Simulator(Assumptions.DEFAULT, Component.DEFECTIVE, Scope.SAME_DRIVER);
        ServerModel model = ServerModel.of(server);
        for (int step = 0; step < moves.size(); step++) {
            Event event = event(model, moves.get(step), step);
            if (event == null || event instanceof Event.EnableVlan) {
                continue;
            }
            String driver = event instanceof Event.AddAdapter add ? add.driver()
                    : model.adapter(model.require(event.adapter())).driver();
            List<String> siblings = new ArrayList<>();
            List<AdapterVlan> theirVlans = new ArrayList<>();
            for (ModelAdapter a : model.adapters()) {
                if (!a.name().equalsIgnoreCase(event.adapter()) && sameDriver(driver, a.driver())) {
                    siblings.add(a.name());
                    a.vlans().stream().filter(ModelVlan::enabled)
                            .forEach(v -> theirVlans.add(new AdapterVlan(a.name(), v.id())));
                }
            }

            Outcome outcome = defective.apply(model, event);

            assertThat(outcome.collateralAdapters()).as("%s", event).containsExactlyInAnyOrderElementsOf(siblings);
            if (event instanceof Event.AddVlan) {
                assertThat(outcome.silentVlans()).as("%s", event).containsExactlyInAnyOrderElementsOf(theirVlans);
            } else {
                assertThat(outcome.silentVlans()).as("%s", event).isEmpty();
            }
            model = outcome.after();
        }
    }

    private static boolean sameDriver(String a, String b) {
        return a != null && b != null && !a.isBlank()
                && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
