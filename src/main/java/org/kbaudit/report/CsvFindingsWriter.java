package org.kbaudit.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Summary;

/**
 * The Findings table as CSV ({@code --csv}): the workbook's Findings columns, one row per audited
 * server, in <em>input order</em> — like the JSON report's {@code servers}, so that it streams with
 * constant memory and the same input gives the same bytes; a spreadsheet sorts it in one click, and the
 * workbook has the worst-first order.
 *
 * <p>RFC 4180 (comma, CRLF, quotes only where needed), UTF-8 with a byte-order mark so that Excel reads
 * non-ASCII host and owner names correctly. A text cell that a spreadsheet would take for a formula
 * (starting with {@code = + - @}, tab or carriage return) is prefixed with {@code '}. Rejections are
 * not rows of this table; they are in the JSON report and the workbook's Data quality sheet.
 */
public final class CsvFindingsWriter implements FileReport {

    private static final char BOM = '\uFEFF';

    private final Path target;
    private AtomicFile file;
    private CSVPrinter printer;
    private boolean ended;

    public CsvFindingsWriter(Path target) {
        this.target = target;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        file = new AtomicFile(target);
        Writer w = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
        w.write(BOM);
        printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(FindingColumns.HEADERS.toArray(String[]::new)).get());
    }

    @Override
    public void finding(Finding finding) throws IOException {
        List<Object> cells = FindingColumns.cells(finding);
        List<String> out = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            out.add(cell == null ? "" : neutralise(cell.toString()));
        }
        printer.printRecord(out);
    }

    @Override
    public void rejection(Rejection rejection) {
        // not a row of the Findings table
    }

    @Override
    public void finish(Summary summary) throws IOException {
        printer.flush();
        file.finish();
    }

    @Override
    public void commit() throws IOException {
        file.commitUndoably();
        ended = true;
    }

    @Override
    public AtomicFile file() {
        return file;
    }

    @Override
    public void abort() {
        if (ended || file == null) {
            return;
        }
        file.abort();
    }

    /**
     * Prefixes {@code '} to text a spreadsheet would evaluate as a formula (OWASP "CSV injection"), also when
     * control characters (which a spreadsheet may drop on import) stand before the formula sign.
     */
    static String neutralise(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < ' ' && text.charAt(i) != '\t' && text.charAt(i) != '\r') {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
