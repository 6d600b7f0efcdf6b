package org.kbaudit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kbaudit.simulation.Servers.adapter;
import static org.kbaudit.simulation.Servers.server;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Policy.Scope;

/** The examples of KB907019's Symptoms, replayed one event at a time. */
class SimulatorTest {

    /** Deliberately not the defaults, so that no expected time mirrors a constant of the code. */
    private static final Assumptions TIMES = new Assumptions(100, 200, 1_000);

    private static Simulator defective(Scope scope) {
        return new Simulator(TIMES, Component.DEFECTIVE, scope);
    }

    private static Simulator fixed(Scope scope) {
        return new Simulator(TIMES, Component.FIXED, scope);
    }

    /** Two adapters on one miniport driver (names differing in case), one on another. */
    private static final ServerModel TWO_PLUS_ONE = ServerModel.of(server("SRV-01",
            adapter("NIC1", "E1000"), adapter("NIC2", "e1000"), adapter("NIC3", "b57w2k")));

    @Nested
    class HotSwapCascade {

        @Test
        void hot_swapping_one_adapter_briefly_removes_its_driver_sibling_only() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(TWO_PLUS_ONE, new Event.HotSwap("NIC1"));

            assertThat(o.collateralAdapters()).containsExactly("NIC2");
            assertThat(o.silentVlans()).isEmpty();
            assertThat(o.timeline().entries()).noneMatch(e -> e.adapter().equals("NIC3"));
            assertThat(o.after()).isEqualTo(TWO_PLUS_ONE);
        }

        @Test
        void the_sibling_is_halted_at_removal_and_again_at_insertion() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(TWO_PLUS_ONE, new Event.HotSwap("NIC1"));

            assertThat(o.timeline().outages()).containsExactly(
                    new Timeline.Outage("NIC1", 0, 1_200, 1, false),
                    new Timeline.Outage("NIC2", 0, 300, 1, true),
                    new Timeline.Outage("NIC2", 1_000, 1_300, 1, true));
        }

        @Test
        void overlapping_halts_of_one_adapter_make_one_outage() {
            Simulator quickSwap = new Simulator(new Assumptions(100, 200, 50), Component.DEFECTIVE, Scope.SAME_DRIVER);

            Outcome o = quickSwap.apply(TWO_PLUS_ONE, new Event.HotSwap("NIC1"));

            assertThat(o.timeline().outages()).filteredOn(out -> out.adapter().equals("NIC2"))
                    .containsExactly(new Timeline.Outage("NIC2", 0, 350, 2, true));
        }

        @Test
        void removing_an_adapter_halts_its_sibling_and_the_adapter_is_gone() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(TWO_PLUS_ONE, new Event.RemoveAdapter("NIC2"));

            assertThat(o.collateralAdapters()).containsExactly("NIC1");
            assertThat(o.after().names()).isEqualTo("NIC1, NIC3");
            assertThat(o.timeline().outages()).filteredOn(out -> out.adapter().equals("NIC2"))
                    .singleElement().satisfies(out -> assertThat(out.permanent()).isTrue());
        }

        @Test
        void adding_an_adapter_halts_every_adapter_already_on_its_driver() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(TWO_PLUS_ONE, new Event.AddAdapter("NIC4", "E1000", true));

            assertThat(o.collateralAdapters()).containsExactly("NIC1", "NIC2");
            assertThat(o.after().names()).isEqualTo("NIC1, NIC2, NIC3, NIC4");
            assertThat(o.after().adapter(3).virtual()).isTrue();
        }

        @Test
        void an_adapter_alone_on_its_driver_takes_nothing_down_with_it() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(TWO_PLUS_ONE, new Event.Restart("NIC3"));

            assertThat(o.collateralAdapters()).isEmpty();
            assertThat(o.timeline().outages()).containsExactly(new Timeline.Outage("NIC3", 0, 300, 1, false));
        }

        @Test
        void under_the_all_adapters_scope_every_other_adapter_is_halted() {
            Outcome o = defective(Scope.ALL_ADAPTERS).apply(TWO_PLUS_ONE, new Event.Restart("NIC3"));

            assertThat(o.collateralAdapters()).containsExactly("NIC1", "NIC2");
        }

        @Test
        void adapters_with_unknown_drivers_are_not_taken_to_share_one() {
            ServerModel unknown = ServerModel.of(server("SRV-02", adapter("A", null), adapter("B", null)));

            assertThat(defective(Scope.SAME_DRIVER).apply(unknown, new Event.HotSwap("A")).collateralAdapters())
                    .isEmpty();
            assertThat(defective(Scope.ALL_ADAPTERS).apply(unknown, new Event.HotSwap("A")).collateralAdapters())
                    .containsExactly("B");
        }
    }

    @Nested
    class SilentVlanLoss {

        private final ServerModel vlans = ServerModel.of(server("SRV-03",
                adapter("NIC1", "E1000", 10), adapter("NIC2", "E1000", 20, 30), adapter("NIC3", "b57w2k", 40)));

        @Test
        void adding_a_vlan_disables_the_vlans_of_the_driver_sibling_which_keep_showing_active() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(vlans, new Event.AddVlan("NIC1", 11));

            assertThat(o.collateralAdapters()).containsExactly("NIC2");
            assertThat(o.silentVlans()).containsExactly(new AdapterVlan("NIC2", 20), new AdapterVlan("NIC2", 30));
            ModelAdapter nic2 = o.after().adapter(o.after().require("NIC2"));
            assertThat(nic2.vlans()).allSatisfy(v -> {
                assertThat(v.enabled()).isFalse();
                assertThat(v.displayedActive()).isTrue();
            });
        }

        @Test
        void the_target_and_other_drivers_keep_their_vlans_working() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(vlans, new Event.AddVlan("NIC1", 11));

            assertThat(o.after().adapter(0).vlans()).containsExactly(ModelVlan.active(10), ModelVlan.active(11));
            assertThat(o.after().adapter(2).vlans()).containsExactly(ModelVlan.active(40));
        }

        @Test
        void a_vlan_added_on_an_adapter_without_vlans_disables_its_siblings_vlans() {
            ServerModel oneSided = ServerModel.of(server("SRV-04", adapter("NIC1", "E1000"),
                    adapter("NIC2", "e1000", 20)));

            Outcome o = defective(Scope.SAME_DRIVER).apply(oneSided, new Event.AddVlan("NIC1", 5));

            assertThat(o.silentVlans()).containsExactly(new AdapterVlan("NIC2", 20));
        }

        @Test
        void a_hot_swap_halts_siblings_but_leaves_their_vlans_enabled() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(vlans, new Event.HotSwap("NIC1"));

            assertThat(o.silentVlans()).isEmpty();
            assertThat(o.after()).isEqualTo(vlans);
        }

        @Test
        void disabled_vlans_stay_disabled_through_later_events_until_re_enabled() {
            Simulator sim = defective(Scope.SAME_DRIVER);
            List<Outcome> steps = sim.applyAll(vlans, List.of(new Event.AddVlan("NIC1", 11),
                    new Event.Restart("NIC2"), new Event.HotSwap("NIC2"), new Event.EnableVlan("NIC2", 20)));

            for (Outcome step : steps.subList(0, 3)) {
                assertThat(step.after().adapter(1).vlans()).allMatch(ModelVlan::isSilentlyDisabled);
            }
            assertThat(steps.get(3).after().adapter(1).vlans())
                    .containsExactly(ModelVlan.active(20), new ModelVlan(30, false, true));
        }

        @Test
        void the_timeline_shows_the_vlans_going_dark_when_the_sibling_comes_back() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(vlans, new Event.AddVlan("NIC1", 11));

            assertThat(o.timeline().entries()).contains(
                    new TimelineEntry(300, "NIC2", Step.VLAN_DISABLED_SHOWN_ACTIVE, 20, true),
                    new TimelineEntry(300, "NIC1", Step.VLAN_ADDED, 11, false));
            assertThat(o.timeline().text()).contains("assumptions").contains("KB907019 gives none")
                    .contains("NIC2: VLAN 20 disabled, Network Connections still shows it active (collateral)");
        }
    }

    @Nested
    class FixedComponent {

        private final ServerModel model = ServerModel.of(server("SRV-05",
                adapter("NIC1", "E1000", 10), adapter("NIC2", "E1000", 20)));

        @Test
        void nothing_but_the_target_is_affected() {
            for (Scope scope : Scope.values()) {
                for (Event e : List.of(new Event.HotSwap("NIC1"), new Event.RemoveAdapter("NIC1"),
                        new Event.Restart("NIC1"), new Event.AddVlan("NIC1", 11), new Event.AddAdapter("NIC9", "E1000", false))) {
                    Outcome o = fixed(scope).apply(model, e);

                    assertThat(o.hasCollateral()).as("%s %s", scope, e).isFalse();
                    assertThat(o.timeline().entries()).as("%s %s", scope, e)
                            .allMatch(entry -> entry.adapter().equals(e.adapter()) && !entry.collateral());
                }
            }
        }
    }

    @Nested
    class EventsThatDoNotFit {

        @Test
        void an_unknown_adapter_is_refused_naming_the_adapters_there_are() {
            assertThatThrownBy(() -> defective(Scope.SAME_DRIVER).apply(TWO_PLUS_ONE, new Event.HotSwap("NIC7")))
                    .isInstanceOf(SimulationException.class).hasMessageContaining("NIC1, NIC2, NIC3");
        }

        @Test
        void adapter_names_match_ignoring_case_when_unambiguous() {
            assertThat(defective(Scope.SAME_DRIVER).apply(TWO_PLUS_ONE, new Event.HotSwap("nic1"))
                    .collateralAdapters()).containsExactly("NIC2");
        }

        @Test
        void an_added_adapter_needs_a_new_name_and_an_added_vlan_a_new_id() {
            ServerModel m = ServerModel.of(server("S", adapter("NIC1", "E1000", 10)));
            Simulator sim = defective(Scope.SAME_DRIVER);

            assertThatThrownBy(() -> sim.apply(m, new Event.AddAdapter("nic1", "E1000", false)))
                    .isInstanceOf(SimulationException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> sim.apply(m, new Event.AddVlan("NIC1", 10)))
                    .isInstanceOf(SimulationException.class).hasMessageContaining("already configured");
            assertThatThrownBy(() -> sim.apply(m, new Event.EnableVlan("NIC1", 99)))
                    .isInstanceOf(SimulationException.class).hasMessageContaining("not configured");
        }
    }
}
