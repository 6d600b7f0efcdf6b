package org.kbaudit.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A legacy .xls workbook (BIFF8, through HSSF). Such files are small by nature: read whole. */
final class XlsBook implements SheetBook {

    private final HSSFWorkbook workbook;
    private final String source;

    XlsBook(POIFSFileSystem fs, String source) throws IOException {
        this.workbook = new HSSFWorkbook(fs.getRoot(), true);
        this.source = source;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            names.add(sheet.getSheetName());
        }
        return names;
    }

    @Override
    public boolean hidden(String name) {
        int index = workbook.getSheetIndex(name);
        return index >= 0 && (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index));
    }

    @Override
    public TableSheet sheet(String name) {
        return new WorkbookSheet(source, name) {
            @Override
            public void rows(Consumer<TableRow> consumer) {
                Sheet sheet = workbook.getSheet(name);
                merging = MergedCells.ofRanges(sheet.getMergedRegions()).pass();
                try {
                    read(sheet, consumer, merging);
                } finally {
                    merging = null;
                }
            }

            @Override
            public void rows(Consumer<TableRow> consumer, ColumnFocus focus) {
                read(workbook.getSheet(name), consumer, null);
            }
        };
    }

    private static void read(Sheet sheet, Consumer<TableRow> consumer, MergedCells.Pass merging) {
        CellText text = new CellText();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text.text(row.getCell(c)));
            }
            if (merging != null) {
                merging.fill(row.getRowNum() + 1, cells);
            }
            consumer.accept(new TableRow(row.getRowNum() + 1, cells));
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
