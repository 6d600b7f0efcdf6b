package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/**
 * Fuzzing of the loaders with Jazzer: whatever the bytes, reading them never throws and accounts for
 * what it met (servers or rejections). In CI this runs in regression mode over the seeds in
 * {@code src/test/resources/org/kbaudit/ingest/LoadersFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=LoadersFuzzTest} fuzzes for real.
 */
class LoadersFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void json(byte[] input) throws IOException {
        readAs(input, "fleet.json");
    }

    @FuzzTest(maxDuration = "30s")
    void jsonLines(byte[] input) throws IOException {
        readAs(input, "fleet.jsonl");
    }

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] input) throws IOException {
        readAs(input, "export.csv");
    }

    @FuzzTest(maxDuration = "30s")
    void systeminfo(byte[] input) throws IOException {
        readAs(input, "capture.txt");
    }

    @FuzzTest(maxDuration = "30s")
    void workbook(byte[] input) throws IOException {
        readAs(input, "fleet.xlsx");
    }

    private static void readAs(byte[] input, String name) throws IOException {
        Path dir = Files.createTempDirectory("kbaudit-fuzz");
        Path file = dir.resolve(name);
        try {
            Files.write(file, input);
            AtomicLong accounted = new AtomicLong();
            Inventories.standard().read(List.of(file), new RecordSink() {
                @Override
                public void server(Server server) {
                    assertThat(server.host()).isNotBlank();
                    accounted.incrementAndGet();
                }

                @Override
                public void reject(Rejection rejection) {
                    assertThat(rejection.reason()).isNotBlank();
                    assertThat(rejection.source()).contains(name);
                    accounted.incrementAndGet();
                }
            });
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
