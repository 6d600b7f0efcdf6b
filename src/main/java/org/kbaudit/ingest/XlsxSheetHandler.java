package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part of an .xlsx as a SAX stream, row by row, with cell values as a loader reads
 * them ({@link CellText}): shared and inline strings as text, numbers without a spurious {@code .0}, dates
 * as displayed, booleans as {@code TRUE}/{@code FALSE}, formulas by their cached value, errors by their code.
 *
 * <p>POI's own sheet handler builds a rich-text object (an XML bean) for every string cell; with hundreds of
 * thousands of rows that dominated the reading, so this handler keeps to plain strings.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final List<String> sharedStrings;
    private final StylesTable styles;
    private final CellText format;
    private final Consumer<TableRow> consumer;
    private final ColumnFocus focus;
    private final MergedCells.Pass merging;
    private final List<String> mergeReferences = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Map<String, NumberFormat> formats = new HashMap<>();
    private int rowNumber;
    private int nextRow = 1;
    private int column;
    private int nextColumn;
    private String type;
    private String style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean hasValue;
    private boolean wanted = true;

    /** Leaves out the cells of the columns the focus does not want. */
    XlsxSheetHandler(List<String> sharedStrings, StylesTable styles, CellText format, Consumer<TableRow> consumer,
                     ColumnFocus focus) {
        this(sharedStrings, styles, format, consumer, focus, null);
    }

    /**
     * As above, and with a pass over the sheet's merged regions (known from an earlier pass, as they come
     * after the rows), gives every cell a region covers the region's top-left value.
     */
    XlsxSheetHandler(List<String> sharedStrings, StylesTable styles, CellText format, Consumer<TableRow> consumer,
                     ColumnFocus focus, MergedCells.Pass merging) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.format = format;
        this.consumer = consumer;
        this.focus = focus;
        this.merging = merging;
    }

    /** The references of the sheet's merged regions ({@code A2:A3}), once the sheet has been read. */
    List<String> mergeReferences() {
        return mergeReferences;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? nextRow : Integer.parseInt(r);
                nextRow = rowNumber + 1;
                cells.clear();
                nextColumn = 0;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? nextColumn : columnOf(ref);
                nextColumn = column + 1;
                wanted = focus.wants(column);
                type = wanted ? attributes.getValue("t") : null;
                style = wanted ? attributes.getValue("s") : null;
                text.setLength(0);
                hasValue = false;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "is" -> hasValue = true;
            case "t" -> inInlineText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> mergeReferences.add(attributes.getValue("ref"));
            default -> {
                // formulas (<f>) and everything else: the cached value in <v> is what counts
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inInlineText) && wanted) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (hasValue && wanted) {
                    put(column, value());
                }
            }
            case "row" -> {
                if (merging != null) {
                    merging.fill(rowNumber, cells);
                }
                consumer.accept(new TableRow(rowNumber, cells));
            }
            default -> {
                // nothing to close
            }
        }
    }

    private String value() {
        String raw = text.toString();
        if (type == null || type.equals("n")) {
            return number(raw);
        }
        return switch (type) {
            case "s" -> sharedStrings.get(Integer.parseInt(raw.strip()));
            case "b" -> raw.strip().equals("1") ? "TRUE" : "FALSE";
            default -> raw; // inlineStr, str (a formula's text), e (an error code such as #N/A), d (ISO date)
        };
    }

    private String number(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        double value = Double.parseDouble(raw);
        NumberFormat numberFormat = style == null ? null : formats.computeIfAbsent(style, this::formatOf);
        if (numberFormat != null) {
            return format.formatRawCellContents(value, numberFormat.index, numberFormat.pattern);
        }
        return CellText.number(value);
    }

    private NumberFormat formatOf(String styleIndex) {
        XSSFCellStyle cellStyle = styles == null ? null : styles.getStyleAt(Integer.parseInt(styleIndex));
        return cellStyle == null ? null : new NumberFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }

    /** A cell style's number format, looked up once per style. */
    private record NumberFormat(int index, String pattern) {
    }

    private void put(int index, String value) {
        while (cells.size() < index) {
            cells.add(null);
        }
        if (cells.size() == index) {
            cells.add(value);
        } else {
            cells.set(index, value);
        }
    }

    /** The zero-based column of a reference such as {@code AB17}. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
