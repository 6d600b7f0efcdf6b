package org.kbaudit.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.kbaudit.domain.Status;

/** The few cell styles the workbooks share (a workbook holds at most 64,000 styles: never one per cell). */
final class XlsxStyles {

    /** The fill of a status cell, as RGB: red, orange, yellow, green, light grey. */
    static final Map<Status, String> STATUS_RGB = new EnumMap<>(Map.of(
            Status.EXPOSED, "F8696B",
            Status.VULNERABLE, "F4B183",
            Status.UNKNOWN, "FFE699",
            Status.PROTECTED, "A9D08E",
            Status.NOT_APPLICABLE, "E7E6E6"));

    final CellStyle text;
    /**
     * Text wrapped within its column when it does not fit on one line, its row then given the height of its lines
     * ({@link TextLines}); a text that fits is written {@link #text}.
     */
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle header;
    /** A header wider than its column, wrapped. */
    final CellStyle wrappedHeader;
    /** A header over a column of numbers: right-aligned, over its numbers rather than beside the previous column's. */
    final CellStyle headerNumber;
    final CellStyle title;
    final CellStyle label;
    final CellStyle band;
    final CellStyle bandNumber;
    /** A band's text wrapped within its column, as {@link #wrapped}. */
    final CellStyle wrappedBand;
    final CellStyle muted;
    /** Muted text shrunk to fit its column rather than cut: a repeated value, shown in full above. */
    final CellStyle mutedShrunk;
    final CellStyle mutedNumber;
    private final Map<Status, CellStyle> status = new EnumMap<>(Status.class);
    /**
     * For the style of each index that wraps its text, the same style not wrapping; a look-up per cell that asks
     * nothing of the style.
     */
    private final CellStyle[] unwrapped;
    private final SXSSFWorkbook wb;
    /** The bordered copy of each style asked for, by the style's index. */
    private final Map<Short, CellStyle> bordered = new HashMap<>();

    XlsxStyles(SXSSFWorkbook wb) {
        this.wb = wb;
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        number = wb.createCellStyle();
        number.cloneStyleFrom(text);
        number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));

        Font bold = wb.createFont();
        bold.setBold(true);
        header = filled(wb, "D9E1F2");
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(false);
        headerNumber = wb.createCellStyle();
        headerNumber.cloneStyleFrom(header);
        headerNumber.setAlignment(HorizontalAlignment.RIGHT);
        wrappedHeader = wb.createCellStyle();
        wrappedHeader.cloneStyleFrom(header);
        wrappedHeader.setWrapText(true);

        XSSFFont big = (XSSFFont) wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        band = filled(wb, "DDEBF7");
        band.setFont(bold);
        bandNumber = filled(wb, "DDEBF7");
        bandNumber.setFont(bold);
        bandNumber.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        wrappedBand = wb.createCellStyle();
        wrappedBand.cloneStyleFrom(band);
        wrappedBand.setWrapText(true);

        Font grey = wb.createFont();
        grey.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
        muted = wb.createCellStyle();
        muted.cloneStyleFrom(text);
        muted.setFont(grey);
        mutedShrunk = wb.createCellStyle();
        mutedShrunk.cloneStyleFrom(muted);
        mutedShrunk.setShrinkToFit(true);
        mutedNumber = wb.createCellStyle();
        mutedNumber.cloneStyleFrom(number);
        mutedNumber.setFont(grey);

        for (Status s : Status.values()) {
            status.put(s, filled(wb, STATUS_RGB.get(s)));
        }
        unwrapped = new CellStyle[wb.getNumCellStyles()];
        unwrapped[wrapped.getIndex()] = text;
        unwrapped[wrappedHeader.getIndex()] = header;
        unwrapped[wrappedBand.getIndex()] = band;
    }

    /**
     * The style with a thin grey line on each side, for a small table outside the streamed sheets (the Summary's
     * counts): on paper, each count stands in its row and under its header.
     */
    CellStyle bordered(CellStyle style) {
        return bordered.computeIfAbsent(style.getIndex(), index -> {
            CellStyle b = wb.createCellStyle();
            b.cloneStyleFrom(style);
            short grey = IndexedColors.GREY_50_PERCENT.getIndex();
            b.setBorderTop(BorderStyle.THIN);
            b.setBorderBottom(BorderStyle.THIN);
            b.setBorderLeft(BorderStyle.THIN);
            b.setBorderRight(BorderStyle.THIN);
            b.setTopBorderColor(grey);
            b.setBottomBorderColor(grey);
            b.setLeftBorderColor(grey);
            b.setRightBorderColor(grey);
            return b;
        });
    }

    /** Whether the style, one of these, wraps its text. */
    boolean wraps(CellStyle style) {
        int i = style.getIndex();
        return i < unwrapped.length && unwrapped[i] != null;
    }

    /** The wrapping style, one of these, without its wrapping. */
    CellStyle unwrapped(CellStyle wrapping) {
        return unwrapped[wrapping.getIndex()];
    }

    CellStyle status(Status s) {
        return status.get(s);
    }

    /** The status style for a cell holding a status name, else {@code fallback}. */
    CellStyle statusOr(Object value, CellStyle fallback) {
        if (value instanceof String s) {
            for (Status st : Status.values()) {
                if (st.name().equals(s)) {
                    return status.get(st);
                }
            }
        }
        return fallback;
    }

    private static XSSFCellStyle filled(SXSSFWorkbook wb, String rgb) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setFillForegroundColor(new XSSFColor(hex(rgb), null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
