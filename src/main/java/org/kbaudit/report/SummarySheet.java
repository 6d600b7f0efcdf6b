package org.kbaudit.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * The Summary sheet: run facts, counts per status and per platform and status, what the simulation
 * said, and a native bar chart of the statuses. The chart lives on the sheet's {@link XSSFSheet} (the
 * drawing part is kept by SXSSF, which only streams the cell data); its data points carry the values
 * as a cache and refer to the status table's cells.
 */
final class SummarySheet {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    /** The chart stands in columns D to G, beside the servers' counts and the status table. */
    private static final int CHART_COLUMN = 3;
    private static final int CHART_END_COLUMN = 7;
    private static final int COUNT_WIDTH = 19;
    /**
     * Rows up to which the Summary prints on one page (at about 80% or more on A4 and Letter); a run given more inputs
     * than that, each on a row, prints one page wide and as many tall as it takes.
     */
    static final int ONE_PAGE_ROWS = 45;

    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final PrintLayout print;
    private int next;

    SummarySheet(SXSSFWorkbook wb, SXSSFSheet sheet, XlsxStyles styles, PrintLayout print) {
        this.wb = wb;
        this.sheet = sheet;
        this.styles = styles;
        this.print = print;
    }

    void write(RunInfo run, Summary summary, SheetCounts perFinding, KbArticle kb, int waves) {
        cell(row(), 0, kb.id() + " audit", styles.title);
        cell(row(), 0, "Adapters that share a miniport driver are halted together when one of them is added,"
                + " removed, hot-swapped or restarted for VLANs; VLANs on the others end disabled while shown active.",
                styles.text);
        next++;
        section("Run");
        List<String> inputs = run.inputs().isEmpty() ? List.of("") : run.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            fact(i == 0 ? "Inputs" : "", inputs.get(i));
        }
        fact("Rules", run.rulesSource());
        fact("Rules SHA-256", run.rulesHash());
        fact("Policy: prefer", run.policy() == null ? null : run.policy().prefer().label());
        fact("Policy: scope", run.policy() == null ? null : run.policy().scope().label());
        fact("Tool version", run.toolVersion());
        fact("Started", run.startedAt() == null ? null : TIME.format(run.startedAt()));
        next++;
        int chartTop = next;
        section("Servers");
        fact("Read", summary.read());
        fact("Audited", summary.audited());
        fact("Rejected (see Data quality)", summary.rejected());
        fact("Patch-plan waves", (long) waves);
        next++;

        Row head = row();
        cell(head, 0, "Status", styles.bordered(styles.header));
        cell(head, 1, "Servers", styles.bordered(styles.headerNumber));
        int first = next;
        Status[] statuses = Status.values();
        Long[] counts = new Long[statuses.length];
        String[] names = new String[statuses.length];
        long total = 0;
        for (int i = 0; i < statuses.length; i++) {
            names[i] = statuses[i].name();
            counts[i] = summary.byStatus().get(statuses[i]);
            total += counts[i];
            Row r = row();
            cell(r, 0, names[i], styles.bordered(styles.status(statuses[i])));
            cell(r, 1, counts[i], styles.bordered(styles.number));
        }
        Row t = row();
        cell(t, 0, "Total", styles.bordered(styles.label));
        cell(t, 1, total, styles.bordered(styles.number));
        int chartBottom = next;
        next++;

        platformTable(perFinding);
        next++;
        section("Simulation");
        fact("Confirmed by the simulation", perFinding.confirmed);
        fact("Disagreements with the rules (a defect of kbaudit)", summary.disagreements());
        fact("Not simulated (out of scope or no adapter data)", perFinding.notSimulated);

        sheet.setColumnWidth(0, 50 * 256);
        for (int c = 1; c <= 6; c++) {
            // NOT_APPLICABLE in bold capitals, with room to spare before the next column's header
            sheet.setColumnWidth(c, COUNT_WIDTH * 256);
        }
        print.page(sheet, next <= ONE_PAGE_ROWS);
        chart(names, counts, first, chartTop, chartBottom);
    }

    private void platformTable(SheetCounts counts) {
        Row head = row();
        cell(head, 0, "Platform", styles.bordered(styles.header));
        Status[] statuses = Status.values();
        for (int i = 0; i < statuses.length; i++) {
            cell(head, i + 1, statuses[i].name(), styles.bordered(styles.headerNumber));
        }
        cell(head, statuses.length + 1, "Total", styles.bordered(styles.headerNumber));
        List<String> rows = new ArrayList<>(Arrays.stream(Platform.values()).map(Enum::name).toList());
        rows.add("Not decided");
        long[] totals = new long[statuses.length + 1];
        for (int p = 0; p < rows.size(); p++) {
            Row r = row();
            cell(r, 0, rows.get(p), styles.bordered(styles.text));
            long sum = 0;
            for (int s = 0; s < statuses.length; s++) {
                long n = counts.byPlatformAndStatus[p][s];
                cell(r, s + 1, n, styles.bordered(styles.number));
                sum += n;
                totals[s] += n;
            }
            cell(r, statuses.length + 1, sum, styles.bordered(styles.number));
            totals[statuses.length] += sum;
        }
        Row t = row();
        cell(t, 0, "Total", styles.bordered(styles.label));
        for (int s = 0; s < totals.length; s++) {
            cell(t, s + 1, totals[s], styles.bordered(styles.number));
        }
    }

    /** The chart, from row {@code top} to before row {@code bottom}, where columns D to G are empty. */
    private void chart(String[] names, Long[] counts, int firstRow, int top, int bottom) {
        XSSFSheet xs = wb.getXSSFWorkbook().getSheet(sheet.getSheetName());
        XSSFDrawing drawing = xs.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, top, CHART_END_COLUMN, bottom));
        chart.setTitleText("Servers by status");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        String name = sheet.getSheetName();
        String cats = new CellRangeAddress(firstRow, firstRow + names.length - 1, 0, 0).formatAsString(name, true);
        String vals = new CellRangeAddress(firstRow, firstRow + names.length - 1, 1, 1).formatAsString(name, true);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(XDDFDataSourcesFactory.fromArray(names, cats),
                XDDFDataSourcesFactory.fromArray(counts, vals));
        series.setTitle("Servers", null);
        for (int i = 0; i < names.length; i++) {
            String rgb = XlsxStyles.STATUS_RGB.get(Status.valueOf(names[i]));
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(XlsxStyles.hex(rgb))));
        }
        countOnEachBar((XDDFBarChartData.Series) series);
        chart.plot(data);
    }

    /**
     * Each bar's count written above it: read off the value axis, 450 and 470 servers (or 7 and 8) look the same,
     * on paper most of all. Every flag is written: readers differ on what a missing one means.
     */
    private static void countOnEachBar(XDDFBarChartData.Series series) {
        CTDLbls labels = series.getCTBarSer().addNewDLbls();
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private void section(String title) {
        cell(row(), 0, title, styles.label);
    }

    private void fact(String label, Object value) {
        Row r = row();
        cell(r, 0, label, styles.text);
        if (value != null) {
            cell(r, 1, value, value instanceof Number ? styles.number : styles.text);
        }
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private static void cell(Row r, int col, Object value, CellStyle style) {
        Cell c = r.createCell(col);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(String.valueOf(value));
        }
        c.setCellStyle(style);
    }
}
