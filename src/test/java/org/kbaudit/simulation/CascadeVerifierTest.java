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
import org.kbaudit.domain.Server;
import org.kbaudit.domain.SimulationCheck;

class CascadeVerifierTest {

    private final CascadeVerifier verifier = new CascadeVerifier(Assumptions.DEFAULT);

    /** E1000 shared by NIC1 (no VLAN) and NIC2 (VLAN 20); NIC3 alone on b57w2k with VLAN 40. */
    private final Server kbExample = server("SRV-DB-01",
            adapter("NIC1", "E1000"), adapter("NIC2", "e1000", 20), adapter("NIC3", "b57w2k", 40));

    @Nested
    class WithTheDefectiveComponent {

        @Test
        void the_rules_sets_of_the_spec_are_confirmed() {
            SimulationCheck check = verifier.verify(kbExample, Scope.SAME_DRIVER, false, List.of("NIC1", "NIC2"),
                    List.of(new AdapterVlan("NIC2", 20)));

            assertThat(check.confirmed()).isTrue();
            assertThat(check.disagreement()).isNull();
            assertThat(check.haltedAdapters()).containsExactly("NIC1", "NIC2");
            assertThat(check.disabledVlans()).containsExactly(new AdapterVlan("NIC2", 20));
            assertThat(check.collateralHalts()).as("REPORTS.md's example: one operation halts the other NIC").isEqualTo(1);
            assertThat(check.silentVlans()).isEqualTo(1);
        }

        @Test
        void an_adapter_the_rules_missed_is_named() {
            SimulationCheck check = verifier.verify(kbExample, Scope.SAME_DRIVER, false, List.of("NIC2"),
                    List.of(new AdapterVlan("NIC2", 20)));

            assertThat(check.confirmed()).isFalse();
            assertThat(check.disagreement()).isEqualTo("Simulation halted NIC1 which the rules did not list.");
        }

        @Test
        void an_adapter_and_a_vlan_the_rules_listed_wrongly_are_named_in_one_sentence() {
            SimulationCheck check = verifier.verify(kbExample, Scope.SAME_DRIVER, false,
                    List.of("NIC1", "NIC2", "NIC3"), List.of(new AdapterVlan("NIC2", 20), new AdapterVlan("NIC3", 40)));

            assertThat(check.confirmed()).isFalse();
            assertThat(check.disagreement())
                    .isEqualTo("Rules listed NIC3 at risk which the simulation did not halt; rules listed VLAN 40 on"
                            + " NIC3 at risk which the simulation did not disable.");
        }

        @Test
        void the_all_adapters_scope_widens_the_collateral_to_the_whole_server() {
            SimulationCheck check = verifier.verify(kbExample, Scope.ALL_ADAPTERS, false,
                    List.of("NIC1", "NIC2", "NIC3"), List.of(new AdapterVlan("NIC2", 20), new AdapterVlan("NIC3", 40)));

            assertThat(check.confirmed()).isTrue();
            assertThat(check.collateralHalts()).as("a hot swap on one of three halts the two others").isEqualTo(2);
        }

        @Test
        void collateral_halts_count_what_one_operation_halts_not_all_the_operations_together() {
            Server twoPairs = server("SRV-03", adapter("NIC1", "E1000"), adapter("NIC2", "E1000"),
                    adapter("NIC3", "b57w2k"), adapter("NIC4", "b57w2k"), adapter("NIC5", "b57w2k"));

            SimulationCheck check = verifier.verify(twoPairs, Scope.SAME_DRIVER, false,
                    List.of("NIC1", "NIC2", "NIC3", "NIC4", "NIC5"), List.of());

            assertThat(check.confirmed()).isTrue();
            assertThat(check.haltedAdapters()).hasSize(5);
            assertThat(check.collateralHalts()).as("a hot swap of NIC3 halts NIC4 and NIC5; none halts more")
                    .isEqualTo(2);
        }

        @Test
        void a_single_adapter_per_driver_has_no_collateral() {
            Server vulnerable = server("SRV-02", adapter("NIC1", "E1000", 10), adapter("NIC2", "b57w2k", 20));

            SimulationCheck check = verifier.verify(vulnerable, Scope.SAME_DRIVER, false, List.of(), List.of());

            assertThat(check.confirmed()).isTrue();
            assertThat(check.haltedAdapters()).isEmpty();
            assertThat(check.disabledVlans()).isEmpty();
        }
    }

    @Nested
    class WithTheFixInEffect {

        @Test
        void empty_rules_sets_are_confirmed() {
            SimulationCheck check = verifier.verify(kbExample, Scope.SAME_DRIVER, true, List.of(), List.of());

            assertThat(check.confirmed()).isTrue();
            assertThat(check.collateralHalts()).isZero();
            assertThat(check.silentVlans()).isZero();
        }

        @Test
        void rules_that_still_list_adapters_disagree() {
            SimulationCheck check = verifier.verify(kbExample, Scope.SAME_DRIVER, true, List.of("NIC1", "NIC2"),
                    List.of());

            assertThat(check.confirmed()).isFalse();
            assertThat(check.disagreement()).startsWith("With the fix in effect, ").contains("NIC1, NIC2");
        }
    }

    @Test
    void a_server_without_adapter_data_cannot_be_verified() {
        Server unknown = Server.builder("SRV-X", Servers.HERE).build();

        assertThatThrownBy(() -> verifier.verify(unknown, Scope.SAME_DRIVER, false, List.of(), List.of()))
                .isInstanceOf(SimulationException.class).hasMessageContaining("SRV-X");
    }

    @Test
    void one_verifier_gives_the_same_answers_from_many_threads() {
        List<Server> fleet = ServerArbitraries.servers().sampleStream().limit(2_000).toList();
        List<SimulationCheck> sequential = fleet.stream()
                .map(s -> verifier.verify(s, Scope.SAME_DRIVER, false, List.of("NIC1"), List.of())).toList();

        List<SimulationCheck> parallel = fleet.parallelStream()
                .map(s -> verifier.verify(s, Scope.SAME_DRIVER, false, List.of("NIC1"), List.of())).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void long_lists_are_cut_in_the_disagreement() {
        Server big = server("SRV-BIG", adapter("N1", "d"), adapter("N2", "d"), adapter("N3", "d"),
                adapter("N4", "d"), adapter("N5", "d"), adapter("N6", "d"), adapter("N7", "d"));

        SimulationCheck check = verifier.verify(big, Scope.SAME_DRIVER, false, List.of(), List.of());

        assertThat(check.disagreement())
                .isEqualTo("Simulation halted N1, N2, N3, N4, N5 and 2 more which the rules did not list.");
    }
}
