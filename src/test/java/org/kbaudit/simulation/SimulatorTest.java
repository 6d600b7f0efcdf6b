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

    /**
     * Every step of every kind of event, in time order, as {@code simulate} prints them. Written out from the
     * KB's account (the change, then the HaltHandler for each adapter of the same miniport driver) and the
     * durations of {@link #TIMES}: halt 100 ms, re-initialisation 200 ms, hot swap 1,000 ms.
     */
    @Nested
    class WholeTimelines {

        private static final boolean OWN = false;
        private static final boolean COLLATERAL = true;

        /** NIC1 and NIC2 share E1000 and carry VLANs; NIC3 is alone on b57w2k with a VLAN of its own. */
        private final ServerModel model = ServerModel.of(server("SRV-07",
                adapter("NIC1", "E1000", 10), adapter("NIC2", "E1000", 20), adapter("NIC3", "b57w2k", 30)));

        private TimelineEntry at(long millis, String adapter, Step step, boolean collateral) {
            return new TimelineEntry(millis, adapter, step, null, collateral);
        }

        private List<TimelineEntry> timeline(Event event) {
            return defective(Scope.SAME_DRIVER).apply(model, event).timeline().entries();
        }

        @Test
        void a_hot_swap_removes_then_inserts_and_halts_the_sibling_at_each() {
            assertThat(timeline(new Event.HotSwap("NIC1"))).containsExactly(
                    at(0, "NIC1", Step.REMOVED, OWN),
                    at(0, "NIC2", Step.HALTED, COLLATERAL),
                    at(100, "NIC2", Step.REINITIALISING, COLLATERAL),
                    at(300, "NIC2", Step.RUNNING, COLLATERAL),
                    at(1_000, "NIC1", Step.INSERTED, OWN),
                    at(1_000, "NIC2", Step.HALTED, COLLATERAL),
                    at(1_100, "NIC2", Step.REINITIALISING, COLLATERAL),
                    at(1_200, "NIC1", Step.RUNNING, OWN),
                    at(1_300, "NIC2", Step.RUNNING, COLLATERAL));
        }

        @Test
        void an_added_adapter_initialises_while_every_adapter_of_its_driver_is_halted() {
            assertThat(timeline(new Event.AddAdapter("NIC9", "e1000", false))).containsExactly(
                    at(0, "NIC9", Step.INSERTED, OWN),
                    at(0, "NIC1", Step.HALTED, COLLATERAL),
                    at(0, "NIC2", Step.HALTED, COLLATERAL),
                    at(100, "NIC1", Step.REINITIALISING, COLLATERAL),
                    at(100, "NIC2", Step.REINITIALISING, COLLATERAL),
                    at(200, "NIC9", Step.RUNNING, OWN),
                    at(300, "NIC1", Step.RUNNING, COLLATERAL),
                    at(300, "NIC2", Step.RUNNING, COLLATERAL));
        }

        @Test
        void a_removed_adapter_is_gone_for_good_and_its_sibling_comes_back() {
            Outcome o = defective(Scope.SAME_DRIVER).apply(model, new Event.RemoveAdapter("NIC2"));
            assertThat(o.timeline().entries()).containsExactly(
                    at(0, "NIC2", Step.REMOVED, OWN),
                    at(0, "NIC1", Step.HALTED, COLLATERAL),
                    at(100, "NIC1", Step.REINITIALISING, COLLATERAL),
                    at(300, "NIC1", Step.RUNNING, COLLATERAL));
            assertThat(o.timeline().outages()).containsExactly(
                    new Timeline.Outage("NIC2", 0, -1, 1, false),
                    new Timeline.Outage("NIC1", 0, 300, 1, true));
            assertThat(o.timeline().outages().get(0).permanent()).isTrue();
            assertThat(o.timeline().outages().get(0).durationMillis()).isEqualTo(-1);
            assertThat(o.timeline().outages().get(1).permanent()).isFalse();
            assertThat(o.timeline().outages().get(1).durationMillis()).isEqualTo(300);
        }

        @Test
        void a_restart_bounces_the_adapter_and_its_sibling_together() {
            assertThat(timeline(new Event.Restart("NIC2"))).containsExactly(
                    at(0, "NIC2", Step.HALTED, OWN),
                    at(0, "NIC1", Step.HALTED, COLLATERAL),
                    at(100, "NIC2", Step.REINITIALISING, OWN),
                    at(100, "NIC1", Step.REINITIALISING, COLLATERAL),
                    at(300, "NIC2", Step.RUNNING, OWN),
                    at(300, "NIC1", Step.RUNNING, COLLATERAL));
        }

        @Test
        void adding_a_vlan_restarts_the_adapter_and_the_siblings_vlans_go_dark_as_it_comes_back() {
            assertThat(timeline(new Event.AddVlan("NIC1", 11))).containsExactly(
                    at(0, "NIC1", Step.HALTED, OWN),
                    at(0, "NIC2", Step.HALTED, COLLATERAL),
                    at(100, "NIC1", Step.REINITIALISING, OWN),
                    at(100, "NIC2", Step.REINITIALISING, COLLATERAL),
                    at(300, "NIC1", Step.RUNNING, OWN),
                    new TimelineEntry(300, "NIC1", Step.VLAN_ADDED, 11, OWN),
                    at(300, "NIC2", Step.RUNNING, COLLATERAL),
                    new TimelineEntry(300, "NIC2", Step.VLAN_DISABLED_SHOWN_ACTIVE, 20, COLLATERAL));
        }

        @Test
        void re_enabling_a_vlan_is_one_step_and_touches_nothing_else() {
            assertThat(timeline(new Event.EnableVlan("NIC2", 20)))
                    .containsExactly(new TimelineEntry(0, "NIC2", Step.VLAN_ENABLED, 20, OWN));
        }

        @Test
        void a_vlan_is_silently_disabled_only_when_it_carries_nothing_yet_shows_active() {
            assertThat(ModelVlan.active(20).isSilentlyDisabled()).isFalse();
            assertThat(ModelVlan.active(20).silentlyDisabled().isSilentlyDisabled()).isTrue();
            assertThat(new ModelVlan(20, false, false).isSilentlyDisabled()).as("disabled and shown so").isFalse();
            assertThat(ModelVlan.active(20).silentlyDisabled().reEnabled()).isEqualTo(ModelVlan.active(20));
        }
    }
}
