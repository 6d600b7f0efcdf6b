package org.kbaudit.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Policy.Scope;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.SimulationCheck;

/** The simulation agrees with VERDICTS.md 4 on every server (VERDICTS.md 7). */
class CascadeVerifierProperties {

    private final CascadeVerifier verifier = new CascadeVerifier(Assumptions.DEFAULT);

    /** What VERDICTS.md 4 says is at risk, written out as plainly as possible. */
    record Expected(TreeSet<String> adapters, TreeSet<AdapterVlan> vlans, int[] largestGroup) {

        static Expected of(Server server, Scope scope) {
            List<Adapter> adapters = server.adapters();
            Map<String, List<Adapter>> groups = new HashMap<>();
            if (scope == Scope.ALL_ADAPTERS) {
                groups.put("whole server", adapters);
            } else {
                for (Adapter a : adapters) {
                    if (a.driver() != null) {
                        groups.computeIfAbsent(a.driver().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
                    }
                }
            }
            Expected expected = new Expected(new TreeSet<>(), new TreeSet<>(), new int[1]);
            for (List<Adapter> group : groups.values()) {
                if (group.size() >= 2) {
                    expected.largestGroup[0] = Math.max(expected.largestGroup[0], group.size());
                    for (Adapter a : group) {
                        expected.adapters.add(a.name());
                        a.vlans().forEach(v -> expected.vlans.add(new AdapterVlan(a.name(), v.id())));
                    }
                }
            }
            return expected;
        }
    }

    @Property(tries = 500)
    void the_collateral_is_exactly_what_the_rules_put_at_risk(@ForAll("servers") Server server,
                                                              @ForAll Scope scope) {
        Expected expected = Expected.of(server, scope);

        SimulationCheck check = verifier.verify(server, scope, false, expected.adapters(), expected.vlans());

        assertThat(check.haltedAdapters()).containsExactlyElementsOf(expected.adapters());
        assertThat(check.disabledVlans()).containsExactlyElementsOf(expected.vlans());
        // one operation on an adapter halts the others of its group: the most is the largest group but one
        assertThat(check.collateralHalts()).isEqualTo(Math.max(0, expected.largestGroup()[0] - 1));
        assertThat(check.silentVlans()).isEqualTo(expected.vlans().size());
        assertThat(check.confirmed()).as(check.disagreement()).isTrue();
    }

    @Property(tries = 200)
    void with_the_fix_in_effect_nothing_is_collateral(@ForAll("servers") Server server, @ForAll Scope scope) {
        SimulationCheck check = verifier.verify(server, scope, true, List.of(), List.of());

        assertThat(check.confirmed()).isTrue();
        assertThat(check.haltedAdapters()).isEmpty();
        assertThat(check.disabledVlans()).isEmpty();
    }

    @Property(tries = 300)
    void an_adapter_the_rules_add_or_miss_is_a_disagreement_naming_it(@ForAll("servers") Server server,
                                                                      @ForAll Scope scope, @ForAll boolean drop) {
        Expected expected = Expected.of(server, scope);
        String changed;
        if (drop) {
            Assume.that(!expected.adapters().isEmpty());
            changed = expected.adapters().first();
            expected.adapters().remove(changed);
        } else {
            changed = "GHOST";
            expected.adapters().add(changed);
        }

        SimulationCheck check = verifier.verify(server, scope, false, expected.adapters(), expected.vlans());

        assertThat(check.confirmed()).isFalse();
        assertThat(check.disagreement()).contains(changed).endsWith(".");
    }

    @Property(tries = 300)
    void a_vlan_the_rules_add_or_miss_is_a_disagreement_naming_it(@ForAll("servers") Server server,
                                                                  @ForAll Scope scope, @ForAll boolean drop) {
        Expected expected = Expected.of(server, scope);
        AdapterVlan changed;
        if (drop) {
            Assume.that(!expected.vlans().isEmpty());
            changed = expected.vlans().last();
            expected.vlans().remove(changed);
        } else {
            Assume.that(!server.adapters().isEmpty());
            changed = new AdapterVlan(server.adapters().get(0).name(), 4094);
            Assume.that(!expected.vlans().contains(changed));
            expected.vlans().add(changed);
        }

        SimulationCheck check = verifier.verify(server, scope, false, expected.adapters(), expected.vlans());

        assertThat(check.confirmed()).isFalse();
        assertThat(check.disagreement()).contains("VLAN " + changed.id() + " on " + changed.adapter());
    }

    @Property(tries = 100)
    void rules_that_list_anything_while_the_fix_is_in_effect_disagree(@ForAll("servers") Server server,
                                                                      @ForAll Scope scope) {
        Expected expected = Expected.of(server, scope);
        Assume.that(!expected.adapters().isEmpty());

        SimulationCheck check = verifier.verify(server, scope, true, expected.adapters(), expected.vlans());

        assertThat(check.confirmed()).isFalse();
        assertThat(check.disagreement()).startsWith("With the fix in effect");
    }

    @Provide
    Arbitrary<Server> servers() {
        return ServerArbitraries.servers();
    }
}
