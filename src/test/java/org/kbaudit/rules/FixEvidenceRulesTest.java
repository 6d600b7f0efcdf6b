package org.kbaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.rules.Rules.conclude;
import static org.kbaudit.rules.Rules.finding;
import static org.kbaudit.rules.Rules.nic;
import static org.kbaudit.rules.Rules.rule;
import static org.kbaudit.rules.Rules.server;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kbaudit.domain.Action;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.Status;
import org.kbaudit.rules.facts.Fix;
import org.kbaudit.rules.facts.FixUndecided;
import org.kbaudit.rules.facts.MissingData;

/**
 * rules/20-fix-evidence.drl: whether the fix is in effect, strongest evidence first (VERDICTS.md 3).
 * The default server is x86 SP1 with a complete, empty hotfix list and no adapters.
 */
class FixEvidenceRulesTest {

    private static final String FIXED = "5.2.3790.2520";
    private static final String SP1_BUILD = "5.2.3790.1830";

    @Test
    void every_rule_of_the_file_has_its_own_tests() {
        assertThat(Rules.rulesCoveredBy(FixEvidenceRulesTest.class)).isEqualTo(Rules.ruleNamesIn("20-fix-evidence.drl"));
    }

    /** Exactly one Fix or FixUndecided stands: the evidence rules exclude each other. */
    private static void assertOneFixConclusion(Conclusions c) {
        assertThat(c.all(Fix.class).size() + c.all(FixUndecided.class).size()).isEqualTo(1);
    }

    @Nested
    class FixedNetcfgx {
        static final String RULE = rule("A Netcfgx.dll at the fixed version or later is the fix, whatever the service pack or hotfix list claim (File information)");

        @Test
        void a_netcfgx_at_the_fixed_version_protects_whatever_the_service_pack_says() {
            Finding f = finding(server().sp("RTM").netcfgx(FIXED).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.fix().present()).isTrue();
            assertThat(f.fix().evidence()).contains("Netcfgx.dll").contains(FIXED);
        }

        @Test
        void versions_compare_by_number_so_part_10000_is_later_than_2520() {
            Finding f = finding(server().netcfgx("5.2.3790.10000").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }

        @Test
        void control_part_999_is_earlier_than_2520_although_it_sorts_later_as_text() {
            Finding f = finding(server().sp("SP2").netcfgx("5.2.3790.999").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.fix().present()).isFalse();
        }
    }

    @Nested
    class OldNetcfgx {
        static final String RULE = rule("A Netcfgx.dll older than the fixed version means the fix is absent, whatever the service pack or hotfix list claim (File information)");

        @Test
        void an_old_netcfgx_means_absent_even_with_service_pack_2_and_kb907019_listed() {
            Conclusions c = conclude(server().sp("SP2").hotfixes("KB907019").netcfgx(SP1_BUILD).build());
            Finding f = FindingAssembler.assemble(server().build(), c);

            assertThat(c.rules()).contains(RULE);
            assertOneFixConclusion(c);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.fix().present()).isFalse();
            assertThat(f.fix().evidence()).contains(SP1_BUILD);
        }

        @Test
        void control_a_fixed_netcfgx_is_not_old() {
            Finding f = finding(server().netcfgx(FIXED).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.fix().present()).isTrue();
        }

        @Test
        void control_with_kb907019_installed_and_a_restart_pending_the_old_file_waits_for_the_restart() {
            Finding f = finding(server().hotfixes("KB907019").restartPending().netcfgx(SP1_BUILD).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.fix().present()).isFalse();
        }
    }

    @Nested
    class WhichNetcfgxCopy {

        @Test
        void a_netcfgx_in_syswow64_is_the_32_bit_copy_not_the_native_file() {
            // x64 SP1, hotfix list complete and without KB907019: only the 32-bit copy was updated
            Finding f = finding(server().x64().netcfgx(SP1_BUILD, "C:\\WINDOWS\\system32\\netcfgx.dll")
                    .file("Netcfgx.dll", FIXED, "C:\\WINDOWS\\SysWOW64\\netcfgx.dll").build());

            assertThat(f.fix().present()).isFalse();
            assertThat(f.fix().evidence()).isEqualTo("Netcfgx.dll " + SP1_BUILD + " < " + FIXED);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("listed at"));
        }

        @Test
        void a_copy_outside_system32_such_as_the_uninstall_backup_is_no_evidence() {
            // the hotfix keeps the replaced file in $NtUninstallKB907019$ on every patched server
            Finding f = finding(server().netcfgx(FIXED, "C:\\WINDOWS\\system32")
                    .file("netcfgx.dll", SP1_BUILD, "C:\\WINDOWS\\$NtUninstallKB907019$\\netcfgx.dll").build());

            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.warnings()).isEmpty();
        }

        @Test
        void a_full_path_given_as_the_name_is_read_as_the_file_and_its_folder() {
            Finding loaded = finding(server().file("C:\\WINDOWS\\system32\\NETCFGX.DLL", SP1_BUILD, null).build());
            Finding backup = finding(server().sp("SP2")
                    .file("C:\\WINDOWS\\system32\\dllcache\\netcfgx.dll", SP1_BUILD, null).build());

            assertThat(loaded.fix().present()).isFalse();
            assertThat(loaded.fix().evidence()).startsWith("Netcfgx.dll " + SP1_BUILD);
            assertThat(backup.fix().present()).as("dllcache is not loaded; Service Pack 2 decides").isTrue();
        }
    }

    @Nested
    class DisagreeingNetcfgxCopies {
        static final String RULE = rule("Loaded Netcfgx.dll copies of different versions are a warning; the lowest decides (File information, derived)");

        @Test
        void two_loaded_versions_are_a_warning_and_the_lower_decides() {
            Finding f = finding(server().netcfgx(FIXED).netcfgx(SP1_BUILD).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.fix().evidence()).isEqualTo("Netcfgx.dll " + SP1_BUILD + " < " + FIXED);
            assertThat(f.warnings()).containsExactly("Netcfgx.dll is listed at " + SP1_BUILD + " and at " + FIXED
                    + " and nothing tells which copy Windows loads; the lower version decided");
        }

        @Test
        void control_the_same_version_twice_agrees() {
            Finding f = finding(server().netcfgx(FIXED).netcfgx(FIXED).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class OldNetcfgxServicePack2AwaitingRestart {
        static final String RULE = rule("A Netcfgx.dll older than the fixed version beside Service Pack 2 waiting for its restart is replaced at the restart (Restart requirement, derived)");

        @Test
        void service_pack_2_waiting_for_its_restart_with_the_old_file_needs_only_the_restart() {
            Conclusions c = conclude(server().sp("SP2").hotfixes("KB907019").restartPending().netcfgx(SP1_BUILD)
                    .adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build());
            Finding f = finding(server().sp("SP2").hotfixes("KB907019").restartPending().netcfgx(SP1_BUILD)
                    .adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000")).build());

            assertThat(f.rules()).contains(RULE);
            assertOneFixConclusion(c);
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.fix().present()).isFalse();
            assertThat(f.fix().evidence()).contains(SP1_BUILD).contains("Service Pack 2").contains("restart");
            assertThat(f.remediation().options()).containsExactly(Action.RESTART);
            assertThat(f.warnings()).singleElement().asString().contains("pending restart").doesNotContain("contradiction");
        }

        @Test
        void control_without_a_pending_restart_the_old_file_contradicts_service_pack_2() {
            Finding f = finding(server().sp("SP2").netcfgx(SP1_BUILD).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().options()).doesNotContain(Action.RESTART);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).startsWith("contradiction"));
        }
    }

    @Nested
    class OldNetcfgxHotfixAwaitingRestart {
        static final String RULE = rule("A Netcfgx.dll older than the fixed version beside KB907019 waiting for its restart is replaced at the restart (Restart requirement, derived)");

        @Test
        void kb907019_waiting_for_its_restart_with_the_old_file_needs_only_the_restart() {
            Conclusions c = conclude(server().hotfixes("KB907019").restartPending().netcfgx(SP1_BUILD).build());
            Finding f = finding(server().hotfixes("KB907019").restartPending().netcfgx(SP1_BUILD).build());

            assertThat(f.rules()).contains(RULE);
            assertOneFixConclusion(c);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.fix().evidence()).contains(SP1_BUILD).contains("KB907019").contains("restart");
            assertThat(f.remediation().recommended()).isEqualTo(Action.RESTART);
            assertThat(f.remediation().options()).containsExactly(Action.RESTART);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("contradiction"));
        }

        @Test
        void control_on_x86_at_rtm_kb907019_cannot_be_installed_so_the_old_file_stands_and_no_restart_helps() {
            Finding f = finding(server().sp("RTM").hotfixes("KB907019").restartPending().netcfgx(SP1_BUILD).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.fix().evidence()).isEqualTo("Netcfgx.dll " + SP1_BUILD + " < " + FIXED);
            assertThat(f.remediation().options()).containsExactly(Action.INSTALL_SP2, Action.INSTALL_SP1_THEN_HOTFIX);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("needs SP1"))
                    .anySatisfy(w -> assertThat(w).contains("the file version decided"));
        }

        @Test
        void control_a_pending_restart_does_not_excuse_an_old_file_when_nothing_fixed_was_installed() {
            Finding f = finding(server().restartPending().netcfgx(SP1_BUILD).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.remediation().options()).doesNotContain(Action.RESTART);
        }
    }

    @Nested
    class OldWnetcfgxBesideAClaimedFix {
        static final String RULE = rule("A 32-bit Wnetcfgx.dll below the fixed version while Service Pack 2 or KB907019 claims the fix and no Netcfgx.dll version is known is a warning (File information, derived)");

        @Test
        void kb907019_listed_on_itanium_with_an_old_wnetcfgx_is_protected_with_a_warning_to_collect_netcfgx() {
            Finding f = finding(server().itanium().hotfixes("KB907019").wnetcfgx(SP1_BUILD).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("hotfix file set incomplete")
                    .contains("Wnetcfgx.dll").contains("Netcfgx.dll"));
        }

        @Test
        void service_pack_2_on_x64_with_an_old_wnetcfgx_is_warned_about_too() {
            Finding f = finding(server().x64().sp("SP2").wnetcfgx(SP1_BUILD).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }

        @Test
        void control_a_fixed_wnetcfgx_beside_the_claim_is_no_warning() {
            Finding f = finding(server().x64().hotfixes("KB907019").wnetcfgx(FIXED).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }

        @Test
        void control_with_the_netcfgx_version_known_the_file_set_rule_speaks() {
            Finding f = finding(server().x64().hotfixes("KB907019").netcfgx(FIXED).wnetcfgx(SP1_BUILD).build());

            assertThat(f.rules()).doesNotContain(RULE);
        }
    }

    @Nested
    class IncompleteFileSet {
        static final String RULE = rule("A 32-bit Wnetcfgx.dll left below the fixed version beside a fixed Netcfgx.dll means the hotfix file set is incomplete (File information)");

        @Test
        void an_old_wnetcfgx_beside_a_fixed_netcfgx_is_protected_with_an_incomplete_warning() {
            Finding f = finding(server().x64().netcfgx(FIXED).wnetcfgx(SP1_BUILD).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("hotfix file set incomplete")
                    .contains("Wnetcfgx.dll"));
        }

        @Test
        void control_a_fixed_wnetcfgx_is_complete() {
            Finding f = finding(server().x64().netcfgx(FIXED).wnetcfgx(FIXED).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("incomplete"));
        }

        @Test
        void control_an_old_wnetcfgx_beside_an_old_netcfgx_is_just_unfixed() {
            Finding f = finding(server().x64().netcfgx(SP1_BUILD).wnetcfgx(SP1_BUILD).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }

    @Nested
    class ServicePack2 {
        static final String RULE = rule("Service Pack 2 or later contains the fix (Status)");

        @ParameterizedTest
        @ValueSource(strings = {"SP2", "Service Pack 2", "3"})
        void service_pack_2_or_later_protects(String sp) {
            Finding f = finding(server().sp(sp).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.fix().present()).isTrue();
        }

        @Test
        void control_service_pack_1_does_not() {
            Finding f = finding(server().sp("SP1").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }

    @Nested
    class ServicePack2AwaitingRestart {
        static final String RULE = rule("Service Pack 2 waiting for a restart is not in effect yet (Restart requirement)");

        @Test
        void service_pack_2_with_a_pending_restart_is_not_in_effect_and_needs_only_the_restart() {
            Conclusions c = conclude(server().sp("SP2").restartPending().build());
            Finding f = finding(server().sp("SP2").restartPending().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(c.one(Fix.class).awaitingRestart()).isTrue();
            assertThat(f.fix().present()).isFalse();
            assertThat(f.fix().evidence()).containsIgnoringCase("restart");
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.remediation().options()).containsExactly(Action.RESTART);
            assertThat(f.remediation().recommended()).isEqualTo(Action.RESTART);
        }

        @Test
        void control_without_a_pending_restart_service_pack_2_protects() {
            Finding f = finding(server().sp("SP2").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }
    }

    @Nested
    class HotfixListed {
        static final String RULE = rule("KB907019 in the installed-hotfix list is the fix (Hotfix information)");

        @ParameterizedTest
        @ValueSource(strings = {"KB907019", "Q907019", "907019", "kb907019-v2", "kb907019"})
        void kb907019_in_any_written_form_protects(String entry) {
            Finding f = finding(server().hotfixes("KB885835", entry).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.fix().present()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"KB907010", "KB9070190", "KB1907019"})
        void control_other_articles_are_not_kb907019(String entry) {
            Finding f = finding(server().hotfixes(entry).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }
    }

    @Nested
    class HotfixAwaitingRestart {
        static final String RULE = rule("KB907019 installed but waiting for a restart is not in effect yet (Restart requirement)");

        @Test
        void kb907019_with_a_pending_restart_is_absent_and_needs_only_the_restart() {
            Finding f = finding(server().hotfixes("KB907019").restartPending().adapters(nic("NIC1", "E1000"),
                    nic("NIC2", "E1000")).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.fix().present()).isFalse();
            assertThat(f.fix().evidence()).containsIgnoringCase("restart");
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.remediation().options()).containsExactly(Action.RESTART);
            assertThat(f.remediation().recommended()).isEqualTo(Action.RESTART);
        }

        @Test
        void control_without_a_pending_restart_kb907019_protects() {
            Finding f = finding(server().hotfixes("KB907019").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }
    }

    @Nested
    class RtmOnX86OrItanium {
        static final String RULE = rule("On x86 or Itanium at RTM the fix is absent: no Service Pack 2, and the hotfix needs SP1 (Prerequisites, derived)");

        @ParameterizedTest
        @ValueSource(strings = {"x86", "Itanium"})
        void x86_or_itanium_at_rtm_is_unfixed_even_without_a_hotfix_list(String arch) {
            Finding f = finding(server().arch(arch).sp("RTM").unknownHotfixes().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.fix().present()).isFalse();
        }

        @Test
        void control_x64_at_rtm_can_carry_the_hotfix_so_an_unknown_list_leaves_it_undecided() {
            Finding f = finding(server().x64().sp("RTM").unknownHotfixes().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("hotfixes", "files");
        }
    }

    @Nested
    class CompleteListWithoutHotfix {
        static final String RULE = rule("Below Service Pack 2, a complete installed-hotfix list without KB907019 means the fix is absent (Hotfix information)");

        @Test
        void a_complete_list_without_kb907019_below_sp2_means_absent() {
            Finding f = finding(server().hotfixes("KB885835", "KB890046").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.fix().present()).isFalse();
        }

        @Test
        void an_empty_complete_list_on_x64_at_rtm_means_absent() {
            Finding f = finding(server().x64().sp("RTM").hotfixes().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.fix().present()).isFalse();
        }

        @Test
        void control_a_list_with_placeholders_proves_nothing() {
            Finding f = finding(server().hotfixes("KB885835", "File 1").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
        }
    }

    @Nested
    class FixUndecidedWithoutEvidence {
        static final String RULE = rule("Without file versions, Service Pack 2, KB907019 or a complete hotfix list, the fix state is unknown (Resolution)");

        @Test
        void sp1_without_a_hotfix_list_is_unknown() {
            Conclusions c = conclude(server().unknownHotfixes().build());
            Finding f = finding(server().unknownHotfixes().build());

            assertThat(f.rules()).contains(RULE);
            assertOneFixConclusion(c);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.fix().present()).isNull();
            assertThat(f.ifUnpatched()).isEqualTo(Status.VULNERABLE);
        }

        @Test
        void control_a_complete_list_decides() {
            Finding f = finding(server().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.fix().present()).isFalse();
        }
    }

    @Nested
    class UndecidedNeedsFiles {
        static final String RULE = rule("An undecided fix needs the Netcfgx.dll version, which settles it (File information, derived)");

        @Test
        void an_undecided_fix_asks_for_the_files() {
            Finding f = finding(server().unknownHotfixes().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.missing()).contains("files");
        }

        @Test
        void control_a_decided_fix_asks_for_nothing() {
            Conclusions c = conclude(server().build());

            assertThat(c.rules()).doesNotContain(RULE);
            assertThat(c.all(MissingData.class)).isEmpty();
        }
    }

    @Nested
    class UndecidedNeedsServicePack {
        static final String RULE = rule("An undecided fix needs the service pack level (Status, derived)");

        @Test
        void an_unknown_service_pack_with_a_complete_list_leaves_the_fix_undecided_and_asks_for_it() {
            Finding f = finding(server().sp(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("servicePack", "files");
        }

        @Test
        void control_a_known_service_pack_is_not_asked_for() {
            Finding f = finding(server().unknownHotfixes().build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.missing()).doesNotContain("servicePack");
        }
    }

    @Nested
    class UndecidedNeedsHotfixList {
        static final String RULE = rule("An undecided fix needs the installed-hotfix list when it is unknown (Hotfix information, derived)");

        @Test
        void an_unknown_hotfix_list_is_asked_for() {
            Finding f = finding(server().unknownHotfixes().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.missing()).containsExactly("hotfixes", "files");
        }

        @Test
        void control_a_given_list_is_not_asked_for() {
            Finding f = finding(server().sp(null).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.missing()).doesNotContain("hotfixes");
        }
    }

    @Nested
    class IncompleteHotfixList {
        static final String RULE = rule("An incomplete installed-hotfix list proves nothing by what it lacks (Hotfix information, derived)");

        @Test
        void placeholder_entries_make_the_absence_of_kb907019_prove_nothing() {
            Finding f = finding(server().hotfixes("KB885835", "File 1", "File 2").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("hotfixes", "files");
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("incomplete").contains("proves nothing"));
        }

        @Test
        void a_list_shorter_than_its_announced_count_proves_nothing() {
            Finding f = finding(server().hotfixes(HotfixInventory.announced(List.of("KB885835"), 352)).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("352").contains("proves nothing"));
        }

        @Test
        void control_a_complete_list_is_no_warning() {
            Finding f = finding(server().hotfixes("KB885835").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }

        @Test
        void control_an_incomplete_list_that_names_kb907019_still_shows_it() {
            Finding f = finding(server().hotfixes("File 1", "KB907019").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }
    }

    @Nested
    class ContradictionHotfixAtRtm {
        static final String RULE = rule("KB907019 listed on an x86 or Itanium server at RTM contradicts its SP1 prerequisite (Prerequisites)");

        @ParameterizedTest
        @ValueSource(strings = {"x86", "IA64"})
        void kb907019_listed_at_rtm_on_x86_or_itanium_is_a_contradiction_warning(String arch) {
            Finding f = finding(server().arch(arch).sp("RTM").hotfixes("KB907019").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("contradiction").contains("SP1"));
        }

        @Test
        void control_kb907019_on_x64_at_rtm_is_no_contradiction() {
            Finding f = finding(server().x64().sp("RTM").hotfixes("KB907019").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.warnings()).isEmpty();
        }

        @Test
        void control_kb907019_on_x86_at_sp1_is_no_contradiction() {
            Finding f = finding(server().hotfixes("KB907019").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class ContradictionServicePack2OldFile {
        static final String RULE = rule("Service Pack 2 claimed while Netcfgx.dll is older than the fixed version is a contradiction; the files win (Status, File information)");

        @Test
        void service_pack_2_with_an_old_netcfgx_is_a_contradiction_and_the_file_wins() {
            Finding f = finding(server().sp("SP2").netcfgx(SP1_BUILD).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.fix().present()).isFalse();
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("contradiction").contains("Service Pack 2")
                    .contains(SP1_BUILD));
        }

        @Test
        void control_service_pack_2_with_a_fixed_netcfgx_agrees() {
            Finding f = finding(server().sp("SP2").netcfgx(FIXED).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class ContradictionHotfixOldFile {
        static final String RULE = rule("KB907019 listed while Netcfgx.dll is older than the fixed version is a contradiction; the files win (File information)");

        @Test
        void kb907019_listed_with_an_old_netcfgx_is_a_contradiction_and_the_file_wins() {
            Finding f = finding(server().hotfixes("KB907019").netcfgx(SP1_BUILD).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("contradiction").contains("KB907019")
                    .contains(SP1_BUILD));
        }

        @Test
        void control_kb907019_listed_with_a_fixed_netcfgx_agrees() {
            Finding f = finding(server().hotfixes("KB907019").netcfgx(FIXED).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }
    }
}
