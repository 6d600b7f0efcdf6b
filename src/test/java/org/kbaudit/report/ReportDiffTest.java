package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kbaudit.domain.Status.EXPOSED;
import static org.kbaudit.domain.Status.NOT_APPLICABLE;
import static org.kbaudit.domain.Status.PROTECTED;
import static org.kbaudit.domain.Status.UNKNOWN;
import static org.kbaudit.domain.Status.VULNERABLE;
import static org.kbaudit.report.ReportDiff.Change.APPEARED;
import static org.kbaudit.report.ReportDiff.Change.CHANGED;
import static org.kbaudit.report.ReportDiff.Change.DISAPPEARED;
import static org.kbaudit.report.ReportDiff.Change.FIXED;
import static org.kbaudit.report.ReportDiff.Change.NEWLY_EXPOSED;
import static org.kbaudit.report.ReportDiff.Change.REGRESSED;
import static org.kbaudit.report.ReportDiff.Change.UNCHANGED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbaudit.domain.Status;

class ReportDiffTest {

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @CsvSource({
            "EXPOSED, PROTECTED, FIXED",
            "VULNERABLE, PROTECTED, FIXED",
            "UNKNOWN, PROTECTED, FIXED",
            "PROTECTED, EXPOSED, REGRESSED",
            "PROTECTED, VULNERABLE, REGRESSED",
            "VULNERABLE, EXPOSED, NEWLY_EXPOSED",
            "UNKNOWN, EXPOSED, NEWLY_EXPOSED",
            "NOT_APPLICABLE, EXPOSED, NEWLY_EXPOSED",
            "PROTECTED, UNKNOWN, CHANGED",
            "EXPOSED, VULNERABLE, CHANGED",
            "EXPOSED, UNKNOWN, CHANGED",
            "NOT_APPLICABLE, PROTECTED, CHANGED",
            "PROTECTED, NOT_APPLICABLE, CHANGED",
            "EXPOSED, EXPOSED, UNCHANGED",
            "PROTECTED, PROTECTED, UNCHANGED",
    })
    void classifiesAStatusChange(Status before, Status after, ReportDiff.Change expected) {
        assertThat(ReportDiff.classify(before, after)).isEqualTo(expected);
    }

    @Test
    void aHostInOnlyOneReportAppearedOrDisappeared() {
        assertThat(ReportDiff.classify(null, EXPOSED)).isEqualTo(APPEARED);
        assertThat(ReportDiff.classify(PROTECTED, null)).isEqualTo(DISAPPEARED);
        assertThatThrownBy(() -> ReportDiff.classify(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPairOfStatusesHasExactlyOneChange() {
        for (Status b : Status.values()) {
            for (Status a : Status.values()) {
                ReportDiff.Change c = ReportDiff.classify(b, a);
                assertThat(c == UNCHANGED).as(b + "->" + a).isEqualTo(a == b);
                assertThat(c == FIXED).as(b + "->" + a).isEqualTo(a == PROTECTED && b != PROTECTED && b != NOT_APPLICABLE);
            }
        }
    }

    @Nested
    class ComparingTwoReports {

        private final Map<String, ReportedServer> before = map(
                s("fixed-1", EXPOSED, false, "Netcfgx.dll 5.2.3790.1830 < 5.2.3790.2520"),
                s("regressed-1", PROTECTED, true, "service pack 2 contains the fix"),
                s("same-1", VULNERABLE, false, "service pack 1 without KB907019"),
                s("Gone-1", UNKNOWN, null, null),
                s("new-exp", VULNERABLE, false, "x"));
        private final Map<String, ReportedServer> after = map(
                s("FIXED-1", PROTECTED, true, "Netcfgx.dll 5.2.3790.2520 >= 5.2.3790.2520"),
                s("regressed-1", EXPOSED, false, "KB907019 installed, restart pending"),
                s("same-1", VULNERABLE, false, "service pack 1 without KB907019"),
                s("new-exp", EXPOSED, false, "x"),
                s("brand-new", EXPOSED, false, "y"));

        private final ReportDiff diff = ReportDiff.compare(before, after);

        private ReportDiff.Entry entry(String host) {
            return diff.entries().stream().filter(e -> e.host().equalsIgnoreCase(host)).findFirst().orElseThrow();
        }

        @Test
        void classifiesEveryHostOnce() {
            assertThat(diff.entries()).hasSize(6);
            assertThat(entry("fixed-1").change()).isEqualTo(FIXED);
            assertThat(entry("regressed-1").change()).isEqualTo(REGRESSED);
            assertThat(entry("same-1").change()).isEqualTo(UNCHANGED);
            assertThat(entry("gone-1").change()).isEqualTo(DISAPPEARED);
            assertThat(entry("new-exp").change()).isEqualTo(NEWLY_EXPOSED);
            assertThat(entry("brand-new").change()).isEqualTo(APPEARED);
            assertThat(diff.count(CHANGED)).isZero();
            assertThat(diff.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        }

        @Test
        void matchesHostsCaseInsensitivelyAndShowsTheNewSpelling() {
            assertThat(entry("fixed-1").host()).isEqualTo("FIXED-1");
        }

        @Test
        void explainsAChangeByTheFixEvidenceBeforeAndAfter() {
            assertThat(entry("fixed-1").why()).contains("EXPOSED -> PROTECTED")
                    .contains("Netcfgx.dll 5.2.3790.1830 < 5.2.3790.2520")
                    .contains("Netcfgx.dll 5.2.3790.2520 >= 5.2.3790.2520");
            assertThat(entry("regressed-1").why()).contains("restart pending");
            assertThat(entry("gone-1").why()).contains("not in the new report");
            assertThat(entry("brand-new").why()).contains("not in the old report");
        }

        @Test
        void listsTheWorstChangesFirst() {
            assertThat(diff.entries()).extracting(ReportDiff.Entry::change)
                    .containsExactly(REGRESSED, NEWLY_EXPOSED, FIXED, APPEARED, DISAPPEARED, UNCHANGED);
        }
    }

    @Nested
    class TheSameStatusWithAnotherPlan {

        @Test
        void aDifferentRecommendedActionIsAChangeWithTheActionsAsItsReason() {
            ReportDiff diff = ReportDiff.compare(map(plan("A", EXPOSED, "INSTALL_SP2", 2)),
                    map(plan("a", EXPOSED, "INSTALL_HOTFIX", 2)));

            assertThat(diff.entries()).singleElement().satisfies(e -> {
                assertThat(e.change()).isEqualTo(CHANGED);
                assertThat(e.why()).isEqualTo("action: INSTALL_SP2 -> INSTALL_HOTFIX");
            });
            assertThat(diff.count(UNCHANGED)).isZero();
        }

        @Test
        void aDifferentPriorityIsAChangeWithThePrioritiesAsItsReason() {
            ReportDiff diff = ReportDiff.compare(map(plan("A", EXPOSED, "INSTALL_SP2", 2)),
                    map(plan("A", EXPOSED, "INSTALL_SP2", 1)));

            assertThat(diff.entries()).singleElement().satisfies(e -> {
                assertThat(e.change()).isEqualTo(CHANGED);
                assertThat(e.why()).isEqualTo("priority: 2 -> 1");
            });
        }

        @Test
        void theSameStatusActionAndPriorityStayUnchangedWhateverElseDiffers() {
            ReportedServer before = new ReportedServer("A", EXPOSED, false, "SP1", List.of("HOT_SWAP_CASCADE"),
                    "INSTALL_SP2", 1, List.of());
            ReportedServer after = new ReportedServer("A", EXPOSED, false, "SP1 again",
                    List.of("HOT_SWAP_CASCADE", "SILENT_VLAN_LOSS"), "INSTALL_SP2", 1, List.of());

            assertThat(ReportDiff.changeOf(before, after)).isEqualTo(UNCHANGED);
            assertThat(ReportDiff.changeOf(before, null)).isEqualTo(DISAPPEARED);
            assertThat(ReportDiff.changeOf(null, after)).isEqualTo(APPEARED);
        }

        @Test
        void aStatusChangeKeepsItsOwnKindAndNamesTheNewActionToo() {
            ReportDiff diff = ReportDiff.compare(map(plan("A", VULNERABLE, "INSTALL_SP2", 3)),
                    map(plan("A", EXPOSED, "INSTALL_HOTFIX", 2)));

            assertThat(diff.entries()).singleElement().satisfies(e -> {
                assertThat(e.change()).isEqualTo(NEWLY_EXPOSED);
                assertThat(e.why()).isEqualTo("VULNERABLE -> EXPOSED; action: INSTALL_SP2 -> INSTALL_HOTFIX; priority: 3 -> 2");
            });
        }

        private static ReportedServer plan(String host, Status status, String recommended, Integer priority) {
            return new ReportedServer(host, status, false, "SP1", List.of(), recommended, priority, List.of());
        }
    }

    @Nested
    class TheSettingsOfTheReports {

        private static final String HASH_A = "aaaaaaaaaaaa" + "0".repeat(52);
        private static final String HASH_B = "bbbbbbbbbbbb" + "0".repeat(52);

        private ReportDiff compare(ReportSettings before, ReportSettings after) {
            return ReportDiff.compare(new ReportedAudit(before, map(s("A", EXPOSED, false, "x"))),
                    new ReportedAudit(after, map(s("A", EXPOSED, false, "x"))));
        }

        private List<String> lines(ReportDiff diff) {
            return diff.settings().stream().map(d -> d.text("old.json", "new.json")).toList();
        }

        @Test
        void theSameSettingsGiveNoLine() {
            ReportSettings same = new ReportSettings("service-pack", "same-driver", "bundled", HASH_A);

            assertThat(compare(same, same).settings()).isEmpty();
            assertThat(compare(ReportSettings.UNRECORDED, ReportSettings.UNRECORDED).settings()).isEmpty();
        }

        @Test
        void eachDifferentSettingIsOneLineNamingBothReports() {
            ReportDiff diff = compare(new ReportSettings("service-pack", "same-driver", "bundled", HASH_A),
                    new ReportSettings("hotfix", "all-adapters", "my-rules", HASH_B));

            assertThat(lines(diff)).containsExactly(
                    "Made with different --prefer: service-pack in old.json, hotfix in new.json (a change of"
                            + " recommended action may come from this alone)",
                    "Made with different --scope: same-driver in old.json, all-adapters in new.json (a change of"
                            + " status, exposures or priority may come from this alone)",
                    "Made with different rules: bundled (sha256 aaaaaaaaaaaa) in old.json, my-rules (sha256"
                            + " bbbbbbbbbbbb) in new.json (any change may come from the rules rather than from the servers)");
            assertThat(diff.entries()).singleElement().extracting(ReportDiff.Entry::change).isEqualTo(UNCHANGED);
        }

        @Test
        void rulesEditedInTheSameFolderOrCopiedElsewhereAreTold() {
            assertThat(lines(compare(new ReportSettings("hotfix", "same-driver", "my-rules", HASH_A),
                    new ReportSettings("hotfix", "same-driver", "my-rules", HASH_B)))).singleElement().asString()
                    .startsWith("Made with different rules: my-rules (sha256 aaaaaaaaaaaa) in old.json, my-rules"
                            + " (sha256 bbbbbbbbbbbb) in new.json");
            assertThat(lines(compare(new ReportSettings("hotfix", "same-driver", "bundled", HASH_A),
                    new ReportSettings("hotfix", "same-driver", "copy", HASH_A)))).singleElement().asString()
                    .isEqualTo("Made with different rules source: bundled (sha256 aaaaaaaaaaaa) in old.json, copy"
                            + " (sha256 aaaaaaaaaaaa) in new.json (the rule files are the same, so this alone changes"
                            + " no verdict)");
        }

        @Test
        void aSettingOnlyOneReportRecordsIsADifference() {
            assertThat(lines(compare(ReportSettings.UNRECORDED,
                    new ReportSettings("service-pack", null, "bundled", HASH_A)))).containsExactly(
                    "Made with different --prefer: not recorded in old.json, service-pack in new.json (a change of"
                            + " recommended action may come from this alone)",
                    "Made with different rules: not recorded in old.json, bundled (sha256 aaaaaaaaaaaa) in new.json"
                            + " (any change may come from the rules rather than from the servers)");
        }
    }

    static ReportedServer s(String host, Status status, Boolean present, String evidence) {
        return new ReportedServer(host, status, present, evidence, List.of(), null, null, List.of());
    }

    static Map<String, ReportedServer> map(ReportedServer... servers) {
        Map<String, ReportedServer> m = new LinkedHashMap<>();
        for (ReportedServer s : servers) {
            m.put(s.host().toLowerCase(Locale.ROOT), s);
        }
        return m;
    }
}
