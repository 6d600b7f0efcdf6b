package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kbaudit.ingest.Workbooks.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/** A sink that cannot take more records stops the loaders; its failure is not taken for damage in the input. */
class StopReadingPassesThroughTest {

    @TempDir
    Path dir;

    private static final RecordSink FULL = new RecordSink() {
        @Override
        public void server(Server server) {
            throw new StopReading(new IOException("disk full"));
        }

        @Override
        public void reject(Rejection rejection) {
            throw new StopReading(new IOException("disk full"));
        }
    };

    private static final Workbooks.Book BOOK = new Workbooks.Book()
            .sheet("Servers", List.of(row("Host"), row("EAST-01")))
            .sheet("Adapters", List.of(row("Host", "Adapter"), row("EAST-01", "LAN")));

    @Test
    void fromAStreamedWorkbook() throws IOException {
        Path file = Workbooks.xlsx(dir.resolve("f.xlsx"), BOOK);
        assertThatThrownBy(() -> new WorkbookInventoryFormat().read(file, "f.xlsx", FULL)).isInstanceOf(StopReading.class);
    }

    @Test
    void fromALegacyWorkbook() throws IOException {
        Path file = Workbooks.xls(dir.resolve("f.xls"), BOOK);
        assertThatThrownBy(() -> new WorkbookInventoryFormat().read(file, "f.xls", FULL)).isInstanceOf(StopReading.class);
    }

    @Test
    void fromCsvAndSysteminfo() throws IOException {
        Path csv = Files.writeString(dir.resolve("f.csv"), "Host\nEAST-01\n");
        assertThatThrownBy(() -> new CsvInventoryFormat().read(csv, "f.csv", FULL)).isInstanceOf(StopReading.class);
        Path txt = Files.writeString(dir.resolve("f.txt"), "Host Name: CAP-01\nOS Name: Windows\n");
        assertThatThrownBy(() -> new SysteminfoInventoryFormat().read(txt, "f.txt", FULL)).isInstanceOf(StopReading.class);
    }
}
