package org.kbaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.rules.Rules.conclude;
import static org.kbaudit.rules.Rules.finding;
import static org.kbaudit.rules.Rules.nic;
import static org.kbaudit.rules.Rules.rule;
import static org.kbaudit.rules.Rules.server;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Status;
import org.kbaudit.rules.facts.Priority;

/** rules/60-priority.drl: the patch-planning tier, worst first (VERDICTS.md 6). */
class PriorityRulesTest {

    @Test
    void every_rule_of_the_file_has_its_own_tests() {
        assertThat(Rules.rulesCoveredBy(PriorityRulesTest.class)).isEqualTo(Rules.ruleNamesIn("60-priority.drl"));
    }

    @Nested
    class SilentVlanLossFirst {
        static final String RULE = rule("Silent VLAN loss comes first: an outage that monitoring reports as up (Symptoms)");

        @Test
        void an_exposed_server_with_a_vlan_in_a_shared_group_is_tier_1() {
            Conclusions c = conclude(server().adapters(nic("NIC1", "E1000", 10), nic("NIC2", "E1000")).build());

            assertThat(c.rules()).contains(RULE);
            assertThat(c.all(Priority.class)).containsExactly(new Priority(1));
        }

        @Test
        void control_an_exposed_server_without_vlans_in_its_group_is_not_tier_1() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000"), nic("NIC3", "b57w2k", 10)).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.priority()).isEqualTo(2);
        }

        @Test
        void control_a_protected_server_with_vlans_in_a_shared_group_has_no_tier() {
            Finding f = finding(server().sp("SP2").adapters(nic("NIC1", "E1000", 10), nic("NIC2", "E1000")).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.priority()).isNull();
        }
    }

    @Nested
    class HotSwapSecond {
        static final String RULE = rule("The hot-swap cascade alone comes second (Symptoms)");

        @Test
        void an_exposed_server_without_silent_vlan_loss_is_tier_2() {
            Conclusions c = conclude(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build());

            assertThat(c.rules()).contains(RULE);
            assertThat(c.all(Priority.class)).containsExactly(new Priority(2));
        }

        @Test
        void control_silent_vlan_loss_is_not_tier_2() {
            Conclusions c = conclude(server().adapters(nic("NIC1", "E1000", 10), nic("NIC2", "E1000", 20)).build());

            assertThat(c.rules()).doesNotContain(RULE);
            assertThat(c.all(Priority.class)).containsExactly(new Priority(1));
        }
    }

    @Nested
    class VulnerableThird {
        static final String RULE = rule("VULNERABLE servers come after every EXPOSED one: patch before adding adapters or VLANs (Cause)");

        @Test
        void a_vulnerable_server_is_tier_3() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000", 10)).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.priority()).isEqualTo(3);
        }

        @Test
        void control_a_not_applicable_server_has_no_tier() {
            Finding f = finding(server().version("6.0.6002").adapters(nic("NIC1", "E1000", 10)).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.priority()).isNull();
        }
    }

    @Nested
    class UnknownLast {
        static final String RULE = rule("UNKNOWN servers come last, with the data to collect (Resolution, derived)");

        @Test
        void an_unknown_server_is_tier_4_with_what_to_collect() {
            Finding f = finding(server().unknownHotfixes().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.priority()).isEqualTo(4);
            assertThat(f.missing()).isNotEmpty();
        }

        @Test
        void control_an_exposed_server_is_not_tier_4() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.priority()).isEqualTo(2);
        }
    }
}
