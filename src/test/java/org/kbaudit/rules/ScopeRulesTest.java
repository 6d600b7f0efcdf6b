package org.kbaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.rules.Rules.conclude;
import static org.kbaudit.rules.Rules.finding;
import static org.kbaudit.rules.Rules.rule;
import static org.kbaudit.rules.Rules.server;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Status;
import org.kbaudit.rules.facts.Applicability;
import org.kbaudit.rules.facts.MissingData;
import org.kbaudit.rules.facts.NtVersion;

/**
 * rules/10-scope.drl: which servers the article applies to, their platform and service pack level.
 * The default server of the fixture is in scope (5.2.3790), x86, SP1, with a complete empty hotfix list
 * and no adapters, so it is VULNERABLE; each test changes only what the rule reads.
 */
class ScopeRulesTest {

    private static final String SERVER_2003 = "Microsoft(R) Windows(R) Server 2003, Enterprise Edition";

    @Test
    void every_rule_of_the_file_has_its_own_tests() {
        assertThat(Rules.rulesCoveredBy(ScopeRulesTest.class)).isEqualTo(Rules.ruleNamesIn("10-scope.drl"));
    }

    @Nested
    class VersionNumberIsRead {
        static final String RULE = rule("A version number is read as major.minor.build (Applies to)");

        @Test
        void a_four_part_version_gives_major_minor_and_build() {
            Conclusions c = conclude(server().version("5.2.3790.1830").build());

            assertThat(c.rules()).contains(RULE);
            NtVersion v = c.one(NtVersion.class);
            assertThat(v.major()).isEqualTo(5);
            assertThat(v.minor()).isEqualTo(2);
            assertThat(v.build()).isEqualTo(3790);
        }

        @Test
        void systeminfo_version_text_with_service_pack_and_build_is_read() {
            Conclusions c = conclude(server().version("5.2.3790 Service Pack 1 Build 3790").build());

            assertThat(c.rules()).contains(RULE);
            assertThat(c.one(NtVersion.class).build()).isEqualTo(3790);
        }

        @Test
        void control_no_version_text_gives_no_version() {
            Conclusions c = conclude(server().version(null).build());

            assertThat(c.rules()).doesNotContain(RULE);
            assertThat(c.all(NtVersion.class)).isEmpty();
        }

        @Test
        void control_a_text_that_is_no_number_gives_no_version() {
            Conclusions c = conclude(server().version("unknown").build());

            assertThat(c.rules()).doesNotContain(RULE);
            assertThat(c.all(NtVersion.class)).isEmpty();
        }
    }

    @Nested
    class Nt52Build3790IsInScope {
        static final String RULE = rule("Version 5.2 build 3790 is the Windows Server 2003 and XP Professional x64 family the article covers (Applies to)");

        @ParameterizedTest
        @ValueSource(strings = {"5.2.3790", "5.2.3790.3959", "5.2"})
        void the_nt_5_2_3790_family_is_in_scope(String version) {
            Finding f = finding(server().version(version).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(conclude(server().version(version).build()).one(Applicability.class).applies()).isTrue();
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }

        @Test
        void control_another_build_of_5_2_is_not_the_family() {
            Finding f = finding(server().version("5.2.3791").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class OtherVersionsAreOutOfScope {
        static final String RULE = rule("Any other version number is outside the article (Applies to)");

        @ParameterizedTest
        @ValueSource(strings = {"5.0.2195", "5.1.2600", "6.0.6002", "6.1.7601", "10.0.17763", "4.0.1381"})
        void windows_2000_xp_vista_and_later_and_nt4_are_not_applicable(String version) {
            Finding f = finding(server().os(null).version(version).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.priority()).isNull();
            assertThat(f.remediation().options()).isEmpty();
        }

        @Test
        void control_5_2_3790_is_not_outside() {
            Finding f = finding(server().os(null).version("5.2.3790").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isNotEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class InScopeCaptionWithOtherVersion {
        static final String RULE = rule("A version outside the family with a Server 2003 or XP x64 caption is a warning; the version decides (Applies to)");

        @Test
        void a_server_2003_caption_on_version_5_1_is_a_warning_and_not_applicable() {
            Finding f = finding(server().os(SERVER_2003).version("5.1.2600").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("disagree").contains("5.1.2600")
                    .contains("version number decided"));
        }

        @Test
        void control_an_xp_32_bit_caption_on_version_5_1_agrees_and_warns_nothing() {
            Finding f = finding(server().os("Microsoft Windows XP Professional").version("5.1.2600").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("disagree"));
        }
    }

    @Nested
    class OtherCaptionWithFamilyVersion {
        static final String RULE = rule("A 5.2.3790 version with the caption of another system is a warning; the version decides (Applies to)");

        @Test
        void a_windows_2000_caption_on_5_2_3790_is_in_scope_with_a_warning() {
            Finding f = finding(server().os("Microsoft Windows 2000 Server").version("5.2.3790").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("Windows 2000").contains("disagree")
                    .contains("version number decided"));
        }

        @Test
        void control_a_server_2003_caption_on_5_2_3790_agrees() {
            Finding f = finding(server().os(SERVER_2003).version("5.2.3790").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("disagree"));
        }
    }

    @Nested
    class NtVersionInCaption {
        static final String RULE = rule("Without a version number, a caption that names Windows NT 5.2 gives the version number (Applies to)");

        @ParameterizedTest
        @ValueSource(strings = {"Microsoft Windows NT 5.2.3790 Service Pack 2", "Microsoft Windows NT 5.2.3790.0",
                "Windows NT 5.2", "Microsoft Windows NT 5.2.3790"})
        void an_nt_5_2_caption_without_version_is_in_scope_not_silently_out_of_it(String caption) {
            Finding f = finding(server().os(caption).version(null).sp("SP1").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.warnings()).noneMatch(w -> w.contains("disagree on the Windows release"));
        }

        @Test
        void the_service_pack_of_such_a_caption_is_read_too() {
            Finding f = finding(server().os("Microsoft Windows NT 5.2.3790 Service Pack 2").version(null).sp(null)
                    .unknownHotfixes().build());

            assertThat(f.status()).isEqualTo(Status.PROTECTED);
            assertThat(f.servicePack()).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Microsoft Windows NT 5.0.2195 Service Pack 4", "Microsoft Windows NT 6.1.7601 Service Pack 1",
                "Microsoft Windows NT 4.0", "Microsoft Windows NT 5.2.3791"})
        void control_other_nt_versions_in_a_caption_stay_out_of_scope(String caption) {
            Finding f = finding(server().os(caption).version(null).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        }

        @Test
        void control_the_version_field_decides_over_the_caption() {
            Finding f = finding(server().os("Microsoft Windows NT 5.2.3790").version("6.1.7601").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.warnings()).anyMatch(w -> w.contains("disagree on the Windows release"));
        }

        @Test
        void control_nt_without_a_version_number_is_still_another_system() {
            Finding f = finding(server().os("Windows NT 4.0 Server").version(null).build());

            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class Server2003Caption {
        static final String RULE = rule("A Windows Server 2003 caption is in scope when no version number is given (Applies to)");

        @ParameterizedTest
        @ValueSource(strings = {SERVER_2003, "Microsoft Windows Server 2003 Standard Edition", "Windows Server 2003, Web Edition",
                "Microsoft Windows Server 2003 Datacenter Edition"})
        void a_server_2003_caption_without_version_is_in_scope(String caption) {
            Finding f = finding(server().os(caption).version(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Microsoft\u00ae Windows Server\u00ae 2003, Enterprise Edition",
                "Microsoft(R) Windows(R) Server(R) 2003 Standard Edition", "Windows 2003 Server Enterprise",
                "Windows 2003 Standard"})
        void a_server_2003_caption_with_a_trademark_sign_or_the_year_first_is_in_scope(String caption) {
            Finding f = finding(server().os(caption).version(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        }

        @Test
        void control_the_version_number_decides_over_the_caption() {
            Finding f = finding(server().os(SERVER_2003).version("5.0.2195").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class XpX64Caption {
        static final String RULE = rule("A Windows XP Professional x64 Edition caption is in scope when no version number is given (title of the article)");

        @Test
        void xp_professional_x64_without_version_is_in_scope_on_x64() {
            Finding f = finding(server().os("Microsoft Windows XP Professional x64 Edition").version(null).arch(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.platform()).isEqualTo(Platform.X64);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Windows XP Professional AMD64", "Windows XP Professional (EM64T)", "Windows XP Pro x86-64"})
        void xp_naming_amd64_em64t_or_x86_64_is_xp_x64_not_32_bit_xp(String caption) {
            Finding f = finding(server().os(caption).version(null).arch(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.platform()).isEqualTo(Platform.X64);
        }

        @Test
        void control_32_bit_xp_is_not_applicable() {
            Finding f = finding(server().os("Microsoft Windows XP Professional").version(null).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class UnlistedTitlesOfTheFamily {
        static final String RULE = rule("R2, Small Business, Storage and Compute Cluster Server 2003 are in scope by their 5.2.3790 code base, not by a listed title (Applies to, derived)");

        @ParameterizedTest
        @ValueSource(strings = {"Microsoft Windows Server 2003 R2, Enterprise Edition",
                "Microsoft(R) Windows(R) Small Business Server 2003", "Windows Storage Server 2003",
                "Windows Compute Cluster Server 2003"})
        void an_unlisted_title_of_the_family_is_in_scope_with_a_derived_scope_warning(String caption) {
            Finding f = finding(server().os(caption).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains(caption)
                    .contains("not a title the article lists").contains("scope decided by version"));
        }

        @Test
        void control_a_listed_title_has_no_derived_scope_warning() {
            Finding f = finding(server().os(SERVER_2003).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("not a title the article lists"));
        }

        @Test
        void control_server_2008_r2_is_out_of_scope_and_not_warned_about() {
            Finding f = finding(server().os("Microsoft Windows Server 2008 R2 Enterprise").version(null).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class R2AtRtm {
        static final String RULE = rule("An R2 caption at RTM is a contradiction, R2 being built on SP1; the service pack given decides, with a warning (Status, derived)");

        @Test
        void an_r2_caption_with_rtm_is_warned_about_and_the_field_decides() {
            Finding f = finding(server().os("Microsoft(R) Windows(R) Server 2003 R2, Standard Edition").sp("RTM").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isZero();
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("contradiction").contains("R2")
                    .contains("SP1").contains("from service pack 'RTM'"));
        }

        @Test
        void an_r2_caption_with_systeminfo_version_text_naming_no_service_pack_says_where_rtm_came_from() {
            Finding f = finding(server().os("Microsoft(R) Windows(R) Server 2003 R2, Standard Edition").sp(null)
                    .version("5.2.3790 Build 3790").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("from '5.2.3790 Build 3790'")
                    .doesNotContain("field"));
        }

        @Test
        void control_r2_at_sp1_is_not_a_contradiction() {
            Finding f = finding(server().os("Microsoft(R) Windows(R) Server 2003 R2, Standard Edition").sp("SP1").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("contradiction"));
        }

        @Test
        void control_server_2003_at_rtm_is_not_a_contradiction() {
            Finding f = finding(server().os(SERVER_2003).sp("RTM").build());

            assertThat(f.rules()).doesNotContain(RULE);
        }
    }

    @Nested
    class OtherSystemsByCaption {
        static final String RULE = rule("Other Windows releases and non-Windows systems are outside the article (Applies to)");

        @ParameterizedTest
        @ValueSource(strings = {"Microsoft Windows 2000 Advanced Server", "Microsoft Windows XP Professional",
                "Windows Vista Business", "Windows Server 2008 Standard", "Windows NT 4.0 Server",
                "Red Hat Enterprise Linux 5", "Ubuntu 8.04 LTS", "SUSE Linux Enterprise Server 10", "Solaris 10",
                "IBM AIX 5.3", "HP-UX 11i", "FreeBSD 7.0", "VMware ESX 3.5", "Novell NetWare 6.5", "Mac OS X 10.5",
                "macOS 14", "Microsoft\u00ae Windows Server\u00ae 2008 Standard", "Windows 2008 Server R2 Enterprise",
                "Microsoft\u00ae Windows Vista\u2122 Business"})
        void other_windows_releases_and_non_windows_systems_are_not_applicable(String caption) {
            Finding f = finding(server().os(caption).version(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.missing()).isEmpty();
        }

        @Test
        void control_a_caption_nobody_recognises_is_not_silently_out_of_scope() {
            Finding f = finding(server().os("ZetaOS 4.2").version(null).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
        }
    }

    @Nested
    class UnrecognisedCaption {
        static final String RULE = rule("A caption nobody recognises and no version number leave the scope undecided (Applies to)");

        @Test
        void an_unknown_caption_without_version_is_unknown_missing_os() {
            Finding f = finding(server().os("ZetaOS 4.2").version(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("os");
        }

        @Test
        void no_caption_and_no_version_is_unknown_missing_os() {
            Finding f = finding(server().os(null).version(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).containsExactly("os");
        }

        @Test
        void control_the_same_caption_with_a_version_number_is_decided() {
            Finding f = finding(server().os("ZetaOS 4.2").version("5.2.3790").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(conclude(server().os("ZetaOS 4.2").version("5.2.3790").build()).all(MissingData.class))
                    .doesNotContain(new MissingData("os"));
        }
    }

    @Nested
    class ItaniumArchitecture {
        static final String RULE = rule("An Itanium or IA-64 architecture is the IA64 platform (File information)");

        @ParameterizedTest
        @ValueSource(strings = {"Itanium-based System", "IA64", "ia-64", "Intel Itanium 2"})
        void itanium_architectures_are_ia64(String arch) {
            Finding f = finding(server().arch(arch).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.IA64);
        }

        @Test
        void control_x86_is_not_ia64() {
            Finding f = finding(server().arch("x86").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X86);
        }
    }

    @Nested
    class X64Architecture {
        static final String RULE = rule("An x64, AMD64 or EM64T architecture is the X64 platform (File information)");

        @ParameterizedTest
        @ValueSource(strings = {"x64-based PC", "AMD64", "EM64T", "x86_64"})
        void x64_architectures_are_x64(String arch) {
            Finding f = finding(server().arch(arch).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X64);
        }

        @Test
        void control_x86_based_pc_is_not_x64() {
            Finding f = finding(server().arch("X86-based PC").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X86);
        }
    }

    @Nested
    class X86Architecture {
        static final String RULE = rule("An x86 or 32-bit architecture is the X86 platform (File information)");

        @ParameterizedTest
        @ValueSource(strings = {"x86", "X86-based PC", "32-bit", "i686"})
        void x86_architectures_are_x86(String arch) {
            Finding f = finding(server().arch(arch).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X86);
        }

        @Test
        void control_amd64_is_not_x86() {
            Finding f = finding(server().arch("AMD64").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X64);
        }
    }

    @Nested
    class Bare64BitIsX64 {
        static final String RULE = rule("A bare 64-bit architecture is X64 when the caption does not say Itanium (File information)");

        @Test
        void a_bare_64_bit_architecture_with_an_x64_caption_is_x64() {
            Finding f = finding(server().os("Microsoft Windows Server 2003, Enterprise x64 Edition").arch("64-bit").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X64);
        }

        @Test
        void control_a_bare_64_bit_architecture_with_an_itanium_caption_is_not_x64() {
            Finding f = finding(server().os("Windows Server 2003, Enterprise Edition for Itanium-based Systems")
                    .arch("64-bit").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.platform()).isEqualTo(Platform.IA64);
        }
    }

    @Nested
    class Bare64BitWithItaniumCaption {
        static final String RULE = rule("A bare 64-bit architecture with an Itanium caption is IA64 (File information)");

        @Test
        void a_bare_64_bit_architecture_with_an_itanium_caption_is_ia64() {
            Finding f = finding(server().os("Microsoft Windows Server 2003 Datacenter Edition for 64-Bit Itanium-based Systems")
                    .arch("64-bit").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.IA64);
        }

        @Test
        void control_a_bare_64_bit_architecture_with_a_plain_caption_is_not_ia64() {
            Finding f = finding(server().os(SERVER_2003).arch("64-bit").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X64);
        }
    }

    @Nested
    class X64Caption {
        static final String RULE = rule("Without a readable architecture, a caption that says x64 is the X64 platform (title of the article)");

        @Test
        void without_architecture_an_x64_caption_is_x64_without_an_inference_warning() {
            Finding f = finding(server().os("Microsoft Windows Server 2003, Enterprise x64 Edition").arch(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X64);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("inferred"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Microsoft Windows Server 2003 Enterprise Edition AMD64",
                "Windows Server 2003 Standard Edition (EM64T)", "Windows Server 2003 Standard Edition x86_64",
                "Windows Server 2003 Standard Edition x86-64"})
        void a_caption_naming_amd64_em64t_or_x86_64_is_x64_not_inferred_x86(String caption) {
            Finding f = finding(server().os(caption).arch(null).sp("RTM").build(), Rules.PREFER_HOTFIX);

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X64);
            assertThat(f.remediation().recommended()).isEqualTo(org.kbaudit.domain.Action.INSTALL_HOTFIX);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("inferred"));
        }

        @Test
        void control_a_given_architecture_decides_over_the_caption() {
            Finding f = finding(server().os("Microsoft Windows Server 2003, Enterprise x64 Edition").arch("x86").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X86);
        }
    }

    @Nested
    class ItaniumCaption {
        static final String RULE = rule("Without a readable architecture, a caption that says Itanium is the IA64 platform (title of the article)");

        @Test
        void without_architecture_an_itanium_caption_is_ia64() {
            Finding f = finding(server().os("Microsoft Windows Server 2003, Enterprise Edition for 64-Bit Itanium-based Systems")
                    .arch(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.IA64);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("inferred"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Windows Server 2003 Enterprise Edition IA64", "Windows Server 2003 Datacenter Edition for IA-64"})
        void a_caption_naming_ia64_is_ia64_not_inferred_x86(String caption) {
            Finding f = finding(server().os(caption).arch(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.IA64);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("inferred"));
        }

        @Test
        void control_a_readable_architecture_decides_instead() {
            Finding f = finding(server().os("Microsoft Windows Server 2003, Enterprise Edition for Itanium-based Systems")
                    .arch("IA64").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.platform()).isEqualTo(Platform.IA64);
        }
    }

    @Nested
    class X86InferredFromCaption {
        static final String RULE = rule("Without a readable architecture, a Server 2003 caption that says neither x64 nor Itanium is taken as X86, with a warning (title of the article, derived)");

        @Test
        void a_plain_server_2003_caption_without_architecture_is_x86_with_an_inference_warning() {
            Finding f = finding(server().os(SERVER_2003).arch(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X86);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("X86").contains("inferred"));
        }

        @Test
        void control_a_given_x86_architecture_needs_no_inference() {
            Finding f = finding(server().os(SERVER_2003).arch("x86").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X86);
            assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("inferred"));
        }
    }

    @Nested
    class UnreadableArchitecture {
        static final String RULE = rule("An architecture nobody recognises is a warning (File information, derived)");

        @Test
        void an_unreadable_architecture_is_a_warning() {
            Finding f = finding(server().arch("MIPS R4000").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("MIPS R4000").contains("not one kbaudit reads"));
        }

        @Test
        void control_a_readable_architecture_is_not() {
            Finding f = finding(server().arch("x86").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class ServicePackNumber {
        static final String RULE = rule("A service pack written as SP2, Service Pack 2 or 2 is that level (Status)");

        @ParameterizedTest
        @ValueSource(strings = {"SP1", "Service Pack 1", "1", "sp 1", "1.0"})
        void a_numbered_service_pack_is_that_level(String sp) {
            Finding f = finding(server().sp(sp).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isEqualTo(1);
        }

        @Test
        void control_rtm_is_read_by_another_rule() {
            Finding f = finding(server().sp("RTM").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isZero();
        }
    }

    @Nested
    class NoServicePack {
        static final String RULE = rule("RTM or None means no service pack (Status)");

        @ParameterizedTest
        @ValueSource(strings = {"RTM", "None", "n/a", "No Service Pack"})
        void rtm_and_none_are_level_zero(String sp) {
            Finding f = finding(server().sp(sp).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isZero();
        }

        @Test
        void control_sp1_is_not_rtm() {
            Finding f = finding(server().sp("SP1").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isEqualTo(1);
        }
    }

    @Nested
    class ServicePackFromVersionText {
        static final String RULE = rule("Without a service pack field, a version or caption that names Service Pack N gives the level (Status)");

        @Test
        void systeminfo_version_text_gives_the_level() {
            Finding f = finding(server().sp(null).version("5.2.3790 Service Pack 1 Build 3790").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isEqualTo(1);
        }

        @Test
        void a_version_text_with_the_short_form_sp1_gives_the_level() {
            Finding f = finding(server().sp(null).version("5.2.3790 SP1").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isEqualTo(1);
        }

        @Test
        void control_the_service_pack_field_decides_over_the_version_text() {
            Finding f = finding(server().sp("SP2").version("5.2.3790 Service Pack 1 Build 3790").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isEqualTo(2);
        }

        @Test
        void control_a_service_pack_number_of_more_than_two_digits_is_not_read() {
            // once a defect: the number did not fit an int and the rule's consequence failed
            Finding f = finding(server().sp(null).version("5.2.3790 Service Pack 99999999999 Build 3790").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isNull();
        }
    }

    @Nested
    class RtmFromSysteminfoVersionText {
        static final String RULE = rule("Without a service pack field, systeminfo's version that names no service pack means none (Status, derived)");

        @Test
        void systeminfo_version_text_without_a_service_pack_is_rtm() {
            Finding f = finding(server().sp(null).version("5.2.3790 Build 3790").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isZero();
        }

        @Test
        void the_french_and_spanish_words_for_build_and_a_newer_systeminfo_s_n_a_in_place_of_the_service_pack_read_alike() {
            // systeminfo /S run from a newer Windows against a 2003 host writes "N/A" (German "Nicht zutreffend",
            // Spanish "N/D") where the service pack would stand; French systeminfo says "version" for Build
            for (String text : List.of("5.2.3790 version 3790", "5.2.3790 Compilación 3790", "5.2.3790 N/A Build 3790",
                    "5.2.3790 Nicht zutreffend Build 3790", "5.2.3790 N/D Compilación 3790", "5.2.3790 N/A version 3790")) {
                Finding f = finding(server().sp(null).version(text).build());

                assertThat(f.rules()).as(text).contains(RULE);
                assertThat(f.servicePack()).as(text).isZero();
            }
        }

        @Test
        void control_a_word_other_than_none_between_the_version_and_build_is_not_read_as_rtm() {
            for (String text : List.of("5.2.3790 Service Pack Build 3790", "5.2.3790 Beta Build 3790")) {
                Finding f = finding(server().sp(null).version(text).build());

                assertThat(f.rules()).as(text).doesNotContain(RULE);
                assertThat(f.servicePack()).as(text).isNull();
            }
        }

        @Test
        void control_a_plain_version_number_says_nothing_of_the_service_pack() {
            Finding f = finding(server().sp(null).version("5.2.3790").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isNull();
        }

        @Test
        void control_a_caption_naming_the_service_pack_decides() {
            Finding f = finding(server().sp(null).version("5.2.3790 Build 3790")
                    .os("Microsoft Windows Server 2003 Standard Edition Service Pack 2").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isEqualTo(2);
        }

        @Test
        void control_a_caption_naming_the_service_pack_in_short_decides_too() {
            for (String caption : List.of("Windows Server 2003 Standard SP2", "Windows Server 2003 Standard SP2 (R2)")) {
                Finding f = finding(server().sp(null).version("5.2.3790 Build 3790").os(caption).build());

                assertThat(f.rules()).as(caption).doesNotContain(RULE);
                assertThat(f.servicePack()).as(caption).isEqualTo(2);
            }
        }
    }

    @Nested
    class ServicePackFromCaption {
        static final String RULE = rule("Without a service pack field or version, a caption that names Service Pack N gives the level (Status)");

        @Test
        void a_caption_naming_the_service_pack_gives_the_level() {
            Finding f = finding(server().sp(null).os("Microsoft Windows Server 2003 Standard Edition Service Pack 2").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isEqualTo(2);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Windows Server 2003 Standard SP2", "Windows Server 2003 R2 Enterprise x64 SP2",
                "Microsoft Windows Server 2003, Enterprise Edition (SP 2)"})
        void a_caption_with_the_short_form_sp2_gives_the_level(String caption) {
            Finding f = finding(server().sp(null).os(caption).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isEqualTo(2);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Windows Server 2003 Standard SP", "Windows Server 2003 Standard SP2 Beta",
                "Windows Server 2003 WSP2003"})
        void control_sp_without_a_level_a_pre_release_or_inside_a_word_gives_none(String caption) {
            Finding f = finding(server().sp(null).os(caption).build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isNull();
        }

        @Test
        void control_the_version_text_decides_over_the_caption() {
            Finding f = finding(server().sp(null).version("5.2.3790 Service Pack 1 Build 3790")
                    .os("Microsoft Windows Server 2003 Standard Edition Service Pack 2").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isEqualTo(1);
        }
    }

    @Nested
    class PreReleaseServicePackInVersionOrCaption {
        static final String RULE = rule("A version or caption that names a pre-release service pack (beta, release candidate, v.NNNN) gives no level, with a warning (Status, derived)");

        @ParameterizedTest
        @ValueSource(strings = {"5.2.3790 Service Pack 2, v.2805 Build 3790", "5.2.3790 Service Pack 2 Beta Build 3790",
                "5.2.3790 Service Pack 2 RC Build 3790", "5.2.3790 Service Pack 2 Release Candidate 2 Build 3790"})
        void a_pre_release_of_service_pack_2_is_not_service_pack_2(String version) {
            Finding f = finding(server().sp(null).version(version).unknownHotfixes().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isNull();
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.missing()).contains("servicePack");
            assertThat(f.warnings()).anyMatch(w -> w.contains("pre-release"));
        }

        @Test
        void a_pre_release_of_service_pack_1_does_not_meet_the_hotfix_prerequisite() {
            Finding f = finding(server().sp(null).version("5.2.3790 Service Pack 1, v.1433 Build 3790")
                    .netcfgx("5.2.3790.1433").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isNull();
            assertThat(f.status()).isEqualTo(Status.VULNERABLE);
            assertThat(f.warnings()).anyMatch(w -> w.contains("confirm it before installing the hotfix"));
        }

        @Test
        void a_caption_naming_a_pre_release_gives_no_level() {
            Finding f = finding(server().sp(null).version("5.2.3790")
                    .os("Microsoft Windows Server 2003 Enterprise Edition Service Pack 2 RC").unknownHotfixes().build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isNull();
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
        }

        @Test
        void control_the_release_in_systeminfo_form_is_read() {
            Finding f = finding(server().sp(null).version("5.2.3790 Service Pack 2 Build 3790").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isEqualTo(2);
            assertThat(f.status()).isEqualTo(Status.PROTECTED);
        }

        @Test
        void control_a_service_pack_field_decides_and_is_not_warned_about_here() {
            Finding f = finding(server().sp("SP2").version("5.2.3790 Service Pack 2, v.2805 Build 3790").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.servicePack()).isEqualTo(2);
        }
    }

    @Nested
    class UnreadableServicePack {
        static final String RULE = rule("A service pack text nobody recognises is unknown, with a warning (Status, derived)");

        @Test
        void an_unreadable_service_pack_is_unknown_with_a_warning() {
            Finding f = finding(server().sp("Beta 3").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isNull();
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("Beta 3").contains("not one kbaudit reads"));
        }

        @Test
        void control_a_readable_service_pack_is_no_warning() {
            Finding f = finding(server().sp("Service Pack 2").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class ArchitectureAgainstCaption {
        static final String RULE = rule("An architecture that disagrees with the x64 or Itanium of the caption is a warning; the architecture decides (File information, derived)");

        @Test
        void an_x86_architecture_under_an_x64_caption_is_a_warning_and_the_architecture_decides() {
            Finding f = finding(server().os("Microsoft(R) Windows(R) Server 2003 R2 Standard x64 Edition").arch("x86").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.platform()).isEqualTo(Platform.X86);
            assertThat(f.warnings()).contains("the caption 'Microsoft(R) Windows(R) Server 2003 R2 Standard x64 Edition'"
                    + " says X64 but the architecture 'x86' reads as X86; the architecture decided");
        }

        @Test
        void control_an_agreeing_or_silent_caption_is_no_warning() {
            Finding agrees = finding(server().os("Microsoft Windows XP Professional x64 Edition").arch("AMD64").build());
            Finding itanium = finding(server().os("Microsoft(R) Windows(R) Server 2003, Enterprise Edition for 64-Bit"
                    + " Itanium-based Systems").arch("64-bit").build());
            Finding silent = finding(server().arch("x64").build());

            assertThat(List.of(agrees, itanium, silent)).allSatisfy(f -> {
                assertThat(f.rules()).doesNotContain(RULE);
                assertThat(f.warnings()).noneSatisfy(w -> assertThat(w).contains("the architecture decided"));
            });
        }
    }

    @Nested
    class ServicePackFieldAgainstVersion {
        static final String RULE = rule("A service pack field that disagrees with the Service Pack N of the version is a warning; the field decides (Status, derived)");

        @Test
        void a_field_and_a_version_that_disagree_are_a_warning_and_the_field_decides() {
            Finding f = finding(server().version("5.2.3790 Service Pack 2 Build 3790").sp("1").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isEqualTo(1);
            assertThat(f.warnings()).contains("the service pack '1' and the version '5.2.3790 Service Pack 2 Build 3790'"
                    + " disagree; the service pack field decided");
        }

        @Test
        void control_a_field_and_a_version_that_agree_are_no_warning() {
            Finding f = finding(server().version("5.2.3790 Service Pack 1 Build 3790").sp("SP1").build());

            assertThat(f.rules()).doesNotContain(RULE);
            assertThat(f.warnings()).isEmpty();
        }
    }

    @Nested
    class ServicePackFieldAgainstCaption {
        static final String RULE = rule("A service pack field that disagrees with the Service Pack N of the caption is a warning; the field decides (Status, derived)");

        @Test
        void a_field_and_a_caption_that_disagree_are_a_warning_and_the_field_decides() {
            Finding f = finding(server().os("Windows Server 2003, Standard Edition Service Pack 2").sp("RTM").build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isZero();
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("the service pack 'RTM' and the caption")
                    .endsWith("disagree; the service pack field decided"));
        }

        @Test
        void control_a_caption_without_a_service_pack_is_no_warning() {
            Finding f = finding(server().sp("RTM").build());

            assertThat(f.rules()).doesNotContain(RULE);
        }
    }

    @Nested
    class VersionAgainstCaptionServicePack {
        static final String RULE = rule("A version and a caption that name different service packs are a warning; the version decides (Status, derived)");

        @Test
        void a_version_and_a_caption_naming_different_service_packs_are_a_warning_and_the_version_decides() {
            Finding f = finding(server().os("Windows Server 2003, Standard Edition Service Pack 1")
                    .version("5.2.3790 Service Pack 2 Build 3790").sp(null).build());

            assertThat(f.rules()).contains(RULE);
            assertThat(f.servicePack()).isEqualTo(2);
            assertThat(f.warnings()).anySatisfy(w -> assertThat(w).endsWith("name different service packs; the version decided"));
        }

        @Test
        void control_the_same_service_pack_twice_is_no_warning() {
            Finding f = finding(server().os("Windows Server 2003, Standard Edition Service Pack 2")
                    .version("5.2.3790 Service Pack 2 Build 3790").sp(null).build());

            assertThat(f.rules()).doesNotContain(RULE);
        }
    }
}
