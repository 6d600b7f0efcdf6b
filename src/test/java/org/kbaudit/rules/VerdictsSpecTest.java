package org.kbaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.rules.Rules.ALL_ADAPTERS;
import static org.kbaudit.rules.Rules.PREFER_HOTFIX;
import static org.kbaudit.rules.Rules.conclude;
import static org.kbaudit.rules.Rules.finding;
import static org.kbaudit.rules.Rules.nic;
import static org.kbaudit.rules.Rules.server;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kbaudit.domain.Action;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Exposure;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;
import org.kbaudit.rules.facts.Verdict;

/**
 * VERDICTS.md, sections 2 to 6, bullet by bullet: each nested class quotes the bullet it checks. The
 * default server is Windows Server 2003 Enterprise, 5.2.3790, x86, SP1, with a complete empty hotfix list
 * and no adapters.
 */
class VerdictsSpecTest {

    private static final String FIXED = "5.2.3790.2520";
    private static final String OLD = "5.2.3790.1830";

    /** Two adapters of one driver (names differing in case), one of them with VLANs, and a lone third. */
    private static Server.Builder twoSharePlusOne() {
        return server().adapters(nic("NIC1", "E1000", 10, 20), nic("NIC2", "e1000"), nic("NIC3", "b57w2k", 30))
                .build().toBuilder();
    }

    // ------------------------------------------------------------------------------------------------ 2

    /** 2. "In scope: the Windows NT 5.2 build 3790 family — Windows Server 2003 in every edition ... and XP Professional x64". */
    @Nested
    class Section2_InScope {

        @ParameterizedTest
        @ValueSource(strings = {"Microsoft Windows Server 2003, Web Edition", "Microsoft Windows Server 2003 Standard Edition",
                "Microsoft(R) Windows(R) Server 2003, Enterprise Edition", "Microsoft Windows Server 2003 Datacenter Edition",
                "Microsoft Windows Server 2003, Enterprise x64 Edition", "Microsoft Windows Server 2003, Datacenter x64 Edition",
                "Microsoft Windows Server 2003, Enterprise Edition for 64-Bit Itanium-based Systems",
                "Microsoft Windows XP Professional x64 Edition"})
        void every_edition_and_xp_x64_is_in_scope_by_caption_alone(String caption) {
            Finding f = finding(server().os(caption).version(null).arch(null).build());

            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Microsoft Windows Server 2003 R2, Standard Edition",
                "Microsoft Windows Server 2003 R2 Enterprise x64 Edition", "Microsoft Windows Small Business Server 2003",
                "Windows SBS 2003 Premium Server 2003"})
        void r2_and_sbs_are_in_scope_and_the_finding_says_the_scope_was_derived(String caption) {
            for (String version : new String[] {"5.2.3790", null}) {
                Finding f = finding(server().os(caption).version(version).build());

                assertThat(f.status()).as(version).isEqualTo(Status.VULNERABLE);
                assertThat(f.warnings()).as(version).anySatisfy(w -> assertThat(w)
                        .contains("not a title the article lists").contains("5.2.3790").contains("scope decided by version"));
            }
        }
    }

    /** 2. "Out of scope (status NOT_APPLICABLE): every other system ...". */
    @Nested
    class Section2_OutOfScope {

        @ParameterizedTest
        @CsvSource({"Microsoft Windows 2000 Server, 5.0.2195", "Microsoft Windows XP Professional, 5.1.2600",
                "Windows Vista Business, 6.0.6000", "Windows Server 2008 R2 Enterprise, 6.1.7601",
                "Windows Server 2019 Standard, 10.0.17763", "Windows NT Server 4.0, 4.0.1381"})
        void other_windows_releases_are_not_applicable_by_version_and_by_caption(String caption, String version) {
            assertThat(finding(server().os(caption).version(version).build()).status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(finding(server().os(caption).version(null).build()).status()).isEqualTo(Status.NOT_APPLICABLE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Red Hat Enterprise Linux Server 5.4", "Debian GNU/Linux 5.0", "SunOS 5.10",
                "Oracle Solaris 10", "AIX 6.1", "HP-UX B.11.31", "FreeBSD 8.0", "VMware ESX 4.0", "VMware ESXi 5.5",
                "Novell NetWare 6.5", "Mac OS X Server 10.6", "macOS 13"})
        void recognised_non_windows_systems_are_not_applicable(String caption) {
            Finding f = finding(server().os(caption).version(null).arch(null).build());

            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.remediation().options()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ZetaOS 4.2", "Server", "PRODUCTION-BUILD-7"})
        void an_unrecognised_caption_without_version_is_unknown_missing_os_never_silently_out_of_scope(String caption) {
            Finding f = finding(server().os(caption).version(null).build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("os");
            assertThat(f.priority()).isEqualTo(4);
        }
    }

    /** 2. "The version number decides when the inventory gives one; otherwise the caption." */
    @Nested
    class Section2_VersionDecides {

        @Test
        void a_family_version_puts_a_windows_2000_caption_in_scope_with_a_warning() {
            Finding f = finding(server().os("Microsoft Windows 2000 Server").version("5.2.3790").build());

            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("disagree"));
        }

        @Test
        void an_other_version_puts_a_server_2003_caption_out_of_scope_with_a_warning() {
            Finding f = finding(server().version("5.1.2600").build());

            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("disagree"));
        }

        @Test
        void a_family_version_decides_even_for_an_unrecognised_caption() {
            assertThat(finding(server().os("ZetaOS").version("5.2.3790.3959").build()).status()).isEqualTo(Status.VULNERABLE);
            assertThat(finding(server().os("ZetaOS").version("6.0.6001").build()).status()).isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    /** 2. "Platform: X86, X64 (AMD64/EM64T; XP Professional x64 is X64) or IA64 (Itanium)...". */
    @Nested
    class Section2_Platform {

        @ParameterizedTest
        @CsvSource({"x86, X86", "AMD64, X64", "EM64T, X64", "x64-based PC, X64", "Itanium, IA64", "IA-64, IA64"})
        void the_architecture_names_the_platform(String arch, Platform platform) {
            assertThat(finding(server().arch(arch).build()).platform()).isEqualTo(platform);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Microsoft Windows Server 2003, Standard x64 Edition | X64",
                "Microsoft Windows XP Professional x64 Edition | X64",
                "Microsoft Windows Server 2003, Enterprise Edition for Itanium-based Systems | IA64",
                "Microsoft Windows Server 2003 Datacenter Edition for 64-bit Itanium-based Systems | IA64"})
        void without_architecture_a_caption_saying_x64_or_itanium_decides_without_warning(String caption, Platform platform) {
            Finding f = finding(server().os(caption).arch(null).build());

            assertThat(f.platform()).isEqualTo(platform);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("inferred"));
        }

        @Test
        void a_caption_that_says_64_bit_but_neither_x64_nor_itanium_does_not_decide_x64() {
            // Only "x64" or "Itanium"/"64-bit Itanium" in a caption decide; XP 64-Bit Edition is an Itanium product.
            Finding f = finding(server().os("Microsoft Windows XP 64-Bit Edition Version 2003").version("5.2.3790")
                    .arch(null).build());

            assertThat(f.platform()).isNotEqualTo(Platform.X64);
            assertThat(f.remediation().files()).noneMatch(file -> file.size() == 1_354_240);
        }

        @Test
        void a_plain_server_2003_caption_without_architecture_is_x86_with_a_warning_that_it_was_inferred() {
            Finding f = finding(server().arch(null).build());

            assertThat(f.platform()).isEqualTo(Platform.X86);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("X86").contains("inferred"));
        }
    }

    // ------------------------------------------------------------------------------------------------ 3

    /** 3. "Evidence, strongest first." Each level is shown to decide, and to give way to the level above. */
    @Nested
    class Section3_EvidenceInOrder {

        @Test
        void level_1_a_fixed_netcfgx_protects_whatever_service_pack_and_hotfix_list_claim() {
            Finding f = finding(server().sp("RTM").hotfixes("KB885835").netcfgx(FIXED).build());

            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.fix().present()).isTrue();
        }

        @Test
        void level_1_an_old_netcfgx_means_absent_whatever_service_pack_and_hotfix_list_claim() {
            Finding f = finding(twoSharePlusOne().servicePack("SP2")
                    .hotfixes(HotfixInventory.listed(List.of("KB907019")))
                    .files(List.of(new InstalledFile("NETCFGX.DLL", FileVersion.parse(OLD), null, null))).build());

            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.fix().present()).isFalse();
        }

        @Test
        void level_1_file_versions_compare_numerically_part_by_part() {
            assertThat(finding(server().sp("SP2").netcfgx("5.2.3790.999").build()).fix().present()).isFalse();
            assertThat(finding(server().sp("RTM").netcfgx("5.2.3790.10000").build()).fix().present()).isTrue();
            assertThat(finding(server().sp("RTM").netcfgx("5.2.3791.0").build()).fix().present()).isTrue();
            assertThat(finding(server().sp("SP2").netcfgx("5.2.3789.9999").build()).fix().present()).isFalse();
        }

        @Test
        void level_1_an_old_wnetcfgx_beside_a_fixed_netcfgx_is_present_with_hotfix_file_set_incomplete() {
            for (Rules.ServerSpec spec : List.of(server().x64(), server().itanium())) {
                Finding f = finding(spec.netcfgx(FIXED).wnetcfgx(OLD).build());

                assertThat(f.status()).isEqualTo(Status.PROTECTED);
                assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("hotfix file set incomplete"));
            }
        }

        @Test
        void level_2_service_pack_2_or_later_protects_when_no_file_version_is_known() {
            assertThat(finding(server().sp("SP2").build()).status()).isEqualTo(Status.PROTECTED);
            assertThat(finding(server().sp("Service Pack 3").build()).status()).isEqualTo(Status.PROTECTED);
            assertThat(finding(server().sp("SP2").unknownHotfixes().build()).status()).isEqualTo(Status.PROTECTED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"KB907019", "Q907019", "907019", "kb907019-v2", "q907019", "KB907019-V2"})
        void level_3_kb907019_in_any_accepted_form_protects_below_sp2(String entry) {
            Finding f = finding(server().hotfixes("KB885835", entry, "KB890046").build());

            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }

        @Test
        void level_4_x86_and_itanium_at_rtm_are_unfixed_whatever_else_is_unknown() {
            assertThat(finding(server().sp("RTM").unknownHotfixes().build()).fix().present()).isFalse();
            assertThat(finding(server().itanium().sp("RTM").unknownHotfixes().build()).fix().present()).isFalse();
        }

        @Test
        void level_4_does_not_hold_for_x64_at_rtm_which_can_carry_the_hotfix() {
            Finding f = finding(server().x64().sp("RTM").unknownHotfixes().build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.fix().present()).isNull();
        }

        @Test
        void level_5_a_complete_list_even_an_empty_one_without_kb907019_below_sp2_means_absent() {
            assertThat(finding(server().sp("SP1").hotfixes().build()).fix().present()).isFalse();
            assertThat(finding(server().x64().sp("RTM").hotfixes("KB885835").build()).fix().present()).isFalse();
        }

        @Test
        void level_5_a_list_with_placeholders_proves_nothing() {
            Finding f = finding(server().hotfixes("KB885835", "File 1").build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).contains("hotfixes");
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("proves nothing"));
        }

        @Test
        void level_5_a_list_shorter_than_systeminfo_announced_proves_nothing() {
            Finding f = finding(server().hotfixes(HotfixInventory.announced(List.of("KB885835", "KB890046"), 352)).build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).contains("hotfixes");
        }

        @Test
        void level_5_a_tabular_list_of_200_entries_may_be_cut_and_proves_nothing() {
            Finding f = finding(server().hotfixes(HotfixInventory.listed(kbs(200))).build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).contains("hotfixes");
        }

        @Test
        void level_5_a_tabular_list_of_199_entries_is_complete() {
            Finding f = finding(server().hotfixes(HotfixInventory.listed(kbs(199))).build());

            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.fix().present()).isFalse();
        }

        @Test
        void level_5_an_announced_list_that_names_every_entry_is_complete() {
            Finding f = finding(server().hotfixes(HotfixInventory.announced(kbs(3), 3)).build());

            assertThat(f.fix().present()).isFalse();
        }

        @Test
        void level_6_otherwise_the_fix_state_is_unknown_and_the_finding_says_what_to_collect() {
            Finding f = finding(server().sp(null).unknownHotfixes().build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.fix().present()).isNull();
            assertThat(f.missing()).containsExactly("servicePack", "hotfixes", "files");
        }

        private static List<String> kbs(int n) {
            return IntStream.range(0, n).mapToObj(i -> "KB" + (800000 + i)).toList();
        }
    }

    /** 3. "When the inventory says a restart is pending and the only evidence ... is the service-pack level or the hotfix list, the fix counts as absent ... and the remediation is RESTART." */
    @Nested
    class Section3_RestartPending {

        @Test
        void sp2_awaiting_restart_is_absent_and_needs_only_the_restart() {
            Finding f = finding(twoSharePlusOne().servicePack("SP2").restartPending(true).build());

            assertThat(f.fix().present()).isFalse();
            assertThat(f.fix().evidence()).containsIgnoringCase("restart");
            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.remediation().options()).containsExactly(Action.RESTART);
            assertThat(f.remediation().recommended()).isEqualTo(Action.RESTART);
        }

        @Test
        void kb907019_awaiting_restart_is_absent_and_needs_only_the_restart_under_the_hotfix_policy_too() {
            Finding f = finding(server().hotfixes("Q907019").restartPending().build(), PREFER_HOTFIX);

            assertThat(f.fix().present()).isFalse();
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.remediation().options()).containsExactly(Action.RESTART);
            assertThat(f.remediation().recommended()).isEqualTo(Action.RESTART);
        }

        @Test
        void a_fixed_netcfgx_is_in_effect_whatever_restart_is_pending() {
            Finding f = finding(server().sp("SP2").restartPending().netcfgx(FIXED).build());

            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.remediation().options()).isEmpty();
        }

        @Test
        void a_restart_pending_on_a_server_with_no_fix_at_all_does_not_make_restart_the_remedy() {
            Finding f = finding(server().restartPending().build());

            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.remediation().options()).doesNotContain(Action.RESTART);
        }
    }

    /** 3. "Contradictions are warnings on the finding, never silently resolved". */
    @Nested
    class Section3_Contradictions {

        @Test
        void kb907019_listed_on_x86_or_itanium_at_rtm_is_a_warning() {
            for (String arch : new String[] {"x86", "Itanium"}) {
                Finding f = finding(server().arch(arch).sp("RTM").hotfixes("KB907019").build());

                assertThat(f.warnings()).as(arch).anySatisfy(w -> assertThat(w).contains("contradiction").contains("SP1"));
            }
        }

        @Test
        void sp2_claimed_with_an_old_netcfgx_is_a_warning_and_the_file_wins() {
            Finding f = finding(server().sp("SP2").netcfgx(OLD).build());

            assertThat(f.fix().present()).isFalse();
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("contradiction").contains(OLD));
        }

        @Test
        void kb907019_listed_with_an_old_netcfgx_is_a_warning_and_the_file_wins() {
            Finding f = finding(server().hotfixes("907019").netcfgx(OLD).build());

            assertThat(f.fix().present()).isFalse();
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("contradiction").contains(OLD));
        }

        @Test
        void consistent_evidence_gives_no_warning() {
            assertThat(finding(server().sp("SP2").netcfgx("5.2.3790.3959").build()).warnings()).isEmpty();
            assertThat(finding(server().hotfixes("KB907019").netcfgx(FIXED).build()).warnings()).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------ 4

    /** 4. "Let shared groups be the miniport drivers with two or more adapters on the server." */
    @Nested
    class Section4_Exposure {

        @Test
        void driver_names_compare_case_insensitively() {
            Finding f = finding(server().adapters(nic("NIC1", "B57W2K"), nic("NIC2", "b57w2k"), nic("NIC3", "B57w2k")).build());

            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2", "NIC3");
        }

        @Test
        void hot_swap_cascade_puts_every_member_of_a_shared_group_at_risk_and_silent_vlan_loss_every_vlan_of_it() {
            Finding f = finding(twoSharePlusOne().build());

            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.exposures()).containsExactly(Exposure.HOT_SWAP_CASCADE, Exposure.SILENT_VLAN_LOSS);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2");
            assertThat(f.atRiskVlans()).containsExactly(new AdapterVlan("NIC1", 10), new AdapterVlan("NIC1", 20));
        }

        @Test
        void a_vlan_on_an_adapter_alone_on_its_driver_is_not_the_defect() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000", 10, 20), nic("NIC2", "b57w2k", 30)).build());

            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.atRiskVlans()).isEmpty();
            assertThat(f.exposures()).isEmpty();
        }

        @Test
        void the_conservative_scope_widens_the_group_to_the_whole_server() {
            Finding f = finding(twoSharePlusOne().build(), ALL_ADAPTERS);

            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2", "NIC3");
            assertThat(f.atRiskVlans()).containsExactly(new AdapterVlan("NIC1", 10), new AdapterVlan("NIC1", 20),
                    new AdapterVlan("NIC3", 30));
        }

        @Test
        void the_conservative_scope_makes_two_adapters_of_different_drivers_exposed() {
            Server s = server().adapters(nic("NIC1", "E1000"), nic("NIC2", "b57w2k", 7)).build();

            assertThat(finding(s).status()).isEqualTo(Status.VULNERABLE);
            Finding wide = finding(s, ALL_ADAPTERS);
            assertThat(wide.status()).isEqualTo(Status.EXPOSED);
            assertThat(wide.exposures()).containsExactly(Exposure.HOT_SWAP_CASCADE, Exposure.SILENT_VLAN_LOSS);
        }
    }

    /** 4. "Adapters with no driver name: ..." and "No adapter data at all: UNKNOWN." */
    @Nested
    class Section4_AdaptersWithoutDriverNames {

        @Test
        void named_adapters_that_already_share_make_the_server_exposed() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000"), nic("NIC3", null)).build());

            assertThat(f.status()).isEqualTo(Status.EXPOSED);
            assertThat(f.atRiskAdapters()).containsExactly("NIC1", "NIC2");
        }

        @Test
        void otherwise_two_or_more_adapters_are_unknown_missing_adapter_drivers() {
            Finding f = finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "b57w2k"), nic("NIC3", null)).build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("adapterDrivers");
            assertThat(f.priority()).isEqualTo(4);
        }

        @Test
        void a_single_driverless_adapter_cannot_form_a_shared_group() {
            assertThat(finding(server().adapters(nic("NIC1", null, 10)).build()).status()).isEqualTo(Status.VULNERABLE);
        }

        @Test
        void a_list_given_as_empty_cannot_form_a_shared_group() {
            assertThat(finding(server().adapters().build()).status()).isEqualTo(Status.VULNERABLE);
        }

        @Test
        void no_adapter_data_at_all_is_unknown_missing_adapters() {
            Finding f = finding(server().noAdapterData().build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("adapters");
        }
    }

    /** 4. "Status (exactly one)" and UNKNOWN "lists what is missing and the status it would have if unpatched". */
    @Nested
    class Section4_OneStatus {

        @Test
        void each_of_a_spread_of_servers_gets_exactly_one_status() {
            List<Server> servers = new ArrayList<>(List.of(
                    server().version("5.0.2195").build(), server().sp("SP2").build(), twoSharePlusOne().build(),
                    server().build(), server().os("ZetaOS").version(null).build(), server().unknownHotfixes().build(),
                    server().noAdapterData().build(), server().sp("SP2").restartPending().build()));
            for (Server s : servers) {
                for (Policy p : List.of(Policy.DEFAULT, ALL_ADAPTERS, PREFER_HOTFIX)) {
                    assertThat(conclude(s, p).all(Verdict.class)).as(s + " " + p).hasSize(1);
                }
            }
        }

        @Test
        void an_unknown_fix_state_lists_what_is_missing_and_the_status_if_unpatched() {
            Finding exposed = finding(twoSharePlusOne().hotfixes(null).build());
            Finding vulnerable = finding(server().unknownHotfixes().adapters(nic("NIC1", "E1000")).build());

            assertThat(exposed.status()).isEqualTo(Status.UNKNOWN);
            assertThat(exposed.missing()).containsExactly("hotfixes", "files");
            assertThat(exposed.ifUnpatched()).isEqualTo(Status.EXPOSED);
            assertThat(vulnerable.ifUnpatched()).isEqualTo(Status.VULNERABLE);
        }

        @Test
        void an_unknown_server_is_not_reported_with_exposures_of_an_exposed_one() {
            // Finding.exposures: "empty unless the status is EXPOSED"; UNKNOWN says so through ifUnpatched.
            Finding f = finding(twoSharePlusOne().hotfixes(null).build());

            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.exposures()).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------ 5

    /** 5. Fix options, the hotfix's prerequisite, and the recommended option under each policy. */
    @Nested
    class Section5_Remediation {

        @ParameterizedTest(name = "{0} at SP{1} under {2}: {3}, recommended {4}")
        @CsvSource({
                "x86,     RTM, SERVICE_PACK, INSTALL_SP2 INSTALL_SP1_THEN_HOTFIX, INSTALL_SP2,             1",
                "x86,     RTM, HOTFIX,       INSTALL_SP2 INSTALL_SP1_THEN_HOTFIX, INSTALL_SP1_THEN_HOTFIX, 1",
                "Itanium, RTM, SERVICE_PACK, INSTALL_SP2 INSTALL_SP1_THEN_HOTFIX, INSTALL_SP2,             1",
                "Itanium, RTM, HOTFIX,       INSTALL_SP2 INSTALL_SP1_THEN_HOTFIX, INSTALL_SP1_THEN_HOTFIX, 1",
                "x86,     SP1, SERVICE_PACK, INSTALL_SP2 INSTALL_HOTFIX,          INSTALL_SP2,             1",
                "x86,     SP1, HOTFIX,       INSTALL_SP2 INSTALL_HOTFIX,          INSTALL_HOTFIX,          1",
                "Itanium, SP1, HOTFIX,       INSTALL_SP2 INSTALL_HOTFIX,          INSTALL_HOTFIX,          1",
                "AMD64,   RTM, SERVICE_PACK, INSTALL_SP2 INSTALL_HOTFIX,          INSTALL_SP2,             0",
                "AMD64,   RTM, HOTFIX,       INSTALL_SP2 INSTALL_HOTFIX,          INSTALL_HOTFIX,          0",
                "AMD64,   SP1, HOTFIX,       INSTALL_SP2 INSTALL_HOTFIX,          INSTALL_HOTFIX,          0"})
        void options_and_recommendation_follow_platform_service_pack_and_policy(String arch, String sp,
                Policy.Prefer prefer, String options, Action recommended, int minimumServicePack) {
            Finding f = finding(server().arch(arch).sp(sp).build(), new Policy(prefer, Policy.Scope.SAME_DRIVER));

            assertThat(f.remediation().options()).containsExactly(
                    java.util.Arrays.stream(options.split(" ")).map(Action::valueOf).toArray(Action[]::new));
            assertThat(f.remediation().recommended()).isEqualTo(recommended);
            assertThat(f.remediation().options()).contains(f.remediation().recommended());
            assertThat(f.remediation().minimumServicePackForHotfix()).isEqualTo(minimumServicePack);
            assertThat(f.remediation().restartRequired()).isTrue();
        }

        @Test
        void the_article_fixes_the_service_pack_with_the_fix_at_2_and_the_prerequisite_at_1_except_x64() {
            assertThat(KbArticle.KB907019.servicePackWithFix()).isEqualTo(2);
            assertThat(KbArticle.KB907019.minimumServicePackForHotfix())
                    .containsOnly(java.util.Map.entry(Platform.X86, 1), java.util.Map.entry(Platform.IA64, 1),
                            java.util.Map.entry(Platform.X64, 0));
        }

        @Test
        void files_per_platform_are_exactly_the_article_tables() {
            assertThat(finding(server().arch("x86").build()).remediation().files())
                    .containsExactly(RemediationRulesTest.X86_NETCFGX);
            assertThat(finding(server().x64().build()).remediation().files())
                    .containsExactly(RemediationRulesTest.X64_NETCFGX, RemediationRulesTest.X64_WNETCFGX);
            assertThat(finding(server().itanium().build()).remediation().files())
                    .containsExactly(RemediationRulesTest.IA64_NETCFGX, RemediationRulesTest.IA64_WNETCFGX);
        }

        @Test
        void the_manifest_in_the_code_matches_the_article() {
            assertThat(KbArticle.KB907019.filesFor(Platform.X86)).containsExactly(RemediationRulesTest.X86_NETCFGX);
            assertThat(KbArticle.KB907019.filesFor(Platform.X64))
                    .containsExactlyInAnyOrder(RemediationRulesTest.X64_NETCFGX, RemediationRulesTest.X64_WNETCFGX);
            assertThat(KbArticle.KB907019.filesFor(Platform.IA64))
                    .containsExactlyInAnyOrder(RemediationRulesTest.IA64_NETCFGX, RemediationRulesTest.IA64_WNETCFGX);
        }

        @Test
        void nothing_to_do_for_protected_and_not_applicable_servers() {
            assertThat(finding(server().sp("SP2").build()).remediation().options()).isEmpty();
            assertThat(finding(server().version("5.1.2600").build()).remediation().options()).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------ 6

    /** 6. "SILENT_VLAN_LOSS before HOT_SWAP_CASCADE ... VULNERABLE after every EXPOSED; UNKNOWN listed with what to collect." */
    @Nested
    class Section6_Priority {

        @Test
        void silent_vlan_loss_is_tier_1() {
            assertThat(finding(twoSharePlusOne().build()).priority()).isEqualTo(1);
        }

        @Test
        void hot_swap_cascade_alone_is_tier_2() {
            assertThat(finding(server().adapters(nic("NIC1", "E1000"), nic("NIC2", "E1000"), nic("NIC3", "b57w2k", 5)).build())
                    .priority()).isEqualTo(2);
        }

        @Test
        void vulnerable_is_tier_3() {
            assertThat(finding(server().adapters(nic("NIC1", "E1000", 5)).build()).priority()).isEqualTo(3);
        }

        @Test
        void unknown_is_tier_4_with_what_to_collect() {
            Finding f = finding(server().noAdapterData().build());

            assertThat(f.priority()).isEqualTo(4);
            assertThat(f.missing()).containsExactly("adapters");
        }

        @Test
        void protected_and_not_applicable_have_no_tier() {
            assertThat(finding(twoSharePlusOne().servicePack("SP2").build()).priority()).isNull();
            assertThat(finding(twoSharePlusOne().osVersion("5.0.2195").build()).priority()).isNull();
        }
    }
}
