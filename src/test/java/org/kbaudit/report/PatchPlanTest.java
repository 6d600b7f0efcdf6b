package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.report.FindingFixture.server;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbaudit.domain.Action;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Status;

class PatchPlanTest {

    private static final KbArticle KB = KbArticle.KB907019;

    @Nested
    class Steps {

        @Test
        void servicePackOneThenHotfixInstallsThePrerequisiteFirstAndRestartsTwice() {
            int sp1 = KB.minimumServicePackForHotfix().get(Platform.X86);
            List<PatchSteps.Step> steps = PatchSteps.steps(Action.INSTALL_SP1_THEN_HOTFIX.name(), KB, sp1, true);
            List<String> text = steps.stream().map(PatchSteps.Step::text).toList();
            int sp = indexOf(text, "service pack " + sp1);
            int hotfix = indexOf(text, "Install the " + KB.id() + " hotfix");
            assertThat(sp).isLessThan(hotfix);
            assertThat(steps.get(sp + 1).restart()).as("restart after the service pack").isTrue();
            assertThat(steps.get(hotfix + 1).restart()).as("restart after the hotfix").isTrue();
            assertThat(text.get(hotfix)).as("Hotfix replacement information").contains("replaces no other hotfix");
            assertThat(PatchSteps.restarts(steps)).isEqualTo(2);
            assertThat(text.get(text.size() - 1)).contains("Verify").contains(KB.fixedVersion().toString());
        }

        @Test
        void servicePackTwoIsOneInstallAndOneRestart() {
            List<PatchSteps.Step> steps = PatchSteps.steps(Action.INSTALL_SP2.name(), KB, 1, true);
            assertThat(steps.get(0).text()).contains("service pack " + KB.servicePackWithFix());
            assertThat(PatchSteps.restarts(steps)).isEqualTo(1);
            assertThat(steps).noneMatch(s -> s.text().contains("hotfix"));
        }

        @Test
        void restartIsOnlyARestartAndAVerification() {
            List<PatchSteps.Step> steps = PatchSteps.steps(Action.RESTART.name(), KB, null, true);
            assertThat(steps).hasSize(2);
            assertThat(steps).noneMatch(s -> s.text().contains("Install"));
            assertThat(PatchSteps.restarts(steps)).isEqualTo(1);
        }

        @Test
        void hotfixWithoutARequiredRestartCostsNone() {
            assertThat(PatchSteps.restarts(PatchSteps.steps(Action.INSTALL_HOTFIX.name(), KB, 0, false))).isZero();
            assertThat(PatchSteps.restarts(PatchSteps.steps(Action.INSTALL_HOTFIX.name(), KB, 0, true))).isEqualTo(1);
        }

        @Test
        void serversThatNeedNothingHaveNoWave() {
            assertThat(PatchSteps.kindOf(Status.PROTECTED, Action.RESTART)).isNull();
            assertThat(PatchSteps.kindOf(Status.NOT_APPLICABLE, null)).isNull();
            assertThat(PatchSteps.kindOf(Status.UNKNOWN, null)).isEqualTo(PatchSteps.COLLECT);
            assertThat(PatchSteps.kindOf(Status.UNKNOWN, Action.INSTALL_SP2)).as("the fix is known to be absent")
                    .isEqualTo("INSTALL_SP2");
            assertThat(PatchSteps.kindOf(Status.EXPOSED, Action.INSTALL_HOTFIX)).isEqualTo("INSTALL_HOTFIX");
        }

        private int indexOf(List<String> text, String part) {
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).contains(part)) {
                    return i;
                }
            }
            throw new AssertionError("no step with '" + part + "' in " + text);
        }
    }

    @Nested
    class Sheet {

        @TempDir
        Path dir;

        private final List<Finding> findings = List.of(
                server("LON-B").site("LON").window("Sat").status(Status.VULNERABLE).adapter("N1", "E1000", false)
                        .action(Action.INSTALL_SP2).build(),
                server("LON-A").site("LON").window("Sat").status(Status.EXPOSED)
                        .adapter("N1", "E1000", true, 10).adapter("N2", "E1000", true, 20).action(Action.INSTALL_SP2).build(),
                server("FRA-A").site("FRA").window("Sun").status(Status.EXPOSED).servicePack(0)
                        .adapter("N1", "E1000", true).adapter("N2", "E1000", true).action(Action.INSTALL_SP1_THEN_HOTFIX).build(),
                server("OK-1").site("LON").window("Sat").status(Status.PROTECTED).build(),
                server("W2K-1").site("LON").window("Sat").status(Status.NOT_APPLICABLE).build(),
                server("UNK-1").site("FRA").window("Sun").status(Status.UNKNOWN)
                        .missing("servicePack", "adapterDrivers").ifUnpatched(Status.EXPOSED).build());

        private List<List<String>> plan() throws Exception {
            Path out = dir.resolve("plan.xlsx");
            try (XlsxReportWriter w = new XlsxReportWriter(out)) {
                w.begin(FindingFixture.run());
                for (Finding f : findings) {
                    w.finding(f);
                }
                w.end(FindingFixture.summaryOf(findings, 0));
            }
            try (XSSFWorkbook wb = WorkbookReader.open(out)) {
                XSSFSheet s = wb.getSheet("Patch plan");
                assertThat(WorkbookReader.header(s)).isEqualTo(PatchPlanSheet.HEADERS);
                return WorkbookReader.rows(s);
            }
        }

        private List<String> hostsOfWave(List<List<String>> rows, String wave) {
            int host = PatchPlanSheet.HEADERS.indexOf("Step / host");
            int status = PatchPlanSheet.HEADERS.indexOf("Status");
            return rows.stream().filter(r -> r.get(0).equals(wave) && !r.get(status).isEmpty())
                    .map(r -> r.get(host)).toList();
        }

        @Test
        void groupsByActionSiteAndWindowWorstFirst() throws Exception {
            List<List<String>> rows = plan();
            int action = PatchPlanSheet.HEADERS.indexOf("Action");
            List<String> waveOrder = rows.stream().map(r -> r.get(0)).distinct().toList();
            assertThat(waveOrder).containsExactly("1", "2", "3");
            // LON-A loses VLANs silently (tier 1); FRA-A only cascades (tier 2); then the collection wave
            assertThat(hostsOfWave(rows, "1")).containsExactly("LON-A", "LON-B");
            assertThat(hostsOfWave(rows, "2")).containsExactly("FRA-A");
            assertThat(hostsOfWave(rows, "3")).containsExactly("UNK-1");
            assertThat(rows.stream().filter(r -> r.get(0).equals("2")).findFirst().orElseThrow().get(action))
                    .contains("service pack 1").contains("hotfix");
        }

        @Test
        void leavesOutServersThatNeedNothing() throws Exception {
            String all = plan().toString();
            assertThat(all).doesNotContain("OK-1").doesNotContain("W2K-1");
        }

        @Test
        void countsRestartsPerServerAndInTotal() throws Exception {
            List<List<String>> rows = plan();
            int servers = PatchPlanSheet.HEADERS.indexOf("Servers");
            int per = PatchPlanSheet.HEADERS.indexOf("Restarts per server");
            int total = PatchPlanSheet.HEADERS.indexOf("Restarts in total");
            List<String> wave1 = rows.stream().filter(r -> r.get(0).equals("1") && !r.get(servers).isEmpty()).findFirst().orElseThrow();
            assertThat(wave1.subList(servers, total + 1)).containsExactly("2", "1", "2");
            List<String> wave2 = rows.stream().filter(r -> r.get(0).equals("2") && !r.get(servers).isEmpty()).findFirst().orElseThrow();
            assertThat(wave2.subList(servers, total + 1)).containsExactly("1", "2", "2");
        }

        @Test
        void listsTheFilesToVerifyWithVersionAndSize() throws Exception {
            List<List<String>> rows = plan();
            int step = PatchPlanSheet.HEADERS.indexOf("Step / host");
            List<String> wave1 = rows.stream().filter(r -> r.get(0).equals("1")).map(r -> r.get(step)).toList();
            var x86 = KB.filesFor(Platform.X86).get(0);
            assertThat(wave1).anyMatch(s -> s.contains(x86.name()) && s.contains(x86.version().toString())
                    && s.contains(String.format("%,d", x86.size())));
        }

        @Test
        void unknownServersGetACollectionWaveNamingWhatIsMissing() throws Exception {
            List<List<String>> rows = plan();
            int detail = PatchPlanSheet.HEADERS.indexOf("Files to verify / data to collect");
            int step = PatchPlanSheet.HEADERS.indexOf("Step / host");
            List<String> unk = rows.stream().filter(r -> r.get(step).equals("UNK-1")).findFirst().orElseThrow();
            assertThat(unk.get(detail)).contains("servicePack").contains("adapterDrivers").contains("EXPOSED");
            assertThat(rows.stream().filter(r -> r.get(0).equals("3")).map(r -> r.get(step)))
                    .anyMatch(s -> s.contains("Collect"));
        }
    }

    @Nested
    class Printed {

        @TempDir
        Path dir;

        private final List<Finding> findings = List.of(
                server("FRA-APP-01").site("Frankfurt, hall 2").window("Sun 02:00-04:00").status(Status.EXPOSED)
                        .platform(Platform.X64).adapter("N1", "E1000", true).adapter("N2", "E1000", true)
                        .owner("Directory services").action(Action.INSTALL_SP2).build(),
                server("FRA-APP-02").site("Frankfurt, hall 2").window("Sun 02:00-04:00").status(Status.VULNERABLE)
                        .adapter("N1", "E1000", false).owner("Ops").action(Action.INSTALL_SP2).build(),
                server("LON-DB-01").site("LON").window("Sat").status(Status.EXPOSED).servicePack(0)
                        .adapter("N1", "E1000", true).adapter("N2", "E1000", true)
                        .action(Action.INSTALL_SP1_THEN_HOTFIX).build());

        private XSSFSheet plan(XSSFWorkbook[] opened) throws Exception {
            Path out = dir.resolve("plan.xlsx");
            try (XlsxReportWriter w = new XlsxReportWriter(out)) {
                w.begin(FindingFixture.run());
                for (Finding f : findings) {
                    w.finding(f);
                }
                w.end(FindingFixture.summaryOf(findings, 0));
            }
            opened[0] = WorkbookReader.open(out);
            return opened[0].getSheet("Patch plan");
        }

        private static int column(String header) {
            return PatchPlanSheet.HEADERS.indexOf(header);
        }

        @Test
        void itsColumnsAreNarrowEnoughToPrintOnePageWideAtAboutTwoThirdsOfItsSize() throws Exception {
            XSSFWorkbook[] wb = new XSSFWorkbook[1];
            XSSFSheet s = plan(wb);
            int total = 0;
            for (int c = 0; c < PatchPlanSheet.HEADERS.size(); c++) {
                total += s.getColumnWidth(c) / 256;
                assertThat(s.getColumnWidth(c) / 256).as(PatchPlanSheet.HEADERS.get(c))
                        .isLessThanOrEqualTo(PatchPlanSheet.LAYOUT.maxWidth(c, PatchPlanSheet.HEADERS.size()));
            }
            // 10.5 inches of landscape Letter between the margins hold about 137 characters of Calibri 11
            assertThat(total).isLessThanOrEqualTo(225);
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getRow(0).getHeightInPoints()).as("headers on two lines at most")
                    .isEqualTo(2 * TextLines.LINE_HEIGHT);
            assertThat(s.getRow(0).getCell(column("Restarts per server")).getCellStyle().getWrapText()).isTrue();
            wb[0].close();
        }

        @Test
        void aWavesActionSiteAndWindowWrapInItsBandWhenLongerThanALineAndShrinkToFitInTheGreyRepeatsBelow()
                throws Exception {
            XSSFWorkbook[] wb = new XSSFWorkbook[1];
            XSSFSheet s = plan(wb);
            int band = 0;
            int repeats = 0;
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                boolean isBand = !WorkbookReader.text(s.getRow(r).getCell(column("Servers"))).isEmpty();
                for (String lead : List.of("Action", "Site", "Maintenance window")) {
                    var cell = s.getRow(r).getCell(column(lead));
                    int lines = TextLines.lines(WorkbookReader.text(cell), s.getColumnWidth(column(lead)) / 256, 0);
                    assertThat(cell.getCellStyle().getWrapText()).as(lead + " in row " + r)
                            .isEqualTo(isBand && lines > 1);
                    assertThat(cell.getCellStyle().getShrinkToFit()).as(lead + " in row " + r).isEqualTo(!isBand);
                    if (isBand) {
                        assertThat(s.getRow(r).getHeightInPoints())
                                .isGreaterThanOrEqualTo(lines * TextLines.LINE_HEIGHT);
                    }
                }
                if (isBand) {
                    band++;
                    // "Install service pack 1, then the KB907019 hotfix" in bold takes more than one line
                    if (WorkbookReader.text(s.getRow(r).getCell(column("Action"))).contains("then")) {
                        assertThat(s.getRow(r).getCell(column("Action")).getCellStyle().getWrapText()).isTrue();
                        assertThat(s.getRow(r).getHeightInPoints()).isGreaterThanOrEqualTo(2 * TextLines.LINE_HEIGHT);
                    }
                } else {
                    repeats++;
                }
            }
            assertThat(band).isEqualTo(2);
            assertThat(repeats).isGreaterThan(band);
            wb[0].close();
        }

        @Test
        void aServersHostOwnerAndFilesWrapWhenLongerThanALineAndItsRowIsAsTallAsTheirLines() throws Exception {
            XSSFWorkbook[] wb = new XSSFWorkbook[1];
            XSSFSheet s = plan(wb);
            int files = column("Files to verify / data to collect");
            int host = column("Step / host");
            boolean seen = false;
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                var row = s.getRow(r);
                if (WorkbookReader.text(row.getCell(column("Status"))).isEmpty()) {
                    continue;
                }
                for (int c : List.of(host, column("Owner"), files)) {
                    if (row.getCell(c) != null) {
                        String text = WorkbookReader.text(row.getCell(c));
                        int lines = TextLines.lines(text, s.getColumnWidth(c) / 256, 0);
                        assertThat(row.getCell(c).getCellStyle().getWrapText()).as(text).isEqualTo(lines > 1);
                        assertThat(row.getHeightInPoints()).as(text)
                                .isGreaterThanOrEqualTo(lines * TextLines.LINE_HEIGHT);
                    }
                }
                if (WorkbookReader.text(row.getCell(host)).equals("FRA-APP-01")) {
                    // x64: two files, one a line
                    String text = WorkbookReader.text(row.getCell(files));
                    assertThat(TextLines.lines(text, s.getColumnWidth(files) / 256, 0)).isEqualTo(2);
                    assertThat(row.getCell(files).getCellStyle().getWrapText()).isTrue();
                    assertThat(row.getHeightInPoints()).isEqualTo(2 * TextLines.LINE_HEIGHT);
                    seen = true;
                }
            }
            assertThat(seen).isTrue();
            wb[0].close();
        }

        @Test
        void stepsRunOverTheEmptyCellsToTheirRightWithoutWideningTheirColumn() throws Exception {
            XSSFWorkbook[] wb = new XSSFWorkbook[1];
            XSSFSheet s = plan(wb);
            int step = column("Step / host");
            int longest = 0;
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                var row = s.getRow(r);
                String text = WorkbookReader.text(row.getCell(step));
                if (text.matches("\\d+\\. .*")) {
                    longest = Math.max(longest, text.length());
                    assertThat(row.getCell(step).getCellStyle().getWrapText()).isFalse();
                    assertThat(row.getLastCellNum()).as("nothing to the step's right").isEqualTo((short) (step + 1));
                }
            }
            assertThat(longest).isGreaterThan(80);
            assertThat(s.getColumnWidth(step) / 256).isLessThan(30);
            wb[0].close();
        }
    }
}
