package org.kbaudit.report;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.kbaudit.io.ReadAheadInputStream;

/**
 * POI's streaming workbook, writing its sheets' text faster: POI escapes every string one character at a
 * time through a synchronised writer, which made escaping most of the time of writing a large report. Text
 * with nothing to escape, nearly all of it, is written whole; anything else is escaped by POI as before, so
 * the sheets are the same, byte for byte. Compression, of the temporary files and of the workbook, is at
 * the fastest level.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** @param window rows kept in memory per sheet before they are flushed to its temporary file */
    StreamingWorkbook(int window) {
        super(window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new PlainTextWriter();
    }

    /**
     * The workbook's zip, compressed at the fastest level: a large report's sheets are hundreds of megabytes
     * of repetitive XML, which the default level took seconds to compress for a file about a third smaller.
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /**
     * Writes text that needs no escaping as it is, into a temporary file compressed at the fastest level (a
     * large report's sheets would otherwise take hundreds of megabytes of temporary space).
     */
    static final class PlainTextWriter extends SheetDataWriter {

        PlainTextWriter() throws IOException {
            super();
        }

        /** Into the given writer instead of a temporary file. */
        PlainTextWriter(Writer out) throws IOException {
            super(out);
        }

        /** As POI's, but without a lock and an open check on every character written. */
        @Override
        public Writer createWriter(File file) throws IOException {
            FileOutputStream out = new FileOutputStream(file);
            try {
                return new UnsynchronizedWriter(new OutputStreamWriter(decorateOutputStream(out),
                        StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream out) throws IOException {
            return new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream in) throws IOException {
            return new ReadAheadInputStream(new GZIPInputStream(in, 1 << 16));
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s != null && isPlain(s)) {
                _out.write(s);
            } else {
                super.outputEscapedString(s);
            }
        }

        /** A buffered writer for one thread: POI writes its sheets a character at a time. */
        private static final class UnsynchronizedWriter extends Writer {
            private final Writer out;
            private final char[] buffer = new char[1 << 14];
            private int used;
            private boolean closed;

            UnsynchronizedWriter(Writer out) {
                this.out = out;
            }

            @Override
            public void write(int c) throws IOException {
                if (used == buffer.length) {
                    drain();
                }
                buffer[used++] = (char) c;
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                if (length > buffer.length - used) {
                    drain();
                    if (length > buffer.length) {
                        out.write(chars, offset, length);
                        return;
                    }
                }
                System.arraycopy(chars, offset, buffer, used, length);
                used += length;
            }

            @Override
            public void write(String s, int offset, int length) throws IOException {
                while (length > 0) {
                    if (used == buffer.length) {
                        drain();
                    }
                    int n = Math.min(length, buffer.length - used);
                    s.getChars(offset, offset + n, buffer, used);
                    used += n;
                    offset += n;
                    length -= n;
                }
            }

            private void drain() throws IOException {
                out.write(buffer, 0, used);
                used = 0;
            }

            @Override
            public void flush() throws IOException {
                if (!closed) {
                    drain();
                    out.flush();
                }
            }

            /** Closes once: POI closes a sheet's writer when it writes the workbook and again when it disposes it. */
            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    drain();
                    out.close();
                }
            }
        }

        /**
         * Whether POI would write every character of the text as it is: no markup character ({@code < > & "}),
         * no control character, no non-breaking space, no surrogate and no non-character (U+FFFE, U+FFFF).
         */
        static boolean isPlain(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < ' ' || c == '"' || c == '&' || c == '<' || c == '>' || c == '\u00A0'
                        || c >= '\uD800' && c < '\uE000' || c >= '\uFFFE') {
                    return false;
                }
            }
            return true;
        }
    }
}
