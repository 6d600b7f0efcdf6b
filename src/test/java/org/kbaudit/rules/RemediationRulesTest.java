package org.kbaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.rules.Rules.PREFER_HOTFIX;
import static org.kbaudit.rules.Rules.conclude;
import static org.kbaudit.rules.Rules.finding;
import static org.kbaudit.rules.Rules.nic;
import static org.kbaudit.rules.Rules.rule;
import static org.kbaudit.rules.Rules.server;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kbaudit.domain.Action;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.HotfixFile;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Remediation;
import org.kbaudit.domain.Status;
import org.kbaudit.rules.facts.HotfixPrerequisite;

/**
 * rules/50-remediation.drl: options, the recommended one under each policy, the restart and the files
 * (VERDICTS.md 5). The default server is x86 SP1 and unfixed.
 */
class RemediationRulesTest {

    /** The article's File information tables, typed in from the article rather than read from the code. */
    static final FileVersion V = FileVersion.parse("5.2.3790.2520");
    static final HotfixFile X86_NETCFGX = new HotfixFile(Platform.X86, "Netcfgx.dll", V, 781_312, "x86", "31-Aug-2005 03:08");
    static final HotfixFile X64_NETCFGX = new HotfixFile(Platform.X64, "Netcfgx.dll", V, 1_354_240, "x64", "31-Aug-2005 03:41");
    static final HotfixFile X64_WNETCFGX = new HotfixFile(Platform.X64, "Wnetcfgx.dll", V, 781_312, "x86", "31-Aug-2005 03:41");
    static final HotfixFile IA64_NETCFGX = new HotfixFile(Platform.IA64, "Netcfgx.dll", V, 2_104_320, "IA-64", "31-Aug-2005 03:41");
    static final HotfixFile IA64_WNETCFGX = new HotfixFile(Platform.IA64, "Wnetcfgx.dll", V, 781_312, "x86", "31-Aug-2005 03:41");

    private static final String OLD = "5.2.3790.1830";

    @Test
    void every_rule_of_the_file_has_its_own_tests() {
        assertThat(Rules.rulesCoveredBy(RemediationRulesTest.class)).isEqualTo(Rules.ruleNamesIn("50-remediation.drl"));
    }

    @Nested
    class Prerequisite {
        static final String RULE = rule("The hotfix needs SP1 on x86 and Itanium and no service pack on x64 (Prerequisites)");

        @Test
        void the_hotfix_needs_sp1_on_x86_and_itanium_and_nothing_on_x64() {
            assertThat(finding(server().arch("x86").build()).remediation().minimumServicePackForHotfix()).isEqualTo(1);
            assertThat(finding(server().itanium().build()).remediation().minimumServicePackForHotfix()).isEqualTo(1);
            Finding x64 = finding(server().x64().build());
            assertThat(x64.rules()).contains(RULE);
            assertThat(x64.remediation().minimumServicePackForHotfix()).isZero();
        }

        @Test
        void control_out_of_scope_there_is_no_prerequisite() {
            Conclusions c = conclude(server().version("5.0.2195").build());

            assertThat(c.rules()).doesNotContain(RULE);
            assertThat(c.all(HotfixPrerequisite.class)).isEmpty();
        }

        @Test
        void control_an_unknown_platform_has_no_prerequisite() {
            Finding f = finding(server().os(null).arch(null).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().minimumServicePackForHotfix()).isNull();
        }
    }

    @Nested
    class RestartOnly {
        static final String RULE = rule("A fix installed but waiting for its restart needs only the restart (Restart requirement)");

        @Test
        void kb907019_awaiting_its_restart_needs_only_the_restart_under_either_policy() {
            Finding sp = finding(server().hotfixes("KB907019").restartPending().build());
            Finding hotfix = finding(server().hotfixes("KB907019").restartPending().build(), PREFER_HOTFIX);

            for (Finding f : new Finding[] {sp, hotfix}) {
                assertThat(f.rules()).contains(RULE);
                assertThat(f.remediation().options()).containsExactly(Action.RESTART);
                assertThat(f.remediation().recommended()).isEqualTo(Action.RESTART);
                assertThat(f.remediation().restartRequired()).isTrue();
            }
        }

        @Test
        void control_a_pending_restart_with_no_fix_installed_needs_a_real_remedy() {
            Finding f = finding(server().restartPending().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_HOTFIX);
        }
    }

    @Nested
    class LatestServicePack {
        static final String RULE = rule("The latest service pack fixes every platform (Resolution: service pack information)");

        @Test
        void an_unfixed_server_can_always_install_sp2() {
            Finding f = finding(server().itanium().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().options()).contains(Action.INSTALL_SP2);
        }

        @Test
        void control_a_protected_server_needs_nothing() {
            Finding f = finding(server().sp("SP2").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation()).isEqualTo(Remediation.NONE);
        }

        @Test
        void control_an_undecided_server_is_given_no_remedy() {
            Finding f = finding(server().unknownHotfixes().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().options()).isEmpty();
        }
    }

    @Nested
    class HotfixDirect {
        static final String RULE = rule("The hotfix installs directly when its service pack prerequisite is met (Prerequisites)");

        @Test
        void x86_at_sp1_can_install_the_hotfix() {
            Finding f = finding(server().sp("SP1").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_HOTFIX);
        }

        @Test
        void x64_at_rtm_can_install_the_hotfix() {
            Finding f = finding(server().x64().sp("RTM").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_HOTFIX);
            assertThat(f.remediation().minimumServicePackForHotfix()).isZero();
        }

        @Test
        void control_x86_at_rtm_cannot_install_it_directly() {
            Finding f = finding(server().sp("RTM").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().options()).doesNotContain(Action.INSTALL_HOTFIX);
        }
    }

    @Nested
    class X64WithoutServicePackLevel {
        static final String RULE = rule("On x64 the hotfix installs without any service pack (Prerequisites, note)");

        @Test
        void x64_with_an_unknown_service_pack_can_install_the_hotfix_without_warning() {
            Finding f = finding(server().x64().sp(null).netcfgx(OLD).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_HOTFIX);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("confirm"));
        }

        @Test
        void control_x86_with_an_unknown_service_pack_is_another_rule() {
            Finding f = finding(server().sp(null).netcfgx(OLD).build());

            assertThat(f.rules()).doesNotContain(RULE);
        }
    }

    @Nested
    class ServicePack1First {
        static final String RULE = rule("Below its prerequisite the hotfix needs SP1 installed first (Prerequisites)");

        @Test
        void x86_and_itanium_at_rtm_need_sp1_before_the_hotfix() {
            for (Finding f : new Finding[] {finding(server().sp("RTM").build()), finding(server().itanium().sp("RTM").build())}) {
                assertThat(f.rules()).contains(RULE);
                assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_SP1_THEN_HOTFIX);
                assertThat(f.remediation().minimumServicePackForHotfix()).isEqualTo(1);
            }
        }

        @Test
        void control_x64_at_rtm_needs_no_service_pack_first() {
            Finding f = finding(server().x64().sp("RTM").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().options()).doesNotContain(Action.INSTALL_SP1_THEN_HOTFIX);
        }
    }

    @Nested
    class UnknownServicePackOnX86 {
        static final String RULE = rule("With an unknown service pack on x86 or Itanium the hotfix is offered once SP1 is confirmed (Prerequisites)");

        @Test
        void x86_with_an_unknown_service_pack_is_offered_the_hotfix_with_a_warning_to_confirm_sp1() {
            Finding f = finding(server().sp(null).netcfgx(OLD).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_HOTFIX);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("Service Pack 1").contains("confirm"));
        }

        @Test
        void control_a_known_service_pack_needs_no_confirmation() {
            Finding f = finding(server().sp("SP1").netcfgx(OLD).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class ServicePackPolicy {
        static final String RULE = rule("The service-pack policy recommends the latest service pack (Resolution)");

        @Test
        void the_default_policy_recommends_sp2() {
            Finding f = finding(server().sp("RTM").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_SP2);
        }

        @Test
        void control_the_hotfix_policy_does_not_use_it() {
            Finding f = finding(server().sp("RTM").build(), PREFER_HOTFIX);

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_SP1_THEN_HOTFIX);
        }
    }

    @Nested
    class HotfixPolicy {
        static final String RULE = rule("The hotfix policy recommends the smallest change whose prerequisite is met (Prerequisites)");

        @Test
        void the_hotfix_policy_recommends_the_hotfix_at_sp1_and_sp1_first_at_rtm() {
            Finding sp1 = finding(server().sp("SP1").build(), PREFER_HOTFIX);
            Finding rtm = finding(server().itanium().sp("RTM").build(), PREFER_HOTFIX);

            assertThat(sp1.rules()).contains(RULE);
            assertThat(sp1.remediation().recommended()).isEqualTo(Action.INSTALL_HOTFIX);
            assertThat(rtm.remediation().recommended()).isEqualTo(Action.INSTALL_SP1_THEN_HOTFIX);
        }

        @Test
        void control_the_service_pack_policy_recommends_sp2_at_sp1() {
            Finding f = finding(server().sp("SP1").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_SP2);
        }
    }

    @Nested
    class HotfixPolicyWithUnconfirmedPrerequisite {
        static final String RULE = rule("The hotfix policy recommends the service pack while the hotfix's SP1 prerequisite is unconfirmed (Prerequisites)");

        @Test
        void x86_with_an_unknown_service_pack_gets_sp2_recommended_and_the_hotfix_still_offered() {
            Finding f = finding(server().sp(null).netcfgx(OLD).build(), PREFER_HOTFIX);

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_HOTFIX);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_SP2);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("confirm"));
        }

        @Test
        void itanium_with_an_unknown_service_pack_gets_sp2_recommended() {
            Finding f = finding(server().itanium().sp(null).netcfgx(OLD).build(), PREFER_HOTFIX);

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_SP2);
        }

        @Test
        void control_x64_needs_no_service_pack_so_the_hotfix_is_recommended() {
            Finding f = finding(server().x64().sp(null).netcfgx(OLD).build(), PREFER_HOTFIX);

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_HOTFIX);
        }

        @Test
        void control_a_known_sp1_meets_the_prerequisite() {
            Finding f = finding(server().sp("SP1").netcfgx(OLD).build(), PREFER_HOTFIX);

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_HOTFIX);
        }
    }

    @Nested
    class HotfixPolicyFallback {
        static final String RULE = rule("The hotfix policy falls back to the service pack when no hotfix option is known (Resolution)");

        @Test
        void with_an_unknown_platform_at_rtm_the_hotfix_policy_recommends_sp2() {
            Finding f = finding(server().os(null).arch(null).sp("RTM").build(), PREFER_HOTFIX);

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_SP2);
        }

        @Test
        void control_with_a_known_platform_the_hotfix_is_recommended() {
            Finding f = finding(server().build(), PREFER_HOTFIX);

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_HOTFIX);
        }
    }

    @Nested
    class Restart {
        static final String RULE = rule("Every remedy ends with a restart (Restart requirement)");

        @Test
        void every_recommended_remedy_needs_a_restart() {
            assertThat(finding(server().build()).remediation().restartRequired()).isTrue();
            Finding f = finding(server().build(), PREFER_HOTFIX);
            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().restartRequired()).isTrue();
        }

        @Test
        void control_a_protected_server_needs_no_restart() {
            Finding f = finding(server().sp("SP2").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().restartRequired()).isFalse();
        }
    }

    @Nested
    class FilesToVerify {
        static final String RULE = rule("The hotfix files of the platform are deployed and verified afterwards (File information)");

        @Test
        void x86_gets_the_one_x86_netcfgx_of_the_article() {
            Finding f = finding(server().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().files()).containsExactly(X86_NETCFGX);
        }

        @Test
        void x64_gets_the_x64_netcfgx_and_the_32_bit_wnetcfgx() {
            Finding f = finding(server().x64().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().files()).containsExactly(X64_NETCFGX, X64_WNETCFGX);
        }

        @Test
        void itanium_gets_the_ia64_netcfgx_and_the_32_bit_wnetcfgx() {
            Finding f = finding(server().itanium().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.remediation().files()).containsExactly(IA64_NETCFGX, IA64_WNETCFGX);
        }

        @Test
        void control_an_unknown_platform_lists_no_files() {
            Finding f = finding(server().os(null).arch(null).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().files()).isEmpty();
        }

        @Test
        void control_a_protected_server_lists_no_files() {
            Finding f = finding(server().hotfixes("KB907019").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().files()).isEmpty();
        }
    }

    @Nested
    class HotfixWithoutKnownPlatform {
        static final String RULE = rule("Without a known platform, Service Pack 1 or later meets the hotfix's prerequisite on every platform (Prerequisites, derived)");

        @Test
        void at_sp1_with_an_unknown_platform_the_hotfix_is_offered_without_files_and_a_warning_asks_for_the_architecture() {
            Finding f = finding(server().os(null).arch(null).hotfixes().adapters(nic("A", "E1000"), nic("B", "E1000")).build(),
                    PREFER_HOTFIX);

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_HOTFIX);
            assertThat(f.remediation().recommended()).isEqualTo(Action.INSTALL_HOTFIX);
            assertThat(f.remediation().files()).isEmpty();
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).endsWith("collect the architecture"));
        }

        @Test
        void control_at_rtm_an_unknown_platform_leaves_only_the_service_pack() {
            Finding f = finding(server().os(null).arch(null).sp("RTM").hotfixes().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2);
        }
    }

    @Nested
    class PlatformUnreadable {
        static final String RULE = rule("An in-scope server without the fix whose platform cannot be read needs its architecture collected: the hotfix's files and prerequisite depend on it (File information, derived)");

        @Test
        void an_in_scope_server_without_architecture_or_caption_is_warned_to_collect_it_outside_the_missing_contract() {
            Finding f = finding(server().os(null).arch(null).unknownHotfixes().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isNull();
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).as("only the values REPORTS.md lists").containsExactly("hotfixes", "files");
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).startsWith("the platform could not be read")
                    .endsWith("collect the architecture"));
        }

        @Test
        void control_an_architecture_settles_the_platform() {
            Finding f = finding(server().os(null).arch("x86").unknownHotfixes().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.missing()).containsExactly("hotfixes", "files");
        }

        @Test
        void control_a_protected_server_needs_no_architecture() {
            Finding f = finding(server().os(null).arch(null).sp("SP2").build());

            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("collect the architecture"));
        }
    }
}
