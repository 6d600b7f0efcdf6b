package org.kbaudit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written row by row into a streaming sheet: bold frozen header (and host column, if asked), autofilter,
 * widths from the longest value seen (capped), set up for printing ({@link PrintLayout}), and a continuation sheet
 * {@code "Name (2)"} placed right after the previous one when the next row would reach the row limit. Values are only
 * ever set as text or number, never as formulas: text from the inventory stays text.
 */
final class SheetStream {

    /** Excel's limit of rows per sheet. */
    static final int EXCEL_MAX_ROWS = 1_048_576;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** The last column has nothing to its right: it may be wider. */
    private static final int MAX_LAST_WIDTH = 100;
    /** Measures of wrapped texts kept per column. */
    private static final int FITS_KEPT = 4096;

    /** Chooses a cell's style from its column and value. */
    interface Styler {
        CellStyle style(int column, Object value);
    }

    /**
     * How a table is laid out.
     *
     * @param hostFrozen  whether the first column, which names each row's server, stays in view when the table is
     *                    scrolled right (a table wider than a screen)
     * @param pagesAcross whether the table prints several pages across, its first column repeated on each, rather
     *                    than fitted to one page's width (a table too wide to be read at that scale)
     * @param maxWidths   the widest each column may grow, in characters (none or 0: {@value #MAX_WIDTH}, the last
     *                    column {@value #MAX_LAST_WIDTH}); a header wider than its column is wrapped, and so is a value
     *                    given a wrapping style that does not fit on one line, its row made as tall as its lines
     */
    record Layout(boolean hostFrozen, boolean pagesAcross, int... maxWidths) {
        /** A table fitted to one page's width when printed. */
        static final Layout PLAIN = new Layout(false, false);

        Layout {
            maxWidths = maxWidths.clone();
        }

        int maxWidth(int column, int columns) {
            if (column < maxWidths.length && maxWidths[column] > 0) {
                return maxWidths[column];
            }
            return column == columns - 1 ? MAX_LAST_WIDTH : MAX_WIDTH;
        }
    }

    private final SXSSFWorkbook wb;
    private final String baseName;
    private final List<String> headers;
    private final int maxRows;
    private final XlsxStyles styles;
    private final PrintLayout print;
    private final Layout layout;
    /** Columns kept in view when the table is scrolled right: 1 when the first column names the row (a host). */
    private final int frozenColumns;
    private final int[] widths;
    private final int[] maxWidths;
    /**
     * The measures of the wrapped texts seen lately, per column: a column's texts repeat (a model of network card, a
     * list of files), and measuring is most of the cost of wrapping a large sheet.
     */
    private final List<Map<String, Long>> fits = new ArrayList<>();
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private SXSSFSheet sheet;
    private int next;
    private long dataRows;

    SheetStream(SXSSFWorkbook wb, String baseName, List<String> headers, int maxRows, XlsxStyles styles) {
        this(wb, baseName, headers, maxRows, styles, PrintLayout.untitled(), Layout.PLAIN);
    }

    SheetStream(SXSSFWorkbook wb, String baseName, List<String> headers, int maxRows, XlsxStyles styles,
                PrintLayout print, Layout layout) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("a sheet needs room for its header and one row, not " + maxRows);
        }
        this.wb = wb;
        this.baseName = baseName;
        this.headers = List.copyOf(headers);
        this.maxRows = maxRows;
        this.styles = styles;
        this.print = print;
        this.layout = layout;
        this.frozenColumns = layout.hostFrozen() ? 1 : 0;
        this.widths = new int[headers.size()];
        this.maxWidths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length() + 2;
            maxWidths[i] = layout.maxWidth(i, widths.length);
            fits.add(new HashMap<>());
        }
        startSheet();
    }

    /** The most characters a cell holds in Excel (and POI refuses more). */
    static final int CELL_LIMIT = 32_767;

    /**
     * The text, or as much of it as a cell holds, saying so: an inventory may carry a field longer than a cell
     * (the JSON report keeps it whole).
     */
    static String fitted(String text) {
        if (text.length() <= CELL_LIMIT) {
            return text;
        }
        String note = " [cut: " + text.length() + " characters in all]";
        int keep = CELL_LIMIT - note.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + note;
    }

    /** Appends a row; {@code null} cells and empty texts stay empty. */
    Row add(List<?> cells, Styler styler) {
        return add(cells, styler, null, false);
    }

    /**
     * Appends a row whose last value is a note running over the empty cells to its right (a step of a plan): it
     * does not widen its column, where the other rows' values are short.
     */
    Row addNote(List<?> cells, Styler styler) {
        return add(cells, styler, null, true);
    }

    /**
     * Appends a row whose empty cells, up to the last column, get {@code blankStyle} (a band across the table). An
     * empty text (a list with nothing in it) is an empty cell, not a cell holding no characters, so that COUNTA,
     * ISBLANK and Go To Blanks see it as the empty cell it looks like.
     */
    Row add(List<?> cells, Styler styler, CellStyle blankStyle) {
        return add(cells, styler, blankStyle, false);
    }

    private Row add(List<?> cells, Styler styler, CellStyle blankStyle, boolean lastIsNote) {
        if (next >= maxRows) {
            startSheet();
        }
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (isEmpty(v)) {
                continue;
            }

            Cell cell = row.createCell(i);
            String s = null;
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                s = fitted(v.toString());
                cell.setCellValue(s);
                if (!lastIsNote || i < cells.size() - 1) {
                    measure(i, s);
                }
            }
            CellStyle style = styler.style(i, v);
            if (style != null) {
                if (s != null && styles.wraps(style)) {
                    int taken = 1;
                    if (!TextLines.surelyFits(s.length(), width(i)) || TextLines.hasLineEnd(s)) {
                        // as wide as it shows on one line, if the column may be; else as many lines as it takes at
                        // the column's widest, which it then is
                        long fit = fit(i, s);
                        grow(i, TextLines.width(fit));
                        taken = TextLines.lines(fit);
                    }
                    // a value on one line keeps the plain style (most do): wrapping would change nothing
                    style = taken > 1 ? style : styles.unwrapped(style);
                    lines = Math.max(lines, taken);
                }
                cell.setCellStyle(style);
            }
            if (v instanceof Number n) {
                measure(i, Texts.bytes(n.longValue()));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(TextLines.height(lines));
        }
        if (blankStyle != null) {
            for (int i = 0; i < headers.size(); i++) {
                if (i >= cells.size() || isEmpty(cells.get(i))) {
                    row.createCell(i).setCellStyle(blankStyle);
                }
            }
        }
        dataRows++;
        return row;
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof String s && s.isEmpty();
    }

    long dataRows() {
        return dataRows;
    }

    List<SXSSFSheet> sheets() {
        return sheets;
    }

    /**
     * Sets widths and the autofilter of every sheet, and tells Excel that the table's text that looks like a number
     * is text on purpose (a list of one VLAN id, a host or owner named by digits): numbers are written as numbers,
     * so Excel's "number stored as text" flag would only clutter such cells and offer to convert them. Call once,
     * after the last row.
     */
    void finish() {
        for (SXSSFSheet s : sheets) {
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, width(i) * 256);
            }
            int last = Math.max(s.getLastRowNum(), 0);
            CellRangeAddress table = new CellRangeAddress(0, last, 0, headers.size() - 1);
            s.setAutoFilter(table);
            wb.getXSSFWorkbook().getSheet(s.getSheetName()).addIgnoredErrors(table, IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
    }

    /** The text measured for its column ({@link TextLines#fit}), as lately measured if it was. */
    private long fit(int column, String text) {
        Map<String, Long> seen = fits.get(column);
        Long fit = seen.get(text);
        if (fit == null) {
            fit = TextLines.fit(text, Math.max(MIN_WIDTH, maxWidths[column]));
            if (seen.size() >= FITS_KEPT) {
                seen.clear();
            }
            seen.put(text, fit);
        }
        return fit;
    }

    /**
     * The column's width from the values seen so far: never more than it will be at the end, so that a wrapped
     * value's lines counted at it are never fewer than it will show.
     */
    private int width(int column) {
        return Math.max(MIN_WIDTH, Math.min(maxWidths[column], widths[column]));
    }

    private void measure(int column, String s) {
        grow(column, s.length() + 2);
    }

    private void grow(int column, int width) {
        if (column < widths.length && width > widths[column]) {
            widths[column] = width;
        }
    }

    /**
     * Starts the first or a continuation sheet. Creating and ordering sheets changes the workbook itself, and
     * two tables may be filled at once (Findings and Adapters), so that part holds the workbook's lock.
     */
    private void startSheet() {
        String name = sheets.isEmpty() ? baseName : baseName + " (" + (sheets.size() + 1) + ")";
        SXSSFSheet s;
        synchronized (wb) {
            s = wb.createSheet(name);
            if (!sheets.isEmpty()) {
                wb.setSheetOrder(name, wb.getSheetIndex(sheet) + 1);
            }
            s.createFreezePane(frozenColumns, 1);
            print.table(s, layout.pagesAcross());
        }
        sheets.add(s);
        sheet = s;
        Row h = s.createRow(0);
        int lines = 1;
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            String header = headers.get(i);
            c.setCellValue(header);
            // a header wider than its column is wrapped, clear of the autofilter's button
            int taken = header.length() + 2 > maxWidths[i] ? TextLines.lines(header, maxWidths[i], 2) : 1;
            c.setCellStyle(taken > 1 ? styles.wrappedHeader : styles.header);
            lines = Math.max(lines, taken);
        }
        if (lines > 1) {
            h.setHeightInPoints(TextLines.height(lines));
        }
        next = 1;
    }
}
