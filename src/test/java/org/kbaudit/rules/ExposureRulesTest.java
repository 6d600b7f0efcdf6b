package org.kbaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.rules.Rules.ALL_ADAPTERS;
import static org.kbaudit.rules.Rules.conclude;
import static org.kbaudit.rules.Rules.finding;
import static org.kbaudit.rules.Rules.nic;
import static org.kbaudit.rules.Rules.rule;
import static org.kbaudit.rules.Rules.server;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Exposure;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;
import org.kbaudit.rules.facts.SharedGroup;

/**
 * rules/30-exposure.drl: shared miniport groups, the adapters and VLANs at risk and the two exposures
 * (VERDICTS.md 4). The default server is x86 SP1 with a complete hotfix list without KB907019: unfixed.
 */
class ExposureRulesTest {

    @Test
    void every_rule_of_the_file_has_its_own_tests() {
        assertThat(Rules.rulesCoveredBy(ExposureRulesTest.class)).isEqualTo(Rules.ruleNamesIn("30-exposure.drl"));
    }

    @Nested
    class SharedMiniport {
        static final String RULE = rule("Adapters that share a miniport driver are halted together when one of them is added, removed or restarted (Symptoms, Cause)");

        @Test
        void two_adapters_of_one_driver_in_different_case_form_one_group() {
            Conclusions c = conclude(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "e1000"),
                    nic("NIC3", "b57w2k")).build());

            assertThat(c.rules()).contains(RULE);
            assertThat(c.all(SharedGroup.class)).containsExactly(new SharedGroup("e1000", 2));
        }

        @Test
        void control_adapters_of_different_drivers_form_no_group() {
            Conclusions c = conclude(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "b57w2k")).build());

            assertThat(c.rules()).doesNotContain(RULE);
            assertThat(c.all(SharedGroup.class)).isEmpty();
        }

        @Test
        void control_under_the_conservative_scope_no_driver_group_is_formed() {
            Conclusions c = conclude(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build(), ALL_ADAPTERS);

            assertThat(c.rules()).doesNotContain(RULE);
            assertThat(c.all(SharedGroup.class)).containsExactly(SharedGroup.wholeServer(2));
        }
    }

    @Nested
    class WholeServerGroup {
        static final String RULE = rule("Under the conservative scope every adapter of the server is halted together (Cause, read literally)");

        @Test
        void under_all_adapters_adapters_of_different_drivers_are_at_risk_together() {
            Server s = server().adapters(nic("NIC1", "E1000"), nic("NIC2", "b57w2k"), nic("NIC3", null)).build();
            Finding f = finding(s, ALL_ADAPTERS);

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2", "NIC3");
        }

        @Test
        void control_a_single_adapter_is_alone_even_under_all_adapters() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000", 10)).build(), ALL_ADAPTERS);

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.atRiskAdapters()).isEmpty();
        }

        @Test
        void control_the_default_scope_keeps_different_drivers_apart() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "b57w2k")).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }

    @Nested
    class AdaptersAtRisk {
        static final String RULE = rule("Every adapter of a shared group is at risk while the fix is not in effect (Symptoms)");

        private final Server.Builder twoPlusOne = server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000"),
                nic("NIC3", "b57w2k")).build().toBuilder();

        @Test
        void every_member_of_a_shared_group_and_no_one_else_is_at_risk() {
            Finding f = finding(twoPlusOne.build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2");
        }

        @Test
        void control_with_the_fix_in_effect_nothing_is_at_risk() {
            Finding f = finding(twoPlusOne.servicePack("SP2").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.atRiskAdapters()).isEmpty();
            assertThat(f.exposures()).isEmpty();
        }

        @Test
        void control_out_of_scope_nothing_is_at_risk() {
            Finding f = finding(twoPlusOne.osVersion("5.0.2195").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.atRiskAdapters()).isEmpty();
        }
    }

    @Nested
    class VlansAtRisk {
        static final String RULE = rule("Every VLAN on an adapter of a shared group is at risk while the fix is not in effect (Symptoms)");

        @Test
        void every_vlan_of_the_shared_group_and_none_of_a_lone_adapter_is_at_risk() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000", 10, 20), nic("NIC2", "e1000", 30),
                    nic("NIC3", "b57w2k", 40)).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.atRiskVlans()).containsExactly(new AdapterVlan("NIC1", 10), new AdapterVlan("NIC1", 20),
                    new AdapterVlan("NIC2", 30));
        }

        @Test
        void control_a_vlan_on_a_lone_adapter_is_not_at_risk() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000", 10), nic("NIC2", "b57w2k", 20)).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.atRiskVlans()).isEmpty();
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }

    @Nested
    class HotSwapCascade {
        static final String RULE = rule("A shared group exposes the server to the hot-swap cascade (Symptoms)");

        @Test
        void a_shared_group_without_vlans_is_the_hot_swap_cascade_only() {
            Finding f = finding(server().adapters(nic("NIC1", "q57w2k"), nic("NIC2", "Q57W2K")).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.exposures()).containsExactly(Exposure.HOT_SWAP_CASCADE);
            assertThat(f.atRiskVlans()).isEmpty();
        }

        @Test
        void control_no_shared_group_no_cascade() {
            Finding f = finding(server().adapters(nic("NIC1", "q57w2k")).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.exposures()).isEmpty();
        }
    }

    @Nested
    class SilentVlanLoss {
        static final String RULE = rule("A VLAN in a shared group exposes the server to silent VLAN loss: disabled while shown active (Symptoms)");

        @Test
        void a_vlan_in_a_shared_group_adds_silent_vlan_loss() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000", 100)).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.exposures()).containsExactly(Exposure.HOT_SWAP_CASCADE, Exposure.SILENT_VLAN_LOSS);
            assertThat(f.atRiskVlans()).containsExactly(new AdapterVlan("NIC2", 100));
        }

        @Test
        void control_a_vlan_outside_every_shared_group_is_no_silent_loss() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000"),
                    nic("NIC3", "b57w2k", 100)).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.exposures()).containsExactly(Exposure.HOT_SWAP_CASCADE);
        }
    }

    @Nested
    class NoAdapterData {
        static final String RULE = rule("Without adapter data the exposure cannot be decided (Symptoms, derived)");

        @Test
        void no_adapter_data_is_unknown_missing_adapters() {
            Finding f = finding(server().noAdapterData().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("adapters");
        }

        @Test
        void control_an_empty_adapter_list_is_known_to_be_none() {
            Finding f = finding(server().adapters().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }

    @Nested
    class DriverlessAdaptersUndecided {
        static final String RULE = rule("Two or more adapters, some without a driver name and none shown to share one, leave the exposure undecided (Symptoms, derived)");

        @Test
        void a_named_and_a_driverless_adapter_are_unknown_missing_adapter_drivers() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000", 10), nic("NIC2", null)).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("adapterDrivers");
            assertThat(f.atRiskAdapters()).isEmpty();
        }

        @Test
        void two_driverless_adapters_are_unknown_missing_adapter_drivers() {
            Finding f = finding(server().adapters(nic("NIC1", null), nic("NIC2", " ")).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("adapterDrivers");
        }

        @Test
        void control_a_single_driverless_adapter_cannot_share_and_is_vulnerable() {
            Finding f = finding(server().adapters(nic("NIC1", null)).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }

        @Test
        void control_under_all_adapters_the_driver_names_do_not_matter() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", null)).build(), ALL_ADAPTERS);

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2");
        }
    }

    @Nested
    class DriverlessBesideSharedGroup {
        static final String RULE = rule("Adapters without a driver name beside a shared group may share it too, which is a warning (Symptoms, derived)");

        @Test
        void a_driverless_adapter_beside_a_shared_group_is_exposed_with_a_warning() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000"), nic("NIC3", null)).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2");
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("1 adapter(s)").contains("no driver name"));
        }

        @Test
        void control_a_shared_group_with_every_driver_named_is_no_warning() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class AdapterListCutShort {
        static final String RULE = rule("An adapter list cut short, whose listed adapters share no driver, cannot show that nothing else can be knocked out (Symptoms, derived)");

        @Test
        void a_cut_list_without_a_shared_group_is_unknown_missing_adapters_not_vulnerable() {
            Finding f = finding(server().adapters(nic("Local Area Connection", "Intel(R) PRO/1000 MT Network Connection"))
                    .adaptersIncomplete().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("adapters");
            assertThat(f.ifUnpatched()).isNull();
        }

        @Test
        void control_a_cut_list_whose_listed_adapters_already_share_a_driver_is_exposed() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).adaptersIncomplete().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2");
        }

        @Test
        void control_a_complete_list_of_one_adapter_is_vulnerable() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000")).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }
}
