package org.kbaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class ReadAheadInputStreamTest {

    @Test
    void gives_every_byte_in_order() throws IOException {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data))) {
            assertThat(in.readAllBytes()).isEqualTo(data);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void a_failure_of_the_stream_reaches_the_reader_after_the_bytes_before_it() throws IOException {
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("the zip entry is damaged");
                }
                return 'x';
            }
        };
        try (InputStream in = new ReadAheadInputStream(failing)) {
            byte[] before = in.readNBytes(100_000);
            assertThat(before).hasSize(100_000);
            assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("the zip entry is damaged");
        }
    }

    @Test
    void an_error_of_the_reading_thread_reaches_the_reader_instead_of_leaving_it_waiting() throws IOException {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("no room for the next chunk");
            }
        };
        try (InputStream in = new ReadAheadInputStream(failing)) {
            assertThatThrownBy(in::read).isInstanceOf(OutOfMemoryError.class).hasMessage("no room for the next chunk");
        }
    }

    @Test
    void closing_early_stops_the_thread_and_closes_the_stream() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        InputStream in = new ReadAheadInputStream(endless);
        assertThat(in.read()).isEqualTo('y');
        in.close();
        assertThat(closed).isTrue();
    }
}
