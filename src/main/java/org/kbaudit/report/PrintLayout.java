package org.kbaudit.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.RunInfo;

/**
 * How the workbook's sheets print, landscape on A4 or US Letter (no paper size is set: the printer's own is
 * used, and every layout fits the narrower Letter and the shorter A4): narrow side margins, the header row on every
 * page, gridlines under a table so that each value stands under its header on paper, and a footer naming the sheet,
 * the page and the run.
 *
 * <p>A table prints either fitted to one page's width, which its column widths keep readable, or, when it is too
 * wide for that (Findings, 27 columns), at {@link #ACROSS_SCALE} percent several pages across, its host column
 * repeated at the left of each, the pages of the same rows one after the other.
 */
final class PrintLayout {

    /**
     * The scale of a table printed several pages across: 6.6 pt type for Calibri 11, the smallest still read without
     * effort; Findings' columns then take four pages across, its host column repeated on each.
     */
    static final short ACROSS_SCALE = 60;

    private static final DateTimeFormatter RUN_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The footer's right part: what run the page belongs to (already escaped for the footer's codes). */
    private final String run;

    private PrintLayout(String run) {
        this.run = run;
    }

    /** Footers saying which audit and run a printed page comes from: "KB907019 audit, 2025-03-01 08:30 UTC". */
    static PrintLayout of(KbArticle kb, RunInfo run) {
        String text = kb.id() + " audit" + (run == null || run.startedAt() == null ? ""
                : ", " + RUN_DATE.format(run.startedAt()));
        return new PrintLayout(escaped(text));
    }

    /** Footers with the sheet and page only. */
    static PrintLayout untitled() {
        return new PrintLayout("");
    }

    /**
     * A table: its header row repeated on every page, gridlines, and either fitted to one page's width or printed
     * several pages across with its first column (the host) repeated.
     */
    void table(Sheet sheet, boolean pagesAcross) {
        common(sheet);
        sheet.setPrintGridlines(true);
        PrintSetup setup = sheet.getPrintSetup();
        if (pagesAcross) {
            sheet.setFitToPage(false);
            setup.setScale(ACROSS_SCALE);
            setup.setLeftToRight(true); // over, then down: a row's pages one after the other
            sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        } else {
            fitWidth(sheet, false);
        }
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** A sheet that is not a table (a summary): one page wide, and one page tall too if asked. */
    void page(Sheet sheet, boolean onePageTall) {
        common(sheet);
        fitWidth(sheet, onePageTall);
    }

    private void common(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setMargin(PageMargin.LEFT, 0.25);
        sheet.setMargin(PageMargin.RIGHT, 0.25);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        Footer footer = sheet.getFooter();
        footer.setLeft("&A");
        footer.setCenter("Page &P of &N");
        if (!run.isEmpty()) {
            footer.setRight(run);
        }
    }

    private static void fitWidth(Sheet sheet, boolean onePageTall) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) (onePageTall ? 1 : 0));
    }

    /** Text for a footer: an ampersand starts a code there, so it is doubled. */
    static String escaped(String text) {
        return text.replace("&", "&&");
    }
}
