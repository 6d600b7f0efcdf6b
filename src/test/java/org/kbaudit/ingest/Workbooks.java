package org.kbaudit.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small workbooks for tests and samples: sheets of rows of typed cells. A {@code String} is a text
 * cell, a {@code Number} a numeric cell, a {@code Boolean} a boolean cell, a {@link Formula} a formula whose
 * cached value is computed before saving, {@code null} no cell at all.
 */
final class Workbooks {

    /** A formula cell, such as {@code "East"&"-1"}. */
    record Formula(String expression) {
    }

    /** An error cell ({@code <c t="e">}), such as {@code #REF!}. */
    record ErrorCell(String code) {
    }

    /** Sheets in order, each a list of rows. */
    static final class Book {
        final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        final Set<String> hidden = new HashSet<>();
        final Map<String, List<String>> merged = new LinkedHashMap<>();

        Book sheet(String name, List<List<Object>> rows) {
            sheets.put(name, rows);
            return this;
        }

        /** Merges cells of the sheet given last, such as {@code A2:A3}. */
        Book merge(String... ranges) {
            String last = sheets.keySet().stream().reduce((a, b) -> b).orElseThrow();
            merged.computeIfAbsent(last, k -> new java.util.ArrayList<>()).addAll(Arrays.asList(ranges));
            return this;
        }

        /** A sheet Excel hides (Format, Sheet, Hide). */
        Book hiddenSheet(String name, List<List<Object>> rows) {
            hidden.add(name);
            return sheet(name, rows);
        }
    }

    private Workbooks() {
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static Path xlsx(Path file, Book book) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            return write(workbook, book, file);
        }
    }

    static Path xls(Path file, Book book) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            return write(workbook, book, file);
        }
    }

    static void fill(Workbook workbook, Book book) {
        for (Map.Entry<String, List<List<Object>>> entry : book.sheets.entrySet()) {
            Sheet sheet = workbook.createSheet(entry.getKey());
            List<List<Object>> rows = entry.getValue();
            for (int r = 0; r < rows.size(); r++) {
                List<Object> cells = rows.get(r);
                if (cells == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof ErrorCell e) {
                        cell.setCellErrorValue(FormulaError.forString(e.code()).getCode());
                    } else if (value instanceof Formula f) {
                        cell.setCellFormula(f.expression());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
        }
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        book.merged.forEach((name, ranges) -> ranges.forEach(
                range -> workbook.getSheet(name).addMergedRegion(CellRangeAddress.valueOf(range))));
        for (String name : book.hidden) {
            workbook.setSheetHidden(workbook.getSheetIndex(name), true);
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i)) {
                workbook.setActiveSheet(i);
                workbook.setFirstVisibleTab(i);
                break;
            }
        }
    }

    private static Path write(Workbook workbook, Book book, Path file) throws IOException {
        fill(workbook, book);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }
}
