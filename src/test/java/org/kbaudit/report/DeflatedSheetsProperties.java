package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A sheet's entry spliced from its template's parts and its data, compressed once while written, is a
 * deflate stream of exactly those bytes, with their CRC and sizes.
 */
class DeflatedSheetsProperties {

    @Property(tries = 300)
    void theCrcOfTwoPiecesIsCombinedFromTheirs(@ForAll("bytes") byte[] a, @ForAll("bytes") byte[] b) {
        assertThat(DeflatedSheets.combine(crc(a), crc(b), b.length)).isEqualTo(crc(concat(a, b)));
    }

    @Property(tries = 200)
    void aSplicedEntryInflatesToItsPartsInOrder(@ForAll("bytes") byte[] before,
            @ForAll("chunks") java.util.List<byte[]> data, @ForAll("bytes") byte[] after) throws IOException {
        Path file = Files.createTempFile("kbaudit-sheet", ".deflate");
        try {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            try (DeflatedSheets.Writer w = new DeflatedSheets.Writer(Files.newOutputStream(file))) {
                for (int i = 0; i < data.size(); i++) {
                    byte[] chunk = data.get(i);
                    if (i % 2 == 0) {
                        w.write(chunk);
                    } else {
                        for (byte b : chunk) {
                            w.write(b); // a byte at a time, counted once
                        }
                    }
                    whole.write(chunk);
                    w.flush(); // POI flushes as it goes; it must not end the data
                }
                w.close();
                w.close(); // POI closes a sheet's writer twice
                // the data read back on its own, inflated
                DeflatedSheets.Data readBack = new DeflatedSheets.Data(file, w.crc(), w.length());
                try (InputStream in = readBack) {
                    assertThat(in.readAllBytes()).isEqualTo(whole.toByteArray());
                }
                DeflatedSheets.Entry entry = DeflatedSheets.entry(before, new DeflatedSheets.Data(file, w.crc(),
                        w.length()), after);
                byte[] compressed;
                try (InputStream in = entry.compressed()) {
                    compressed = in.readAllBytes();
                }
                byte[] expected = concat(before, concat(whole.toByteArray(), after));
                byte[] inflated;
                try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(compressed),
                        new Inflater(true))) {
                    inflated = in.readAllBytes();
                }
                assertThat(inflated).isEqualTo(expected);
                assertThat(entry.size()).isEqualTo(expected.length);
                assertThat(entry.compressedSize()).isEqualTo(compressed.length);
                assertThat(entry.crc()).isEqualTo(crc(expected));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new byte[0])),
                Tuple.of(4, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                Tuple.of(2, Arbitraries.strings().withCharRange('a', 'e').ofMaxLength(5000).map(String::getBytes)));
    }

    @Provide
    Arbitrary<java.util.List<byte[]>> chunks() {
        Arbitrary<byte[]> chunk = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)),
                Tuple.of(3, Arbitraries.strings().withChars("<row>c0123 ").ofMaxLength(100_000).map(String::getBytes)));
        return chunk.list().ofMaxSize(6);
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
