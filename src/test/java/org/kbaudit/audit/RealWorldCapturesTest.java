package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Rejection;
import org.kbaudit.report.ReportWriter;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;

/**
 * The real systeminfo captures beside the project (read in place), audited end to end: each gets the
 * status VERDICTS.md gives it, and the French machine, captured twice, is audited once.
 */
class RealWorldCapturesTest {

    static final Path CAPTURES = Path.of("..", "shared", "realworld", "systeminfo");
    static final Map<String, Finding> byFile = new LinkedHashMap<>();
    static final List<Rejection> rejections = new ArrayList<>();
    static Summary summary;

    @BeforeAll
    static void audit() throws Exception {
        assertThat(Files.isDirectory(CAPTURES)).as("the shared captures beside the checkout").isTrue();
        ReportWriter collect = new ReportWriter() {
            public void begin(RunInfo run) { }
            public void finding(Finding f) { byFile.put(Path.of(f.server().provenance().source()).getFileName().toString(), f); }
            public void rejection(Rejection r) { rejections.add(r); }
            public void finish(Summary s) { }
            public void commit() { }
            public void abort() { }
        };
        summary = AuditService.withRules(null).run(
                new AuditRequest(List.of(CAPTURES), Policy.DEFAULT, null, Reports.NONE), List.of(collect), AuditListener.NONE);
    }

    @Test
    void windows_server_2003_at_rtm_on_x86_with_one_card_is_vulnerable() {
        Finding f = byFile.get("srv_2003_rtm_x86_standard_en-us_systeminfo.txt");
        assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        assertThat(f.platform()).isEqualTo(Platform.X86);
        assertThat(f.servicePack()).isZero();
        assertThat(f.fix().present()).isFalse();
        assertThat(f.remediation().options()).contains(org.kbaudit.domain.Action.INSTALL_SP1_THEN_HOTFIX);
    }

    @Test
    void windows_server_2003_sp1_x64_with_a_complete_list_lacking_the_hotfix_is_vulnerable() {
        Finding f = byFile.get("srv_2003_sp1_x64_standard_en-us_systeminfo.txt");
        assertThat(f.status()).isEqualTo(Status.VULNERABLE);
        assertThat(f.platform()).isEqualTo(Platform.X64);
        assertThat(f.servicePack()).isEqualTo(1);
        assertThat(f.remediation().minimumServicePackForHotfix()).isZero();
    }

    @Test
    void service_pack_2_protects_r2_on_both_platforms_and_xp_x64() {
        assertThat(byFile.get("srv_2003r2_sp2_rtm_x64_standard_en-us_systeminfo.txt").status()).isEqualTo(Status.PROTECTED);
        assertThat(byFile.get("srv_2003r2_sp2_x86_standard_en-us_systeminfo.txt").status()).isEqualTo(Status.PROTECTED);
        Finding xp64 = byFile.get("xp_sp2_x64_systeminfo.txt");
        assertThat(xp64.status()).isEqualTo(Status.PROTECTED);
        assertThat(xp64.platform()).isEqualTo(Platform.X64);
    }

    @Test
    void other_windows_releases_in_every_language_are_not_applicable() {
        for (String file : List.of("10_1809_x64_education_es_systeminfo.txt", "7_sp1_x64_enterprise_fr_systeminfo_cmd.txt",
                "7_sp1_x64_ultimaten_de_systeminfo.txt", "srv_2008_rtm_x64_standard_en-us_systeminfo.txt",
                "xp_sp2_x86_systeminfo.txt", "xp_sp3_x86_professional_en-us_systeminfo.txt")) {
            assertThat(byFile.get(file)).as(file).isNotNull();
            assertThat(byFile.get(file).status()).as(file).isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Test
    void the_french_machine_captured_twice_is_audited_once_and_the_second_capture_rejected() {
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).endsWith("7_sp1_x64_enterprise_fr_systeminfo_powershell.txt");
            assertThat(r.reason()).contains("duplicate host").contains("7_sp1_x64_enterprise_fr_systeminfo_cmd.txt");
        });
        assertThat(summary.read()).isEqualTo(12);
        assertThat(summary.audited()).isEqualTo(11);
    }

    @Test
    void drivers_inferred_from_product_names_are_said_on_the_finding() {
        Finding f = byFile.get("srv_2003_rtm_x86_standard_en-us_systeminfo.txt");
        assertThat(f.server().adapters()).isNotEmpty().allSatisfy(a -> assertThat(a.driverInferred()).isTrue());
        assertThat(String.join(" ", f.warnings())).containsIgnoringCase("inferred");
    }
}
