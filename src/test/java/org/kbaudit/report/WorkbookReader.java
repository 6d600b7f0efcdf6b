package org.kbaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a produced workbook back, as a person opening it would see it. */
final class WorkbookReader {

    private static final DataFormatter FORMAT = new DataFormatter();

    private WorkbookReader() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    /** Column {@code col} of every row after the header, as displayed. */
    static List<String> column(Sheet sheet, int col) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            values.add(row == null ? "" : text(row.getCell(col)));
        }
        return values;
    }

    static List<String> header(Sheet sheet) {
        List<String> h = new ArrayList<>();
        for (Cell c : sheet.getRow(0)) {
            h.add(text(c));
        }
        return h;
    }

    static int columnOf(Sheet sheet, String header) {
        int i = header(sheet).indexOf(header);
        if (i < 0) {
            throw new AssertionError("no column '" + header + "' in " + sheet.getSheetName() + ": " + header(sheet));
        }
        return i;
    }

    /** The rows after the header, as displayed text per cell. */
    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(row == null ? "" : text(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(Cell c) {
        return c == null ? "" : FORMAT.formatCellValue(c);
    }

    static List<Cell> formulaCells(XSSFWorkbook wb) {
        List<Cell> found = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        found.add(c);
                    }
                }
            }
        }
        return found;
    }
}
