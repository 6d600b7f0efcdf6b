package org.kbaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.HotfixFile;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.OwnReports;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Summary;

/**
 * The workbook for the patch-planning meeting ({@code --xlsx}, REPORTS.md): Summary (with a chart),
 * Findings worst first, Adapters, Patch plan, Hotfix files, Data quality.
 *
 * <p>Memory stays flat: cells are streamed by POI's SXSSF (100 rows per sheet in memory, the rest in
 * compressed temporary files that are deleted at the end). Findings arrive in input order but are
 * written worst first ({@link org.kbaudit.domain.FindingOrder#WORST_FIRST}), so each finding's rows are
 * spilled to a temporary file beside the report and only a small sort key per finding stays in memory
 * (see {@link FindingSpill}); Findings, Adapters and Patch plan are written from it at {@link #finish}.
 * Data quality streams as it arrives, in input order (rejections and warnings interleaved, with a Kind
 * column to filter on).
 *
 * <p>Every sheet rolls over to {@code "Name (2)"} before the row limit. Inventory text is only ever
 * written as a string cell: a host named {@code =HYPERLINK(...)} stays text.
 */
public final class XlsxReportWriter implements FileReport {

    static {
        // POI's streaming writer keeps each sheet in a temporary file of its own: in a private folder of the run,
        // removed at JVM exit too, like kbaudit's own temporary files, so that an interrupted run leaves none behind
        PoiTempFolder.use();
    }

    static final String SUMMARY = OwnReports.SUMMARY;
    static final String FINDINGS = OwnReports.FINDINGS;
    static final String ADAPTERS = OwnReports.ADAPTERS;
    static final String PATCH_PLAN = OwnReports.PATCH_PLAN;
    static final String HOTFIX_FILES = OwnReports.HOTFIX_FILES;
    static final String DATA_QUALITY = OwnReports.DATA_QUALITY;

    static final List<String> HOTFIX_HEADERS =
            List.of("Platform", "File", "Version", "Size (bytes)", "File platform", "Date (UTC)");
    static final List<String> QUALITY_HEADERS = List.of("Kind", "Host", "Source", "Location", "Message");
    private static final int QUALITY_MESSAGE = 4;
    /**
     * Data quality: a message longer than its column (a rejection's reason often is) wraps within it, its row as tall
     * as its lines, instead of running out of the page on paper and past the column on screen.
     */
    private static final SheetStream.Layout QUALITY_LAYOUT = new SheetStream.Layout(false, false, 0, 0, 0, 0, 100);

    /** Findings: 27 columns, too wide for one page at a readable scale, print several pages across, host repeated. */
    private static final SheetStream.Layout FINDINGS_LAYOUT = new SheetStream.Layout(true, true);

    private final Path target;
    private final int maxRowsPerSheet;
    private final KbArticle kb = KbArticle.KB907019;

    private AtomicFile file;
    private SXSSFWorkbook wb;
    private XlsxStyles styles;
    private PrintLayout print;
    private SXSSFSheet summarySheet;
    private SheetStream findings;
    private SheetStream adapters;
    private SheetStream plan;
    private SheetStream quality;
    private FindingSpill spill;
    private RunInfo run;
    private final SheetCounts counts = new SheetCounts();
    private boolean finished;

    /** A workbook with Excel's row limit per sheet. */
    public XlsxReportWriter(Path target) {
        this(target, SheetStream.EXCEL_MAX_ROWS);
    }

    /**
     * @param maxRowsPerSheet rows per sheet, header included, before a continuation sheet is started
     *                        (at most Excel's 1,048,576; tests use a few)
     */
    public XlsxReportWriter(Path target, int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > SheetStream.EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 2 to " + SheetStream.EXCEL_MAX_ROWS
                    + ", not " + maxRowsPerSheet);
        }
        this.target = target;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        this.run = run;
        file = new AtomicFile(target);
        try {
            spill = new FindingSpill(file.target().getParent(), "." + file.target().getFileName() + ".rows.");
            wb = new StreamingWorkbook(100);
            // the document's creation time is the run's start, not the moment of writing: the same run gives the same
            // bytes, and the file says when the audit was made
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(
                    java.util.Optional.ofNullable(run.startedAt()).map(java.util.Date::from));
            styles = new XlsxStyles(wb);
            print = PrintLayout.of(kb, run);
            summarySheet = wb.createSheet(SUMMARY);
            findings = table(FINDINGS, FindingColumns.HEADERS, FINDINGS_LAYOUT);
            adapters = table(ADAPTERS, AdapterRows.HEADERS, AdapterRows.LAYOUT);
            plan = table(PATCH_PLAN, PatchPlanSheet.HEADERS, PatchPlanSheet.LAYOUT);
            SheetStream hotfix = table(HOTFIX_FILES, HOTFIX_HEADERS, SheetStream.Layout.PLAIN);
            quality = table(DATA_QUALITY, QUALITY_HEADERS, QUALITY_LAYOUT);
            for (HotfixFile h : kb.manifest()) {
                hotfix.add(Arrays.asList(h.platform().name(), h.name(), h.version().toString(), (Object) h.size(),
                        h.filePlatform(), h.dateUtc()), this::plainStyle);
            }
            hotfix.finish();
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    private SheetStream table(String name, List<String> headers, SheetStream.Layout layout) {
        return new SheetStream(wb, name, headers, maxRowsPerSheet, styles, print, layout);
    }

    @Override
    public void finding(Finding f) throws IOException {
        finding(f, prepare(f));
    }

    /** The finding's rows in the Findings, Adapters and Patch plan sheets, encoded, on the worker that decided it. */
    @Override
    public Object prepare(Finding f) {
        return FindingSpill.encode(new FindingSpill.Rows(FindingColumns.cells(f), AdapterRows.of(f),
                PatchPlanSheet.facts(f)));
    }

    @Override
    public void finding(Finding f, Object prepared) throws IOException {
        counts.add(f);
        spill.add(f, (byte[]) prepared);
        String source = f.server().provenance().source();
        String location = f.server().provenance().location();
        for (String w : f.warnings()) {
            quality.add(Arrays.asList("Warning", f.host(), source, location, w), this::qualityStyle);
        }
        if (f.simulation() != null && !f.simulation().confirmed()) {
            quality.add(Arrays.asList("Simulation disagreement", f.host(), source, location,
                    f.simulation().disagreement()), this::qualityStyle);
        }
    }

    @Override
    public void rejection(Rejection r) {
        quality.add(Arrays.asList("Rejected record", r.host(), r.source(), r.location(), r.reason()), this::qualityStyle);
    }

    @Override
    public void finish(Summary summary) throws IOException {
        try {
            List<FindingSpill.Key> order = spill.sorted();
            PatchPlanSheet planSheet = new PatchPlanSheet(kb);
            SheetStream.Styler findingStyle = (col, v) -> col == FindingColumns.STATUS
                    || col == FindingColumns.IF_UNPATCHED ? styles.statusOr(v, styles.text) : plainStyle(col, v);
            // Findings here, Adapters at the same time on a thread of its own, the rows read back on a third
            try (BackgroundSheet adapterRows = new BackgroundSheet(adapters, AdapterRows.styler(styles));
                 FindingSpill.RowsAhead sorted = spill.readAhead(order)) {
                for (int i = 0; i < order.size(); i++) {
                    FindingSpill.Rows rows = sorted.next();
                    findings.add(rows.finding(), findingStyle);
                    adapterRows.add(rows.adapters());
                    planSheet.add(i, rows.plan());
                }
                adapterRows.finish();
            }
            List<FindingSpill.Key> byWave = planSheet.readOrder().stream().map(order::get).toList();
            try (FindingSpill.RowsAhead waves = spill.readAhead(byWave, PatchPlanSheet.FINDING_COLUMNS)) {
                planSheet.write(plan, styles, waves::next);
            }
            for (SheetStream s : List.of(findings, adapters, plan, quality)) {
                s.finish();
            }
            new SummarySheet(wb, summarySheet, styles, print).write(run, summary, counts, kb, planSheet.waveCount());
            wb.setActiveSheet(0);
            wb.write(file.stream());
            file.finish();
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        } finally {
            release();
        }
    }

    @Override
    public void commit() throws IOException {
        file.commitUndoably();
        finished = true;
    }

    @Override
    public AtomicFile file() {
        return file;
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        release();
        if (file != null) {
            file.abort();
        }
    }

    private void release() {
        if (spill != null) {
            spill.close();
            spill = null;
        }
        if (wb != null) {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // its temporary files are already gone
            }
            wb = null;
        }
    }

    private org.apache.poi.ss.usermodel.CellStyle qualityStyle(int column, Object value) {
        return column == QUALITY_MESSAGE ? styles.wrapped : plainStyle(column, value);
    }

    private org.apache.poi.ss.usermodel.CellStyle plainStyle(int column, Object value) {
        return value instanceof Number ? styles.number : styles.text;
    }
}
