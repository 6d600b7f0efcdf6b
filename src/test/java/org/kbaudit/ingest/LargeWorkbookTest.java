package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/**
 * A workbook of 250,000 server rows is read as a stream. Slow (about a minute), so opt-in:
 * {@code mvn test -Dtest=LargeWorkbookTest -Dkbaudit.largeWorkbook=true -DargLine=-Xmx160m}; with a heap
 * that small, loading the workbook whole (XSSFWorkbook) runs out of memory.
 */
@EnabledIfSystemProperty(named = "kbaudit.largeWorkbook", matches = "true")
class LargeWorkbookTest {

    private static final int SERVERS = 250_000;

    @TempDir
    Path dir;

    @Test
    void aQuarterMillionServerRowsStreamThrough() throws IOException {
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet servers = workbook.createSheet("Servers");
            header(servers.createRow(0), "Host", "OS", "Service Pack", "Hotfixes", "Netcfgx.dll Version", "Site");
            for (int i = 1; i <= SERVERS; i++) {
                Row row = servers.createRow(i);
                row.createCell(0).setCellValue("BIG-" + i);
                row.createCell(1).setCellValue("Microsoft(R) Windows(R) Server 2003, Enterprise Edition");
                row.createCell(2).setCellValue(i % 3);
                row.createCell(3).setCellValue("KB893803v2, KB896358, KB899587");
                row.createCell(4).setCellValue("5.2.3790." + (i % 4000));
                row.createCell(5).setCellValue("Site " + (i % 50));
            }
            Sheet adapters = workbook.createSheet("Adapters");
            header(adapters.createRow(0), "Host", "Adapter", "Driver", "VLANs");
            for (int i = 1; i <= 1000; i++) {
                Row row = adapters.createRow(i);
                row.createCell(0).setCellValue("BIG-" + i);
                row.createCell(1).setCellValue("Public");
                row.createCell(2).setCellValue("b57w2k");
                row.createCell(3).setCellValue(10);
            }
            workbook.write(out);
            workbook.dispose();
        }
        long[] count = new long[1];
        long[] rejected = new long[1];
        new WorkbookInventoryFormat().read(file, "large.xlsx", new RecordSink() {
            @Override
            public void server(Server server) {
                count[0]++;
            }

            @Override
            public void reject(Rejection rejection) {
                rejected[0]++;
            }
        });
        assertThat(rejected[0]).isZero();
        assertThat(count[0]).isEqualTo(SERVERS);
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }
}
