package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetStreamTest {

    private static final String FILES = "Netcfgx.dll 5.2.3790.2520, 1,354,240 bytes (x64); "
            + "Wnetcfgx.dll 5.2.3790.2520, 781,312 bytes (x86)";

    @TempDir
    Path dir;

    /** A table of host, count and files, the files column at most 30 characters wide, the files wrapped or not. */
    private XSSFSheet table(List<List<Object>> rows, boolean wrapFiles) throws Exception {
        Path out = dir.resolve("t.xlsx");
        try (SXSSFWorkbook wb = new StreamingWorkbook(100)) {
            XlsxStyles styles = new XlsxStyles(wb);
            SheetStream t = new SheetStream(wb, "T", List.of("Host", "Restarts per server", "Files"), 1_048_576,
                    styles, PrintLayout.untitled(), new SheetStream.Layout(false, false, 0, 12, 30));
            for (List<Object> r : rows) {
                t.add(r, (col, v) -> col == 2 && wrapFiles ? styles.wrapped : styles.text);
            }
            t.finish();
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
            wb.dispose();
        }
        return WorkbookReader.open(out).getSheet("T");
    }

    @Test
    void aColumnGrowsWithItsValuesUpToItsLayoutsWidest() throws Exception {
        XSSFSheet s = table(List.of(Arrays.asList("SRV-01", 1, FILES)), true);
        assertThat(s.getColumnWidth(0)).isEqualTo(8 * 256);
        assertThat(s.getColumnWidth(2)).isEqualTo(30 * 256);
        s.getWorkbook().close();
    }

    @Test
    void aHeaderWiderThanItsColumnIsWrappedAndItsRowAsTallAsItsLines() throws Exception {
        XSSFSheet s = table(List.of(Arrays.asList("SRV-01", 1, "x")), true);
        assertThat(s.getColumnWidth(1)).isEqualTo(12 * 256);
        assertThat(s.getRow(0).getCell(1).getCellStyle().getWrapText()).isTrue();
        assertThat(s.getRow(0).getCell(0).getCellStyle().getWrapText()).isFalse();
        assertThat(s.getRow(0).getHeightInPoints()).isEqualTo(2 * TextLines.LINE_HEIGHT);
        s.getWorkbook().close();
    }

    @Test
    void aRowWithWrappedTextIsAsTallAsItsLinesAndOtherRowsKeepTheDefaultHeight() throws Exception {
        XSSFSheet s = table(List.of(Arrays.asList("SRV-01", 1, FILES), Arrays.asList("SRV-02", 1, "none")), true);
        assertThat(s.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
        assertThat(s.getRow(1).getHeightInPoints()).isEqualTo(TextLines.lines(FILES, 30, 0) * TextLines.LINE_HEIGHT)
                .isGreaterThanOrEqualTo(3 * TextLines.LINE_HEIGHT);
        assertThat(s.getRow(2).getCTRow().isSetHt()).isFalse();
        assertThat(s.getRow(2).getCell(2).getCellStyle().getWrapText()).as("one line: nothing to wrap").isFalse();
        s.getWorkbook().close();
    }

    @Test
    void textThatIsNotWrappedLeavesItsRowOneLineHigh() throws Exception {
        XSSFSheet s = table(List.of(Arrays.asList("SRV-01", 1, FILES)), false);
        assertThat(s.getRow(1).getCTRow().isSetHt()).isFalse();
        s.getWorkbook().close();
    }

    @Test
    void aTextOfMoreLinesThanARowHoldsGivesTheTallestRowThereIs() throws Exception {
        // cut at the cell's limit, hundreds of lines: POI stores 20 times the points in a short, which overflowed
        String files = String.join("; ", Collections.nCopies(1_000, FILES));
        XSSFSheet s = table(List.of(Arrays.asList("SRV-01", 1, files)), true);
        assertThat(s.getRow(1).getCell(2).getStringCellValue()).hasSize(SheetStream.CELL_LIMIT);
        assertThat(s.getRow(1).getHeightInPoints()).isEqualTo(409f);
        s.getWorkbook().close();
    }

    @Test
    void aShortTextWithACarriageReturnIsWrappedOnTheLinesLibreOfficeShows() throws Exception {
        XSSFSheet s = table(List.of(Arrays.asList("SRV-01", 1, "DC1\rrack 4")), true);
        assertThat(s.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
        assertThat(s.getRow(1).getHeightInPoints()).isEqualTo(2 * TextLines.LINE_HEIGHT);
        s.getWorkbook().close();
    }
}
