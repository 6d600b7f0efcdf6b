package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.report.FindingFixture.server;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Status;

/**
 * The Findings and Adapters sheets are filled at the same time, on two threads: both roll over to
 * continuation sheets, often at the same moment, and the workbook still comes out whole and in order.
 */
class ConcurrentRolloverTest {

    @TempDir
    Path dir;

    @RepeatedTest(2)
    void both_sheets_rolling_over_at_once_give_a_whole_workbook_in_order() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            findings.add(server(String.format("H%06d", i)).status(Status.VULNERABLE)
                    .adapter("NIC1", "E1000", false).build());
        }
        Path out = dir.resolve("rollover.xlsx");
        try (XlsxReportWriter w = new XlsxReportWriter(out, 200)) {
            w.begin(FindingFixture.run());
            for (Finding f : findings) {
                w.finding(f);
            }
            w.end(FindingFixture.summaryOf(findings, 0));
        }
        try (XSSFWorkbook wb = WorkbookReader.open(out)) {
            List<String> names = WorkbookReader.sheetNames(wb);
            for (String table : List.of("Findings", "Adapters")) {
                int first = names.indexOf(table);
                long rows = wb.getSheet(table).getLastRowNum();
                for (int k = 2; names.contains(table + " (" + k + ")"); k++) {
                    assertThat(names.indexOf(table + " (" + k + ")")).as(table + " (" + k + ")")
                            .isEqualTo(first + k - 1);
                    rows += wb.getSheet(table + " (" + k + ")").getLastRowNum();
                }
                assertThat(rows).as("rows of " + table).isEqualTo(10_000);
            }
        }
    }

    @Test
    void a_workbook_written_then_disposed_cleans_up_as_poi_does() throws Exception {
        assertThat(writeThenDispose(new SXSSFWorkbook(100))).as("POI's own").isTrue();
        assertThat(writeThenDispose(new StreamingWorkbook(100))).as("kbaudit's").isTrue();
    }

    private static boolean writeThenDispose(SXSSFWorkbook wb) throws Exception {
        var sheet = wb.createSheet("A");
        for (int i = 0; i < 300; i++) {
            sheet.createRow(i).createCell(0).setCellValue("x" + i);
        }
        wb.write(new ByteArrayOutputStream());
        boolean disposed = wb.dispose();
        wb.close();
        return disposed;
    }
}
