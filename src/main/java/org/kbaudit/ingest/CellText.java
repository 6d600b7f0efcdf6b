package org.kbaudit.ingest;

import java.math.BigDecimal;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Workbook cells as the text a loader reads: numbers without a spurious {@code .0} ({@code 2}, {@code 10},
 * {@code 5.2}) whatever their display format, dates as displayed, booleans as {@code TRUE}/{@code FALSE},
 * formulas by their cached value, errors by their code ({@code #N/A}), which {@link #isError} tells apart.
 */
final class CellText extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString)) {
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
        return number(value);
    }

    /** A legacy (.xls) cell; {@code null} when blank. */
    String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatCellValue(cell) : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.isValidCode(cell.getErrorCellValue())
                    ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#N/A";
            default -> null;
        };
    }

    /**
     * Whether a cell's text is an Excel error value ({@code #N/A}, {@code #REF!}, ...): what an error cell
     * reads as, from a workbook or from a CSV file Excel saved. Such a cell holds no value.
     */
    static boolean isError(String text) {
        return text != null && text.length() > 2 && (text.charAt(0) == '#' || text.charAt(0) == '~')
                && ERRORS.contains(text);
    }

    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
            "#EXTERNAL!", "#PYTHON!", "~CIRCULAR~REF~", "~FUNCTION~NOT~IMPLEMENTED~");

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
