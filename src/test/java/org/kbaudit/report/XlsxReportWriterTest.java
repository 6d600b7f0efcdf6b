package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kbaudit.report.FindingFixture.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbaudit.domain.Action;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.FindingOrder;
import org.kbaudit.domain.HotfixFile;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Status;

class XlsxReportWriterTest {

    @TempDir
    Path dir;

    private Path write(List<Finding> findings, int maxRows, Rejection... rejections) throws Exception {
        Path out = dir.resolve("report.xlsx");
        try (XlsxReportWriter w = new XlsxReportWriter(out, maxRows)) {
            w.begin(FindingFixture.run());
            for (Finding f : findings) {
                w.finding(f);
            }
            for (Rejection r : rejections) {
                w.rejection(r);
            }
            w.end(FindingFixture.summaryOf(findings, rejections.length));
        }
        return out;
    }

    private Path write(List<Finding> findings) throws Exception {
        return write(findings, SheetStream.EXCEL_MAX_ROWS);
    }

    @Nested
    class GivenASampleFleet {

        final List<Finding> findings = SampleFleet.findings();

        @Test
        void hasTheSheetsOfTheSpecInOrder() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                assertThat(WorkbookReader.sheetNames(wb)).containsExactly(
                        "Summary", "Findings", "Adapters", "Patch plan", "Hotfix files", "Data quality");
            }
        }

        @Test
        void findingsHasOneRowPerServerWorstFirst() throws Exception {
            List<String> expected = findings.stream().sorted(FindingOrder.WORST_FIRST).map(Finding::host).toList();
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                XSSFSheet sheet = wb.getSheet("Findings");
                assertThat(sheet.getLastRowNum()).isEqualTo(findings.size());
                assertThat(WorkbookReader.column(sheet, WorkbookReader.columnOf(sheet, "Host")))
                        .containsExactlyElementsOf(expected);
            }
        }

        @Test
        void findingsCarriesTheJsonFieldsAndThePlanningFields() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                assertThat(WorkbookReader.header(wb.getSheet("Findings"))).contains("Host", "Status", "Priority",
                        "Platform", "Service pack", "Exposures", "At-risk adapters", "At-risk VLANs", "Fix present",
                        "Fix evidence", "Recommended action", "Options", "Files to deploy", "Simulation confirmed",
                        "Missing", "If unpatched", "Warnings", "Rules fired", "Site", "Criticality",
                        "Maintenance window", "Owner", "Source");
            }
        }

        @Test
        void everyTableHasAFrozenHeaderAndAnAutofilter() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                for (String name : List.of("Findings", "Adapters", "Patch plan", "Hotfix files", "Data quality")) {
                    XSSFSheet s = wb.getSheet(name);
                    assertThat(s.getPaneInformation()).as(name).isNotNull();
                    assertThat(s.getPaneInformation().isFreezePane()).as(name).isTrue();
                    assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                    assertThat(s.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                    assertThat(s.getRow(0).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
                }
            }
        }

        @Test
        void theWideTablesKeepTheirHostColumnInViewWhenScrolledRight() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings, 5))) {
                for (String name : WorkbookReader.sheetNames(wb)) {
                    if (!name.startsWith("Findings") && !name.startsWith("Adapters")) {
                        continue;
                    }
                    XSSFSheet s = wb.getSheet(name);
                    assertThat(WorkbookReader.header(s).get(0)).as(name).isEqualTo("Host");
                    assertThat(s.getPaneInformation().isFreezePane()).as(name).isTrue();
                    assertThat(s.getPaneInformation().getVerticalSplitPosition()).as(name).isEqualTo((short) 1);
                    assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                }
                for (String name : List.of("Patch plan", "Hotfix files", "Data quality")) {
                    assertThat(wb.getSheet(name).getPaneInformation().getVerticalSplitPosition()).as(name).isZero();
                }
            }
        }

        @Test
        void columnsAreWideEnoughForTheirHeader() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                XSSFSheet s = wb.getSheet("Findings");
                List<String> header = WorkbookReader.header(s);
                for (int i = 0; i < header.size(); i++) {
                    assertThat(s.getColumnWidth(i)).as(header.get(i)).isGreaterThanOrEqualTo(header.get(i).length() * 256);
                }
            }
        }

        @Test
        void statusCellsAreColouredBySeverity() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                XSSFSheet s = wb.getSheet("Findings");
                int col = WorkbookReader.columnOf(s, "Status");
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    Cell c = s.getRow(r).getCell(col);
                    byte[] rgb = ((XSSFCellStyle) c.getCellStyle()).getFillForegroundXSSFColor().getRGB();
                    int red = rgb[0] & 0xff;
                    int green = rgb[1] & 0xff;
                    int blue = rgb[2] & 0xff;
                    switch (Status.valueOf(c.getStringCellValue())) {
                        case EXPOSED -> assertThat(red - Math.max(green, blue)).as("red").isGreaterThan(80);
                        case VULNERABLE -> assertThat(red > green && green > blue && red - blue > 80).as("orange").isTrue();
                        case PROTECTED -> assertThat(green - Math.max(red, blue)).as("green").isGreaterThan(20);
                        case NOT_APPLICABLE -> assertThat(Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)))
                                .as("grey").isLessThan(10);
                        case UNKNOWN -> assertThat(red > blue + 60 && green > blue + 60 && Math.abs(red - green) < 40)
                                .as("yellow").isTrue();
                    }
                }
            }
        }

        @Test
        void summaryHasANativeChartAndTheCountsPerStatus() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                XSSFSheet s = wb.getSheet("Summary");
                assertThat(s.getDrawingPatriarch()).isNotNull();
                List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
                assertThat(charts).hasSize(1);
                assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
                assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointCount())
                        .isEqualTo(Status.values().length);
                List<List<String>> rows = WorkbookReader.rows(s);
                long exposed = findings.stream().filter(f -> f.status() == Status.EXPOSED).count();
                assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("EXPOSED", String.valueOf(exposed)));
                assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("Rules SHA-256",
                        FindingFixture.run().rulesHash()));
            }
        }

        @Test
        void theChartWritesEachStatusCountOnItsBar() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                XSSFChart chart = wb.getSheet("Summary").getDrawingPatriarch().getCharts().get(0);
                var values = chart.getChartSeries().get(0).getSeries(0).getValuesData();
                Status[] statuses = Status.values();
                for (int i = 0; i < statuses.length; i++) {
                    Status s = statuses[i];
                    assertThat(values.getPointAt(i).longValue()).as(s.name())
                            .isEqualTo(findings.stream().filter(f -> f.status() == s).count());
                }
                var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
                assertThat(series.isSetDLbls()).as("data labels").isTrue();
                var labels = series.getDLbls();
                assertThat(labels.getShowVal().getVal()).as("the count").isTrue();
                assertThat(labels.getShowCatName().getVal()).as("the status, already under the bar").isFalse();
                assertThat(labels.getShowSerName().getVal()).isFalse();
                assertThat(labels.getShowLegendKey().getVal()).isFalse();
                assertThat(labels.getShowPercent().getVal()).isFalse();
                assertThat(labels.getShowBubbleSize().getVal()).isFalse();
            }
        }

        @Test
        void theSummarysCountHeadersStandOverTheirRightAlignedCountsAndFitInBold() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                XSSFSheet s = wb.getSheet("Summary");
                org.apache.poi.ss.usermodel.Row status = null;
                org.apache.poi.ss.usermodel.Row platform = null;
                for (org.apache.poi.ss.usermodel.Row r : s) {
                    String first = WorkbookReader.text(r.getCell(0));
                    status = first.equals("Status") ? r : status;
                    platform = first.equals("Platform") ? r : platform;
                }
                assertThat(status).isNotNull();
                assertThat(platform).isNotNull();
                assertThat(status.getCell(1).getCellStyle().getAlignment()).as("Servers")
                        .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
                for (int c = 1; c < platform.getLastCellNum(); c++) {
                    Cell head = platform.getCell(c);
                    assertThat(head.getCellStyle().getAlignment()).as(head.getStringCellValue())
                            .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
                    assertThat(((XSSFCellStyle) head.getCellStyle()).getFont().getBold()).isTrue();
                    // bold capitals are wider than the digits a column's width is counted in
                    assertThat(s.getColumnWidth(c)).as(head.getStringCellValue())
                            .isGreaterThanOrEqualTo((head.getStringCellValue().length() + 4) * 256);
                }
            }
        }

        @Test
        void noCellIsAFormulaAndAHostLookingLikeOneStaysText() throws Exception {
            String evil = "=HYPERLINK(\"http://evil.example\",\"click\")";
            assertThat(findings).anyMatch(f -> f.host().equals(evil));
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                assertThat(WorkbookReader.formulaCells(wb)).isEmpty();
                XSSFSheet s = wb.getSheet("Findings");
                int host = WorkbookReader.columnOf(s, "Host");
                Cell cell = null;
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    if (evil.equals(WorkbookReader.text(s.getRow(r).getCell(host)))) {
                        cell = s.getRow(r).getCell(host);
                    }
                }
                assertThat(cell).isNotNull();
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(evil);
            }
        }

        @Test
        void adaptersHasOneRowPerAdapter() throws Exception {
            long adapters = findings.stream().filter(f -> f.server().adapters() != null)
                    .mapToLong(f -> f.server().adapters().size()).sum();
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                assertThat(wb.getSheet("Adapters").getLastRowNum()).isEqualTo((int) adapters);
            }
        }

        @Test
        void hotfixFilesIsTheArticlesManifest() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                List<List<String>> rows = WorkbookReader.rows(wb.getSheet("Hotfix files"));
                List<HotfixFile> manifest = KbArticle.KB907019.manifest();
                assertThat(rows).hasSize(manifest.size());
                for (int i = 0; i < manifest.size(); i++) {
                    HotfixFile h = manifest.get(i);
                    assertThat(rows.get(i)).containsExactly(h.platform().name(), h.name(), h.version().toString(),
                            String.format("%,d", h.size()), h.filePlatform(), h.dateUtc());
                }
            }
        }
    }

    @Nested
    class EmptyValues {

        @Test
        void anEmptyListOrTextLeavesItsCellEmptyRatherThanHoldingAnEmptyText() throws Exception {
            Finding f = server("PLAIN1").status(Status.PROTECTED).adapter("NIC1", "E1000", false).build();
            try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(f)))) {
                XSSFSheet findings = wb.getSheet("Findings");
                for (String column : List.of("Exposures", "At-risk adapters", "At-risk VLANs", "Options",
                        "Files to deploy", "Missing", "Warnings")) {
                    Cell c = findings.getRow(1).getCell(WorkbookReader.columnOf(findings, column));
                    assertThat(c == null || c.getCellType() == CellType.BLANK).as(column + ": " + c).isTrue();
                }
                XSSFSheet adapters = wb.getSheet("Adapters");
                Cell vlans = adapters.getRow(1).getCell(WorkbookReader.columnOf(adapters, "VLANs"));
                assertThat(vlans == null || vlans.getCellType() == CellType.BLANK).as("VLANs: " + vlans).isTrue();
            }
        }
    }

    @Nested
    class AdaptersSheet {

        @Test
        void showsDriverGroupRiskVlansAndWhatTheSimulationSaw() throws Exception {
            Finding f = server("DB1").status(Status.EXPOSED)
                    .adapter("NIC1", "E1000", true, 10).adapter("NIC2", "e1000", true).adapter("NIC3", "b57w2k", false)
                    .simulation(new org.kbaudit.domain.SimulationCheck(true, 2, 1, List.of("NIC1", "NIC2"),
                            List.of(new org.kbaudit.domain.AdapterVlan("NIC1", 10)), null))
                    .build();
            try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(f)))) {
                XSSFSheet s = wb.getSheet("Adapters");
                List<List<String>> rows = WorkbookReader.rows(s);
                int group = WorkbookReader.columnOf(s, "Adapters on this driver");
                int risk = WorkbookReader.columnOf(s, "At risk");
                int sim = WorkbookReader.columnOf(s, "Simulation saw");
                int vlans = WorkbookReader.columnOf(s, "VLANs");
                assertThat(rows).extracting(r -> r.get(1)).containsExactly("NIC1", "NIC2", "NIC3");
                assertThat(rows).extracting(r -> r.get(group)).containsExactly("2", "2", "1");
                assertThat(rows).extracting(r -> r.get(risk)).containsExactly("yes", "yes", "no");
                assertThat(rows.get(0).get(vlans)).isEqualTo("10");
                assertThat(rows.get(0).get(sim)).contains("halted as collateral").contains("10");
                assertThat(rows.get(1).get(sim)).contains("halted as collateral").doesNotContain("VLAN");
                assertThat(rows.get(2).get(sim)).doesNotContain("halted");
            }
        }

        @Test
        void printsOnePageWideItsTextLongerThanALineWrappedAndItsRowsAsTallAsTheirLines() throws Exception {
            int[] ids = java.util.stream.IntStream.rangeClosed(100, 130).toArray();
            List<Finding> findings = new ArrayList<>(SampleFleet.findings());
            findings.add(server("TRUNK-01").status(Status.EXPOSED).adapter("NIC1", "E1000", true, ids)
                    .adapter("NIC2", "E1000", true)
                    .simulation(new org.kbaudit.domain.SimulationCheck(true, 1, ids.length, List.of("NIC1"),
                            java.util.Arrays.stream(ids).mapToObj(id -> new org.kbaudit.domain.AdapterVlan("NIC1", id))
                                    .toList(), null))
                    .build());
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings))) {
                XSSFSheet s = wb.getSheet("Adapters");
                int columns = AdapterRows.HEADERS.size();
                int total = 0;
                for (int c = 0; c < columns; c++) {
                    total += s.getColumnWidth(c) / 256;
                    if (c > 0) {
                        assertThat(s.getColumnWidth(c) / 256).as(AdapterRows.HEADERS.get(c))
                                .isLessThanOrEqualTo(AdapterRows.LAYOUT.maxWidth(c, columns));
                    }
                }
                // two thirds of its size or more on landscape Letter (about 137 characters of Calibri 11 at 100%)
                assertThat(total).isLessThanOrEqualTo(205);
                assertThat(s.getRow(0).getHeightInPoints()).isEqualTo(2 * TextLines.LINE_HEIGHT);
                int sim = WorkbookReader.columnOf(s, "Simulation saw");
                int tall = 0;
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    var row = s.getRow(r);
                    for (String wrapped : List.of("Adapter", "Description", "Driver", "VLANs", "Simulation saw")) {
                        Cell cell = row.getCell(WorkbookReader.columnOf(s, wrapped));
                        if (cell == null) {
                            continue;
                        }
                        String text = WorkbookReader.text(cell);
                        int lines = TextLines.lines(text, s.getColumnWidth(cell.getColumnIndex()) / 256, 0);
                        assertThat(cell.getCellStyle().getWrapText()).as(text).isEqualTo(lines > 1);
                        assertThat(row.getHeightInPoints()).as(text)
                                .isGreaterThanOrEqualTo(lines * TextLines.LINE_HEIGHT);
                    }
                    String saw = WorkbookReader.text(row.getCell(sim));
                    if (WorkbookReader.text(row.getCell(0)).equals("TRUNK-01") && saw.contains("130")) {
                        // thirty-one VLANs silently disabled
                        assertThat(TextLines.lines(saw, s.getColumnWidth(sim) / 256, 0)).isGreaterThanOrEqualTo(4);
                        assertThat(row.getCell(sim).getCellStyle().getWrapText()).isTrue();
                        tall++;
                    }
                }
                assertThat(tall).isEqualTo(1);
            }
        }
    }

    @Nested
    class TextThatLooksLikeANumber {

        @Test
        void isTextOnPurposeAndExcelIsToldNotToFlagIt() throws Exception {
            Finding f = server("4711").status(Status.EXPOSED).owner("42")
                    .adapter("NIC1", "E1000", true, 30).adapter("NIC2", "E1000", true, 40, 41).build();
            try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(f)))) {
                XSSFSheet adapters = wb.getSheet("Adapters");
                Cell vlan = adapters.getRow(1).getCell(WorkbookReader.columnOf(adapters, "VLANs"));
                assertThat(vlan.getCellType()).as("a list of VLAN ids, here of one").isEqualTo(CellType.STRING);
                assertThat(vlan.getStringCellValue()).isEqualTo("30");
                for (String name : List.of("Findings", "Adapters", "Patch plan", "Hotfix files", "Data quality")) {
                    XSSFSheet s = wb.getSheet(name);
                    var table = new org.apache.poi.ss.util.CellRangeAddress(0, s.getLastRowNum(), 0,
                            WorkbookReader.header(s).size() - 1);
                    assertThat(s.getIgnoredErrors().get(org.apache.poi.ss.usermodel.IgnoredErrorType.NUMBER_STORED_AS_TEXT))
                            .as(name).isNotNull()
                            .anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo(table.formatAsString()));
                }
            }
        }
    }

    @Nested
    class Zip {

        @Test
        void everyPartIsListedInTheCentralDirectoryAndReadsWithItsCrc() throws Exception {
            Path out = write(SampleFleet.findings());
            java.util.Set<String> listed = new java.util.HashSet<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
                zip.stream().forEach(e -> listed.add(e.getName()));
            }
            assertThat(listed).contains("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                    "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml");
            java.util.Set<String> read = new java.util.HashSet<>();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(out))) {
                for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes(); // a wrong CRC or size throws here
                    if (e.getName().startsWith("xl/worksheets/sheet")) {
                        String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                        assertThat(xml).startsWith("<?xml").endsWith("</worksheet>").contains("<sheetData>")
                                .containsOnlyOnce("</sheetData>");
                    }
                    read.add(e.getName());
                }
            }
            assertThat(read).isEqualTo(listed);
        }

        @Test
        void theDocumentIsCreatedWhenTheRunStartedNotWhenItWasWritten() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(SampleFleet.findings()))) {
                assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                        .isEqualTo(FindingFixture.run().startedAt());
            }
        }

        @Test
        void theSameRunGivesTheSamePartsByteForByte() throws Exception {
            java.util.Map<String, byte[]> first = parts(write(SampleFleet.findings()));
            java.util.Map<String, byte[]> second = parts(write(SampleFleet.findings()));
            assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
            for (String name : first.keySet()) {
                assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
            }
        }

        private java.util.Map<String, byte[]> parts(Path workbook) throws IOException {
            java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(workbook))) {
                for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
            return parts;
        }

        @Test
        void everyPartHasAPlainTimeAndNoExtraFields() throws Exception {
            Path workbook = write(SampleFleet.findings());
            try (org.apache.commons.compress.archivers.zip.ZipFile zip =
                         org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(workbook).get()) {
                for (var e : java.util.Collections.list(zip.getEntries())) {
                    assertThat(e.getCentralDirectoryExtra()).as(e.getName()).isEmpty();
                    assertThat(e.getLocalFileDataExtra()).as(e.getName()).isEmpty();
                    assertThat(e.getLastModifiedDate()).as(e.getName())
                            .isAfter(java.util.Date.from(java.time.Instant.parse("2020-01-01T00:00:00Z")));
                }
            }
        }
    }

    @Nested
    class LongText {

        @Test
        void aFieldLongerThanACellHoldsIsCutSayingSoInsteadOfFailingTheReport() throws Exception {
            String host = "H".repeat(40_000);
            Finding f = server(host).status(Status.EXPOSED).owner("o".repeat(32_767)).build();
            try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(f)))) {
                XSSFSheet s = wb.getSheet("Findings");
                List<String> row = WorkbookReader.rows(s).get(0);
                String cell = row.get(WorkbookReader.columnOf(s, "Host"));
                assertThat(cell).hasSize(SheetStream.CELL_LIMIT).startsWith("HHHH")
                        .endsWith(" [cut: 40000 characters in all]");
                assertThat(row.get(WorkbookReader.columnOf(s, "Owner"))).as("a text that just fits stays whole")
                        .isEqualTo("o".repeat(32_767));
            }
        }

        @Test
        void aCutNeverSplitsASurrogatePair() {
            String text = "a".repeat(SheetStream.CELL_LIMIT - 31) + "\uD83D\uDE00".repeat(20_000);
            String fitted = SheetStream.fitted(text);
            assertThat(fitted.length()).isLessThanOrEqualTo(SheetStream.CELL_LIMIT);
            assertThat(fitted.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).isEmpty();
        }
    }

    @Nested
    class DataQuality {

        @Test
        void listsEveryRejectionAndEveryWarningWithItsLocation() throws Exception {
            Finding f = server("WEB7").status(Status.VULNERABLE).adapter("NIC1", "E1000", false)
                    .source("fleet.csv", "line 12").warning("architecture inferred as X86").warning("second remark")
                    .build();
            Rejection r = new Rejection("fleet.xlsx", "Adapters!R17 (Driver)", "no server named SRV9");
            try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(f), SheetStream.EXCEL_MAX_ROWS, r))) {
                List<List<String>> rows = WorkbookReader.rows(wb.getSheet("Data quality"));
                assertThat(rows).hasSize(3);
                assertThat(rows).anySatisfy(row -> assertThat(row).contains("fleet.xlsx", "Adapters!R17 (Driver)",
                        "no server named SRV9"));
                assertThat(rows).anySatisfy(row -> assertThat(row).contains("WEB7", "fleet.csv", "line 12",
                        "architecture inferred as X86"));
                assertThat(rows).anySatisfy(row -> assertThat(row).contains("WEB7", "second remark"));
            }
        }

        @Test
        void aMessageLongerThanItsColumnWrapsInARowAsTallAsItsLinesAndAShortOneStaysOnOneLine() throws Exception {
            String reason = "duplicate host web01.corp.example.com.: already read from inventories/asset-db-export.json"
                    + " $.servers[0] as WEB01; audited once, as a DNS name and its short name are one server";
            Rejection longOne = new Rejection("fleet.json", "$.servers[7]", reason);
            Rejection shortOne = new Rejection("fleet.csv", "line 9", "the row has no host name");
            try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(), SheetStream.EXCEL_MAX_ROWS, longOne, shortOne))) {
                XSSFSheet quality = wb.getSheet("Data quality");
                int message = WorkbookReader.columnOf(quality, "Message");
                var wrappedRow = quality.getRow(1);
                assertThat(wrappedRow.getCell(message).getStringCellValue()).isEqualTo(reason);
                assertThat(wrappedRow.getCell(message).getCellStyle().getWrapText()).isTrue();
                assertThat(quality.getColumnWidth(message) / 256).isLessThanOrEqualTo(100);
                assertThat(wrappedRow.getHeightInPoints()).isGreaterThanOrEqualTo(2 * TextLines.LINE_HEIGHT);
                var plainRow = quality.getRow(2);
                assertThat(plainRow.getCell(message).getCellStyle().getWrapText()).isFalse();
                assertThat(plainRow.getHeightInPoints()).isLessThan(2 * TextLines.LINE_HEIGHT);
            }
        }

        @Test
        void aRejectedRecordShowsItsHostWhenTheLoaderKnewIt() throws Exception {
            Rejection known = new Rejection("fleet.csv", "line 7 (VLANs)", "VLAN id 5000 is outside 1-4094", "DB-02");
            Rejection unknown = new Rejection("fleet.csv", "line 9", "the row has no host name");
            try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(), SheetStream.EXCEL_MAX_ROWS, known, unknown))) {
                XSSFSheet quality = wb.getSheet("Data quality");
                int host = WorkbookReader.columnOf(quality, "Host");
                assertThat(WorkbookReader.column(quality, host)).containsExactly("DB-02", "");
            }
        }
    }

    @Nested
    class Printing {

        @Test
        void everySheetPrintsLandscapeWithTheSheetThePageAndTheRunInItsFooter() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(SampleFleet.findings()))) {
                for (String name : WorkbookReader.sheetNames(wb)) {
                    XSSFSheet s = wb.getSheet(name);
                    assertThat(s.getPrintSetup().getLandscape()).as(name).isTrue();
                    assertThat(s.getPrintSetup().getValidSettings()).as(name).isTrue();
                    assertThat(s.getFooter().getLeft()).as(name).isEqualTo("&A");
                    assertThat(s.getFooter().getCenter()).as(name).isEqualTo("Page &P of &N");
                    assertThat(s.getFooter().getRight()).as(name).isEqualTo("KB907019 audit, 2025-03-01 08:30 UTC");
                    assertThat(s.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).as(name).isEqualTo(0.25);
                    assertThat(s.getMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM)).as(name)
                            .isGreaterThan(s.getMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER));
                }
            }
        }

        @Test
        void everyTablePrintsItsHeaderRowOnEveryPageAndItsGridlines() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(SampleFleet.findings(), 5))) {
                for (String name : WorkbookReader.sheetNames(wb)) {
                    if (name.equals("Summary")) {
                        continue;
                    }
                    XSSFSheet s = wb.getSheet(name);
                    assertThat(s.getRepeatingRows()).as(name).hasToString(
                            org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1").toString());
                    assertThat(s.isPrintGridlines()).as(name).isTrue();
                }
            }
        }

        @Test
        void findingsPrintsAtAReadableScaleSeveralPagesAcrossWithItsHostColumnOnEach() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(SampleFleet.findings(), 5))) {
                for (String name : List.of("Findings", "Findings (2)")) {
                    XSSFSheet s = wb.getSheet(name);
                    assertThat(s.getFitToPage()).as(name).isFalse();
                    assertThat(s.getPrintSetup().getScale()).as(name).isEqualTo((short) 60);
                    assertThat(s.getRepeatingColumns()).as(name).hasToString(
                            org.apache.poi.ss.util.CellRangeAddress.valueOf("A:A").toString());
                    assertThat(s.getPrintSetup().getLeftToRight()).as("a row's pages one after the other").isTrue();
                }
            }
        }

        @Test
        void theOtherTablesPrintOnePageWideAsManyPagesTallAsTheyNeed() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(SampleFleet.findings()))) {
                for (String name : List.of("Adapters", "Patch plan", "Hotfix files", "Data quality")) {
                    XSSFSheet s = wb.getSheet(name);
                    assertThat(s.getFitToPage()).as(name).isTrue();
                    assertThat(s.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                    assertThat(s.getPrintSetup().getFitHeight()).as(name).isZero();
                    assertThat(s.getRepeatingColumns()).as(name).isNull();
                }
            }
        }

        @Test
        void theSummaryPrintsOnOnePageWithItsChartBesideTheCountsAndItsTablesBordered() throws Exception {
            try (XSSFWorkbook wb = WorkbookReader.open(write(SampleFleet.findings()))) {
                XSSFSheet s = wb.getSheet("Summary");
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
                var anchor = s.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0);
                // no wider than the platform table (columns A to G), in rows whose columns D to G are empty
                assertThat(anchor.getFrom().getCol()).isEqualTo(3);
                assertThat(anchor.getTo().getCol()).isEqualTo(7);
                assertThat(anchor.getTo().getColOff()).hasToString("0");
                assertThat(anchor.getTo().getRow() - anchor.getFrom().getRow()).as("rows tall")
                        .isGreaterThanOrEqualTo(12);
                for (int r = anchor.getFrom().getRow(); r < anchor.getTo().getRow(); r++) {
                    org.apache.poi.ss.usermodel.Row row = s.getRow(r);
                    assertThat(row == null || row.getLastCellNum() <= 2).as("row " + r).isTrue();
                }
                int bordered = 0;
                for (org.apache.poi.ss.usermodel.Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellStyle().getBorderLeft() == org.apache.poi.ss.usermodel.BorderStyle.THIN
                                && c.getCellStyle().getBorderRight() == org.apache.poi.ss.usermodel.BorderStyle.THIN) {
                            bordered++;
                        }
                    }
                }
                // Status and Servers, five statuses and Total; Platform, five statuses and Total, three platforms,
                // Not decided and Total
                assertThat(bordered).isEqualTo(2 * 7 + 7 * 6);
            }
        }

        @Test
        void aSummaryListingManyInputsPrintsOnePageWideAndAsManyTall() throws Exception {
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < SummarySheet.ONE_PAGE_ROWS; i++) {
                inputs.add("captures/srv-" + i + ".txt");
            }
            var run = FindingFixture.run();
            Path out = dir.resolve("many.xlsx");
            try (XlsxReportWriter w = new XlsxReportWriter(out)) {
                w.begin(new org.kbaudit.domain.RunInfo(inputs, run.rulesSource(), run.rulesHash(), run.policy(),
                        run.toolVersion(), run.startedAt()));
                w.end(FindingFixture.summaryOf(List.of(), 0));
            }
            try (XSSFWorkbook wb = WorkbookReader.open(out)) {
                XSSFSheet s = wb.getSheet("Summary");
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isZero();
            }
        }

        @Test
        void anAmpersandInAFootersTextIsNotTakenForACode() {
            assertThat(PrintLayout.escaped("R&D audit")).isEqualTo("R&&D audit");
        }
    }

    @Nested
    class Rollover {

        @Test
        void aFullSheetContinuesOnTheNextSheetWithItsHeader() throws Exception {
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                findings.add(server(String.format("H%02d", i)).status(Status.VULNERABLE)
                        .criticality(Criticality.values()[i % 4]).adapter("NIC1", "E1000", false).build());
            }
            try (XSSFWorkbook wb = WorkbookReader.open(write(findings, 5))) {
                List<String> names = WorkbookReader.sheetNames(wb);
                assertThat(names).containsSubsequence("Findings", "Findings (2)", "Findings (3)", "Adapters");
                assertThat(names.indexOf("Findings (2)")).isEqualTo(names.indexOf("Findings") + 1);
                List<String> hosts = new ArrayList<>();
                for (String n : names.stream().filter(n -> n.startsWith("Findings")).toList()) {
                    XSSFSheet s = wb.getSheet(n);
                    assertThat(s.getLastRowNum() + 1).as(n).isLessThanOrEqualTo(5);
                    assertThat(WorkbookReader.header(s)).as(n).isEqualTo(FindingColumns.HEADERS);
                    assertThat(s.getCTWorksheet().isSetAutoFilter()).as(n).isTrue();
                    hosts.addAll(WorkbookReader.column(s, 0));
                }
                assertThat(hosts).containsExactlyElementsOf(
                        findings.stream().sorted(FindingOrder.WORST_FIRST).map(Finding::host).toList());
                assertThat(names).contains("Adapters (2)", "Patch plan (2)");
            }
        }

        @Test
        void rowLimitBeyondExcelsIsRefused() {
            assertThatThrownBy(() -> new XlsxReportWriter(dir.resolve("x.xlsx"), SheetStream.EXCEL_MAX_ROWS + 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Atomicity {

        @Test
        void abortLeavesNoReportAndNoTemporaryFile() throws Exception {
            Path out = dir.resolve("report.xlsx");
            List<Path> poiBefore = poiTempFiles();
            XlsxReportWriter w = new XlsxReportWriter(out);
            w.begin(FindingFixture.run());
            for (Finding f : SampleFleet.findings()) {
                w.finding(f);
            }
            w.abort();
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).isEmpty();
            }
            assertThat(poiTempFiles()).isSubsetOf(poiBefore);
        }

        @Test
        void abortKeepsAnEarlierReport() throws Exception {
            Path out = dir.resolve("report.xlsx");
            Files.writeString(out, "previous");
            try (XlsxReportWriter w = new XlsxReportWriter(out)) {
                w.begin(FindingFixture.run());
                w.finding(server("A").build());
            }
            assertThat(Files.readString(out)).isEqualTo("previous");
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).containsExactly(out);
            }
        }

        @Test
        void closeAfterEndKeepsTheReportAndLeavesNoTemporaryFile() throws Exception {
            Path out = write(SampleFleet.findings());
            assertThat(out).exists();
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).containsExactly(out);
            }
        }

        private List<Path> poiTempFiles() throws IOException {
            Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
            if (!Files.isDirectory(poi)) {
                return List.of();
            }
            try (Stream<Path> s = Files.list(poi)) {
                return s.sorted(Comparator.naturalOrder()).toList();
            }
        }
    }

    @Nested
    class SortKey {

        @Test
        void ordersExactlyLikeWorstFirst() {
            java.util.Random random = new java.util.Random(907019);
            List<Finding> findings = new ArrayList<>();
            Status[] statuses = Status.values();
            for (int i = 0; i < 400; i++) {
                FindingFixture f = server((random.nextBoolean() ? "srv" : "SRV") + random.nextInt(40))
                        .status(statuses[random.nextInt(statuses.length)])
                        .priority(random.nextInt(5) == 0 ? null : 1 + random.nextInt(4))
                        .criticality(random.nextInt(5) == 0 ? null : Criticality.values()[random.nextInt(4)]);
                int adapters = random.nextInt(4);
                for (int a = 0; a < adapters; a++) {
                    f.adapter("NIC" + a, "E1000", random.nextBoolean(), random.nextBoolean() ? new int[] {10 + a} : new int[0]);
                }
                findings.add(f.build());
            }
            List<FindingSpill.Key> keys = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                keys.add(FindingSpill.Key.of(findings.get(i), i, 0));
            }
            keys.sort(FindingSpill.ORDER);
            List<Finding> expected = new ArrayList<>(findings);
            expected.sort(FindingOrder.WORST_FIRST);
            assertThat(keys.stream().map(k -> findings.get((int) k.offset())).toList()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aRunWithoutFindingsStillGivesACompleteWorkbook() throws Exception {
        try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(), SheetStream.EXCEL_MAX_ROWS,
                new Rejection("fleet.csv", "line 2", "no host")))) {
            assertThat(WorkbookReader.sheetNames(wb)).hasSize(6);
            assertThat(wb.getSheet("Findings").getLastRowNum()).isZero();
            assertThat(wb.getSheet("Patch plan").getLastRowNum()).isZero();
            assertThat(wb.getSheet("Data quality").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void platformIsShownByName() throws Exception {
        Finding f = server("X1").status(Status.EXPOSED).platform(Platform.X64).action(Action.INSTALL_HOTFIX)
                .adapter("A", "E1000", true).adapter("B", "E1000", true).build();
        try (XSSFWorkbook wb = WorkbookReader.open(write(List.of(f)))) {
            XSSFSheet s = wb.getSheet("Findings");
            assertThat(WorkbookReader.column(s, WorkbookReader.columnOf(s, "Platform"))).containsExactly("X64");
            assertThat(WorkbookReader.column(s, WorkbookReader.columnOf(s, "Files to deploy")).get(0))
                    .contains("Netcfgx.dll").contains("Wnetcfgx.dll").contains("1,354,240");
        }
    }
}
