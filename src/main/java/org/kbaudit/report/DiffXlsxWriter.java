package org.kbaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The comparison as a workbook, written atomically: a Summary (first one line per setting the two reports
 * were made with that differs, then the two reports, counts per change) and Changes, one row per host,
 * worst change first, unchanged hosts included so that the autofilter can show any group.
 */
public final class DiffXlsxWriter {

    static final List<String> HEADERS = List.of("Host", "Change", "Status before", "Status after",
            "Fix before", "Fix after", "Action before", "Action after", "Priority before", "Priority after", "Why");

    private DiffXlsxWriter() {
    }

    public static void write(Path target, ReportDiff diff, String oldName, String newName) throws IOException {
        write(target, diff, oldName, newName, SheetStream.EXCEL_MAX_ROWS);
    }

    static void write(Path target, ReportDiff diff, String oldName, String newName, int maxRows) throws IOException {
        SXSSFWorkbook wb = new StreamingWorkbook(100);
        try (AtomicFile file = new AtomicFile(target)) {
            XlsxStyles styles = new XlsxStyles(wb);
            SXSSFSheet summary = wb.createSheet("Summary");
            SheetStream changes = new SheetStream(wb, "Changes", HEADERS, maxRows, styles);
            for (ReportDiff.Entry e : diff.entries()) {
                ReportedServer b = e.before();
                ReportedServer a = e.after();
                changes.add(Arrays.asList(e.host(), e.change().label(),
                        b == null ? null : b.status().name(), a == null ? null : a.status().name(),
                        b == null ? null : fix(b), a == null ? null : fix(a),
                        b == null ? null : b.recommended(), a == null ? null : a.recommended(),
                        b == null ? null : b.priority(), a == null ? null : a.priority(), e.why()),
                        (col, v) -> col == 2 || col == 3 ? styles.statusOr(v, styles.text)
                                : v instanceof Number ? styles.number : styles.text);
            }
            changes.finish();
            int r = 0;
            cell(summary.createRow(r++), "Comparison of two audit reports", null, styles).getCell(0).setCellStyle(styles.title);
            for (ReportSettings.Difference d : diff.settings()) {
                cell(summary.createRow(r++), d.text(oldName, newName), null, styles);
            }
            r++;
            cell(summary.createRow(r++), "Old report", oldName, styles);
            cell(summary.createRow(r++), "New report", newName, styles);
            r++;
            Row head = summary.createRow(r++);
            cell(head, "Change", "Hosts", styles);
            head.getCell(0).setCellStyle(styles.header);
            head.getCell(1).setCellStyle(styles.header);
            for (ReportDiff.Change c : ReportDiff.Change.values()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(c.label());
                row.createCell(1).setCellValue(diff.count(c));
                row.getCell(1).setCellStyle(styles.number);
            }
            summary.setColumnWidth(0, 24 * 256);
            summary.setColumnWidth(1, 16 * 256);
            PrintLayout.untitled().page(summary, false);
            wb.write(file.stream());
            file.commit();
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static Row cell(Row row, String label, String value, XlsxStyles styles) {
        row.createCell(0).setCellValue(label);
        if (value != null) {
            row.createCell(1).setCellValue(value);
        }
        return row;
    }

    private static String fix(ReportedServer s) {
        String present = s.fixPresent() == null ? "unknown" : s.fixPresent() ? "present" : "absent";
        return s.fixEvidence() == null ? present : present + ": " + s.fixEvidence();
    }
}
