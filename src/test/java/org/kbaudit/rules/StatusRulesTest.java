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
import org.kbaudit.rules.facts.IfUnpatched;
import org.kbaudit.rules.facts.Verdict;

/**
 * rules/40-status.drl: exactly one status per server, and for UNKNOWN the status it would have unpatched
 * (VERDICTS.md 4). The default server is in scope and unfixed (x86 SP1, complete list without KB907019).
 */
class StatusRulesTest {

    @Test
    void every_rule_of_the_file_has_its_own_tests() {
        assertThat(Rules.rulesCoveredBy(StatusRulesTest.class)).isEqualTo(Rules.ruleNamesIn("40-status.drl"));
    }

    private static Finding only(Conclusions c) {
        assertThat(c.all(Verdict.class)).hasSize(1);
        return FindingAssembler.assemble(server().build(), c);
    }

    @Nested
    class NotApplicable {
        static final String RULE = rule("A server outside the article is NOT_APPLICABLE (Applies to)");

        @Test
        void a_windows_2000_server_with_a_shared_group_is_not_applicable_with_nothing_at_risk() {
            Finding f = only(conclude(server().version("5.0.2195").adapters(nic("NIC1", "E1000", 5),
                    nic("NIC2", "E1000")).build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.atRiskAdapters()).isEmpty();
            assertThat(f.exposures()).isEmpty();
            assertThat(f.priority()).isNull();
        }

        @Test
        void control_a_server_2003_is_applicable() {
            Finding f = only(conclude(server().build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isNotEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class Protected {
        static final String RULE = rule("An in-scope server with the fix in effect is PROTECTED (Resolution, Status)");

        @Test
        void an_in_scope_server_with_the_fix_is_protected_even_with_a_shared_group() {
            Finding f = only(conclude(server().sp("SP2").adapters(nic("NIC1", "E1000", 5), nic("NIC2", "E1000")).build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.atRiskAdapters()).isEmpty();
            assertThat(f.remediation().options()).isEmpty();
        }

        @Test
        void the_fix_protects_even_without_adapter_data() {
            Finding f = only(conclude(server().sp("SP2").noAdapterData().build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.missing()).isEmpty();
        }

        @Test
        void control_the_fix_on_an_out_of_scope_server_is_not_protection() {
            Finding f = only(conclude(server().version("5.1.2600").sp("SP2").build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class Exposed {
        static final String RULE = rule("An in-scope server without the fix and with an exposure is EXPOSED (Symptoms, Cause)");

        @Test
        void an_unfixed_server_with_a_shared_group_is_exposed() {
            Finding f = only(conclude(server().adapters(nic("NIC1", "b57w2k"), nic("NIC2", "B57W2K")).build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2");
            assertThat(f.missing()).isEmpty();
            assertThat(f.ifUnpatched()).isNull();
        }

        @Test
        void control_the_same_adapters_with_the_fix_are_not_exposed() {
            Finding f = only(conclude(server().hotfixes("KB907019").adapters(nic("NIC1", "b57w2k"),
                    nic("NIC2", "B57W2K")).build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }
    }

    @Nested
    class Vulnerable {
        static final String RULE = rule("An in-scope server without the fix and with a single adapter per driver is VULNERABLE: nothing can be knocked out today (Cause)");

        @Test
        void an_unfixed_server_with_one_adapter_per_driver_is_vulnerable() {
            Finding f = only(conclude(server().adapters(nic("NIC1", "E1000", 10), nic("NIC2", "b57w2k", 20)).build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.exposures()).isEmpty();
            assertThat(f.atRiskAdapters()).isEmpty();
            assertThat(f.atRiskVlans()).isEmpty();
        }

        @Test
        void control_a_shared_group_makes_it_exposed_instead() {
            Finding f = only(conclude(server().adapters(nic("NIC1", "E1000", 10), nic("NIC2", "e1000", 20)).build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
        }

        @Test
        void control_no_adapter_data_is_not_vulnerable_but_unknown() {
            Finding f = only(conclude(server().noAdapterData().build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
        }
    }

    @Nested
    class UnknownScope {
        static final String RULE = rule("A server whose scope cannot be decided is UNKNOWN (Applies to, derived)");

        @Test
        void an_unrecognised_caption_without_version_is_unknown_even_when_unfixed_and_shared() {
            Finding f = only(conclude(server().os("ZetaOS").version(null).adapters(nic("NIC1", "E1000"),
                    nic("NIC2", "E1000")).build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("os");
            assertThat(f.ifUnpatched()).isEqualTo(Status.EXPOSED);
        }

        @Test
        void control_a_recognised_caption_decides_the_scope() {
            Finding f = only(conclude(server().version(null).build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }

    @Nested
    class UnknownFix {
        static final String RULE = rule("An in-scope server whose fix state cannot be decided is UNKNOWN (Resolution, derived)");

        @Test
        void an_undecided_fix_is_unknown() {
            Finding f = only(conclude(server().unknownHotfixes().build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("hotfixes", "files");
        }

        @Test
        void control_a_decided_fix_is_not_unknown() {
            Finding f = only(conclude(server().build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }

    @Nested
    class UnknownAdapters {
        static final String RULE = rule("An in-scope server without the fix whose adapters cannot be grouped is UNKNOWN (Symptoms, derived)");

        @Test
        void an_unfixed_server_without_adapter_data_is_unknown_missing_adapters() {
            Finding f = only(conclude(server().noAdapterData().build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("adapters");
            assertThat(f.ifUnpatched()).isNull();
        }

        @Test
        void an_unfixed_server_with_ungroupable_adapters_is_unknown_missing_adapter_drivers() {
            Finding f = only(conclude(server().adapters(nic("NIC1", "E1000"), nic("NIC2", null)).build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("adapterDrivers");
        }

        @Test
        void control_named_adapters_that_already_share_decide_exposed() {
            Finding f = only(conclude(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000"), nic("NIC3", null)).build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
        }
    }

    @Nested
    class IfUnpatchedExposed {
        static final String RULE = rule("An UNKNOWN server with a shared group would be EXPOSED if unpatched (Symptoms, derived)");

        @Test
        void an_unknown_fix_with_a_shared_group_would_be_exposed() {
            Finding f = only(conclude(server().unknownHotfixes().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.ifUnpatched()).isEqualTo(Status.EXPOSED);
        }

        @Test
        void control_a_decided_exposed_server_has_no_if_unpatched() {
            Conclusions c = conclude(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build());

            assertThat(c.rules()).doesNotContain(RULE);
            assertThat(c.all(IfUnpatched.class)).isEmpty();
        }
    }

    @Nested
    class IfUnpatchedVulnerable {
        static final String RULE = rule("An UNKNOWN server with one adapter per driver would be VULNERABLE if unpatched (Cause, derived)");

        @Test
        void an_unknown_fix_with_one_adapter_per_driver_would_be_vulnerable() {
            Finding f = only(conclude(server().unknownHotfixes().adapters(nic("NIC1", "E1000"), nic("NIC2", "b57w2k")).build()));

            assertThat(f.rules()).contains(RULE);
            assertThat(f.ifUnpatched()).isEqualTo(Status.VULNERABLE);
        }

        @Test
        void control_without_adapter_data_the_unpatched_status_is_not_guessed() {
            Finding f = only(conclude(server().unknownHotfixes().noAdapterData().build()));

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.ifUnpatched()).isNull();
            assertThat(f.missing()).containsExactly("hotfixes", "files", "adapters");
        }
    }
}
