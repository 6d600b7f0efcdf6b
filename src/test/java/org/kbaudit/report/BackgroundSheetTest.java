package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class BackgroundSheetTest {

    @Test
    void rows_are_written_in_the_order_given() throws IOException {
        try (SXSSFWorkbook wb = new StreamingWorkbook(100)) {
            SheetStream sheet = new SheetStream(wb, "Adapters", List.of("Host", "N"), 1_048_576, new XlsxStyles(wb));
            try (BackgroundSheet background = new BackgroundSheet(sheet, (column, value) -> null)) {
                for (int i = 0; i < 2000; i++) {
                    List<List<Object>> rows = new ArrayList<>();
                    rows.add(List.of("host-" + i, i));
                    background.add(rows);
                }
                background.finish();
            }
            assertThat(sheet.dataRows()).isEqualTo(2000);
            Row last = wb.getSheet("Adapters").getRow(2000);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("host-1999");
            wb.dispose();
        }
    }

    @Test
    void a_failure_on_the_sheet_thread_is_thrown_to_the_caller() throws IOException {
        try (SXSSFWorkbook wb = new StreamingWorkbook(100)) {
            SheetStream sheet = new SheetStream(wb, "Adapters", List.of("Host"), 1_048_576, new XlsxStyles(wb));
            try (BackgroundSheet background = new BackgroundSheet(sheet, (column, value) -> {
                throw new IllegalStateException("no style for " + value);
            })) {
                background.add(List.of(List.of("host")));
                assertThatThrownBy(background::finish).isInstanceOf(IllegalStateException.class)
                        .hasMessage("no style for host");
            }
            wb.dispose();
        }
    }
}
