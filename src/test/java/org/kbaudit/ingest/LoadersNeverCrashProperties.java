package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Damaged inputs (the samples with bytes overwritten, or cut short) give servers and rejections, never an
 * exception out of a loader: a bad file is a clean rejection.
 */
class LoadersNeverCrashProperties {

    private static final List<Path> SAMPLES = List.of(Path.of("inventories", "datacenter-east.xlsx"),
            Path.of("inventories", "sccm-export.csv"), Path.of("inventories", "systeminfo", "cap-sp1-x64.txt"),
            Path.of("inventories", "systeminfo", "cap-sp2-x86.txt"));

    @Provide
    Arbitrary<Path> samples() {
        return Arbitraries.of(SAMPLES);
    }

    @Property(tries = 150)
    void damagedInputsAreRejectedCleanly(@ForAll("samples") Path sample, @ForAll List<@IntRange(min = 0, max = 1 << 20) Integer> positions,
                                         @ForAll byte value, @ForAll @IntRange(min = 0, max = 100) int keepPercent)
            throws IOException {
        byte[] bytes = Files.readAllBytes(sample);
        for (Integer position : positions) {
            bytes[position % bytes.length] = value;
        }
        byte[] damaged = java.util.Arrays.copyOf(bytes, Math.max(1, bytes.length * keepPercent / 100));
        Path dir = Files.createTempDirectory("kbaudit-damaged");
        Path file = dir.resolve(sample.getFileName());
        try {
            Files.write(file, damaged);
            for (InventoryFormat format : InventoryFormats.all()) {
                byte[] head = java.util.Arrays.copyOf(damaged, Math.min(damaged.length, 4096));
                assertThatCode(() -> {
                    if (format.recognises(file, head)) {
                        format.read(file, file.getFileName().toString(), new CollectingSink());
                    }
                }).as("%s reading damaged %s", format.name(), sample).doesNotThrowAnyException();
            }
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }
}
