package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.generate.FleetFormat;
import org.kbaudit.generate.FleetWriter;
import org.kbaudit.generate.SyntheticFleet;

/** What a parser reads through a {@link RecordingInputStream} can be sliced back by stream offsets. */
class RecordingInputStreamTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        SplittableRandom random = new SplittableRandom(length);
        random.nextBytes(bytes);
        return bytes;
    }

    @Nested
    class UnderAParser {

        @TempDir
        Path dir;

        @Test
        void each_server_of_a_generated_document_slices_back_to_its_bytes() throws IOException {
            Path file = dir.resolve("fleet.json");
            FleetWriter.write(new SyntheticFleet(907019), 3_000, FleetFormat.JSON, file);
            byte[] document = Files.readAllBytes(file);
            for (int seed = 0; seed < 3; seed++) {
                assertThat(sliceEveryServer(document, new Uneven(new ByteArrayInputStream(document), seed)))
                        .as("servers sliced, reads of uneven sizes %d", seed).isEqualTo(3_000);
            }
            assertThat(sliceEveryServer(document, new ByteArrayInputStream(document))).isEqualTo(3_000);
        }

        @Test
        void a_server_larger_than_the_buffer_between_small_ones_slices_back_whole() throws IOException {
            String big = "{\"host\": \"BIG\", \"hotfixes\": [" + "\"KB123456\", ".repeat(40_000) + "\"KB907019\"]}";
            String document = "{\"servers\": [{\"host\": \"A\"}, " + big + ", {\"host\": \"é\"}, " + big + "]}";
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isGreaterThan(4 * (1 << 16));
            assertThat(sliceEveryServer(bytes, new Uneven(new ByteArrayInputStream(bytes), 1))).isEqualTo(4);
        }

        /**
         * Reads the document as JsonInventoryFormat does: at each server object, forgets what came before it,
         * skips it, and slices it; checks each slice against the document. The number of servers sliced.
         */
        private int sliceEveryServer(byte[] document, InputStream source) throws IOException {
            int servers = 0;
            try (RecordingInputStream in = new RecordingInputStream(source);
                 JsonParser parser = FACTORY.createParser(in)) {
                assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonToken value = parser.nextToken();
                    if (!parser.currentName().equals("servers")) {
                        parser.skipChildren();
                        continue;
                    }
                    assertThat(value).isEqualTo(JsonToken.START_ARRAY);
                    long previousStart = -1;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long start = parser.currentTokenLocation().getByteOffset();
                        in.release(start);
                        parser.skipChildren();
                        long end = parser.currentLocation().getByteOffset();
                        assertThat(in.slice(start, end)).as("server %d at %d..%d", servers, start, end)
                                .isEqualTo(Arrays.copyOfRange(document, (int) start, (int) end));
                        assertThat(document[(int) start]).isEqualTo((byte) '{');
                        assertThat(document[(int) end - 1]).isEqualTo((byte) '}');
                        if (previousStart >= 0) {
                            long released = previousStart;
                            assertThatThrownBy(() -> in.slice(released, end))
                                    .as("the previous server was released").isInstanceOf(IllegalStateException.class);
                        }
                        previousStart = start;
                        servers++;
                    }
                }
            }
            return servers;
        }
    }

    @Nested
    class Slices {

        @Test
        void by_absolute_offsets_after_several_reads() throws IOException {
            byte[] source = pattern(1_000);
            RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(source));
            byte[] into = new byte[300];
            assertThat(in.read(into, 0, 100)).isEqualTo(100);
            assertThat(in.read()).isEqualTo(source[100] & 0xFF);
            assertThat(in.read(into, 50, 200)).isEqualTo(200);
            assertThat(Arrays.copyOfRange(into, 50, 250)).isEqualTo(Arrays.copyOfRange(source, 101, 301));
            assertThat(in.skip(99)).isEqualTo(99);
            assertThat(in.slice(0, 400)).isEqualTo(Arrays.copyOf(source, 400));
            assertThat(in.slice(250, 350)).isEqualTo(Arrays.copyOfRange(source, 250, 350));
            assertThat(in.slice(400, 400)).isEmpty();
        }

        @Test
        void released_bytes_cannot_be_sliced_and_later_ones_still_can() throws IOException {
            byte[] source = pattern(500);
            RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(source));
            in.readNBytes(400);
            in.release(150);
            assertThatThrownBy(() -> in.slice(149, 200)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("149..200");
            assertThatThrownBy(() -> in.slice(0, 10)).isInstanceOf(IllegalStateException.class);
            assertThat(in.slice(150, 400)).isEqualTo(Arrays.copyOfRange(source, 150, 400));
            in.release(100);
            assertThatThrownBy(() -> in.slice(120, 200)).as("a release never takes back an earlier one")
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void released_bytes_stay_released_after_the_buffer_is_compacted() throws IOException {
            byte[] source = pattern(5 * (1 << 16));
            RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(source));
            byte[] chunk = new byte[10_000];
            long read = 0;
            for (int n = in.read(chunk, 0, chunk.length); n > 0; n = in.read(chunk, 0, chunk.length)) {
                read += n;
                in.release(read - 5_000);
            }
            assertThat(read).isEqualTo(source.length);
            long end = source.length;
            assertThat(in.slice(end - 5_000, end)).isEqualTo(Arrays.copyOfRange(source, (int) end - 5_000, (int) end));
            assertThatThrownBy(() -> in.slice(end - 5_001, end)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> in.slice(0, 1)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void bytes_not_read_yet_cannot_be_sliced() throws IOException {
            RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(pattern(100)));
            in.readNBytes(10);
            assertThatThrownBy(() -> in.slice(5, 11)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> in.slice(6, 5)).as("backwards").isInstanceOf(IllegalStateException.class);
        }

        @Test
        void the_end_of_the_stream_reads_as_the_end() throws IOException {
            RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(pattern(3)));
            assertThat(in.readAllBytes()).hasSize(3);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
            assertThat(in.slice(0, 3)).isEqualTo(pattern(3));
        }
    }

    // ---- any reads, releases and slices against a model: what is kept is [released, read)

    private sealed interface Step permits Read, ReadOne, Skip, Release, Slice {
    }

    private record Read(int offset, int length) implements Step {
    }

    private record ReadOne() implements Step {
    }

    private record Skip(int count) implements Step {
    }

    /** Releases at {@code permille}/1000 of the way from the current release point to the read position. */
    private record Release(int permille) implements Step {
    }

    /** A slice from and to points chosen in per mille of the bytes read so far; may fall outside what is kept. */
    private record Slice(int fromPermille, int lengthPermille) implements Step {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> permille = Arbitraries.integers().between(0, 1000);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Combinators.combine(Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, 40_000)).as(Read::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new ReadOne())),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 20_000).map(Skip::new)),
                net.jqwik.api.Tuple.of(3, permille.map(Release::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(permille, permille).as(Slice::new)));
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 500)
    void slicesGiveTheBytesKeptAndRefuseTheOthers(@ForAll("steps") List<Step> steps, @ForAll long seed)
            throws IOException {
        byte[] source = pattern(300_000);
        RecordingInputStream in = new RecordingInputStream(new Uneven(new ByteArrayInputStream(source), seed));
        long read = 0;
        long released = 0;
        for (Step step : steps) {
            if (step instanceof Read r) {
                byte[] into = new byte[r.offset() + r.length()];
                int n = in.read(into, r.offset(), r.length());
                if (n > 0) {
                    assertThat(Arrays.copyOfRange(into, r.offset(), r.offset() + n))
                            .isEqualTo(Arrays.copyOfRange(source, (int) read, (int) read + n));
                    read += n;
                } else {
                    assertThat(r.length() == 0 || read == source.length).as("nothing read: %d", n).isTrue();
                }
            } else if (step instanceof ReadOne) {
                int b = in.read();
                assertThat(b).isEqualTo(read < source.length ? source[(int) read] & 0xFF : -1);
                read += b < 0 ? 0 : 1;
            } else if (step instanceof Skip s) {
                read += in.skip(s.count());
            } else if (step instanceof Release r) {
                long at = released + (read - released) * r.permille() / 1000;
                in.release(at);
                released = Math.max(released, at);
            } else if (step instanceof Slice s) {
                long from = read * s.fromPermille() / 1000;
                long to = from + read * s.lengthPermille() / 1000;
                if (from >= released && to <= read) {
                    assertThat(in.slice(from, to)).as("%d..%d kept in %d..%d", from, to, released, read)
                            .isEqualTo(Arrays.copyOfRange(source, (int) from, (int) to));
                } else {
                    long f = from;
                    long t = to;
                    assertThatThrownBy(() -> in.slice(f, t)).as("%d..%d outside %d..%d", f, t, released, read)
                            .isInstanceOf(IllegalStateException.class);
                }
            }
        }
        if (read > released) {
            assertThat(in.slice(released, read)).isEqualTo(Arrays.copyOfRange(source, (int) released, (int) read));
        }
    }

    // ---- memory, seen through what the reading thread allocates

    @Nested
    class Memory {

        @Test
        void streaming_fifty_megabytes_with_releases_as_it_goes_allocates_no_growing_buffer() throws IOException {
            com.sun.management.ThreadMXBean threads = allocationCounter();
            long fifty = 50L << 20;
            byte[] chunk = new byte[8_192];
            RecordingInputStream in = new RecordingInputStream(new Endless(fifty));
            long read = 0;
            long lastRelease = 0;
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int n = in.read(chunk, 0, chunk.length); n > 0; n = in.read(chunk, 0, chunk.length)) {
                read += n;
                if (read - lastRelease > 100_000) {
                    // a value of up to 100 kB, then the next one
                    in.release(read - 1_000);
                    lastRelease = read;
                }
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(read).isEqualTo(fifty);
            assertThat(in.slice(read - 1_000, read)).hasSize(1_000);
            assertThat(allocated).as("bytes allocated while streaming %d", fifty).isLessThan(2L << 20);
        }

        @Test
        void without_releases_everything_is_kept_which_the_allocation_count_sees() throws IOException {
            com.sun.management.ThreadMXBean threads = allocationCounter();
            long eight = 8L << 20;
            byte[] chunk = new byte[8_192];
            RecordingInputStream in = new RecordingInputStream(new Endless(eight));
            long before = threads.getCurrentThreadAllocatedBytes();
            while (in.read(chunk, 0, chunk.length) > 0) {
                // keep everything
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(in.slice(0, 10)).hasSize(10);
            assertThat(allocated).isGreaterThan(eight);
        }

        private com.sun.management.ThreadMXBean allocationCounter() {
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "a JVM that counts allocation");
            com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) threads;
            assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled(),
                    "allocation counting on");
            return counter;
        }
    }

    /** A stream of {@code length} bytes made up as they are read, allocating nothing. */
    private static final class Endless extends InputStream {
        private final long length;
        private long position;

        Endless(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return position < length ? (int) (position++ & 0x7F) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) (position++ & 0x7F);
            }
            return n;
        }
    }

    /** Gives reads of uneven sizes, from one byte to all asked for. */
    private static final class Uneven extends FilterInputStream {
        private final SplittableRandom random;

        Uneven(InputStream in, long seed) {
            super(in);
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int size = switch (random.nextInt(4)) {
                case 0 -> 1;
                case 1 -> 1 + random.nextInt(Math.min(len, 64));
                default -> 1 + random.nextInt(len);
            };
            return super.read(b, off, size);
        }
    }
}
