package org.kbaudit.report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook, writing its sheets' text faster: POI escapes every string one character at a
 * time through a synchronised writer, which made escaping most of the time of writing a large report. Text
 * with nothing to escape, nearly all of it, is written whole; anything else is escaped by POI as before, so
 * the sheets are the same, byte for byte. A sheet's data is compressed once, at the fastest level, into its
 * temporary file, and goes into the workbook's zip as it is ({@link DeflatedSheets}).
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

    /** Where a sheet's data goes, in the workbook POI writes around the sheets' templates. */
    private static final byte[] DATA_MARK = "\0kbaudit: the sheet's data\0".getBytes(StandardCharsets.UTF_8);
    /** Whether POI is writing the workbook with marks in place of the sheets' data. */
    private boolean marking;

    /**
     * Writes the workbook's zip with each sheet's data as it was compressed while its rows were written
     * ({@link DeflatedSheets}). POI writes the workbook first, small, with a mark in each sheet where the data
     * goes; every entry is then copied into the workbook as POI compressed it, and each sheet is spliced
     * around its data. The workbook holds the same XML, byte for byte, as POI's own writing.
     */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ByteArrayOutputStream marked = new ByteArrayOutputStream(1 << 16);
        marking = true;
        try {
            super.injectData(source, marked);
        } finally {
            marking = false;
        }
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(marked.toByteArray())).get()) {
            // a plain zip stream: POI's own (for Zip64 always) keeps no record of raw entries; sizes are known,
            // so the headers say them and Zip64 records are written only for a part over 4 GB
            ZipArchiveOutputStream workbook = new ZipArchiveOutputStream(out);
            workbook.setUseZip64(Zip64Mode.AsNeeded);
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                XSSFSheet template = getSheetFromZipEntryName(entry.getName());
                if (template == null) {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        workbook.addRawArchiveEntry(copied(entry.getName(), entry.getMethod(), entry.getCrc(),
                                entry.getSize(), entry.getCompressedSize()), raw);
                    }
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                int at = indexOf(content, DATA_MARK);
                if (at < 0) {
                    throw new IOException("sheet " + entry.getName() + " has no place for its data");
                }
                DeflatedSheets.Entry spliced;
                try (InputStream data = getSheet(template.getSheetName()).getWorksheetXMLInputStream()) {
                    if (!(data instanceof DeflatedSheets.Data deflated)) {
                        throw new IllegalStateException("a sheet written without the report's sheet writer");
                    }
                    spliced = DeflatedSheets.entry(Arrays.copyOfRange(content, 0, at), deflated,
                            Arrays.copyOfRange(content, at + DATA_MARK.length, content.length));
                }
                try (InputStream compressed = spliced.compressed()) {
                    workbook.addRawArchiveEntry(copied(entry.getName(), ZipEntry.DEFLATED, spliced.crc(),
                            spliced.size(), spliced.compressedSize()), compressed);
                }
            }
            workbook.finish();
        }
    }

    /**
     * A workbook entry as copied: its name, compression, CRC and sizes, and no time. (POI writes none; an entry
     * read back from its zip gets a time before 1980, which a zip keeps only in extra fields, in the reading
     * machine's time zone, and which unzip gives the extracted files.)
     */
    private static ZipArchiveEntry copied(String name, int method, long crc, long size, long compressedSize) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(method);
        entry.setCrc(crc);
        entry.setSize(size);
        entry.setCompressedSize(compressedSize);
        return entry; // no time: the zip stream writes the moment it is written, as any zip tool does
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        return marking ? out -> out.write(DATA_MARK) : super.createSheetInjector(sheet);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Writes text that needs no escaping as it is, into a temporary file of raw deflate data at the fastest
     * level, which the workbook takes as it is (a large report's sheets would otherwise take hundreds of
     * megabytes of temporary space, and be compressed twice).
     */
    static final class PlainTextWriter extends SheetDataWriter {

        /** The sheet's compressed data; set while POI's constructor creates the writer, so no initialiser. */
        private DeflatedSheets.Writer data;

        PlainTextWriter() throws IOException {
            super();
        }

        /** Into the given writer instead of a temporary file. */
        PlainTextWriter(Writer out) throws IOException {
            super(out);
        }

        /**
         * As POI's, but without a lock and an open check on every character written, and encoding to UTF-8
         * itself, a whole text at a time when it is ASCII.
         */
        @Override
        public Writer createWriter(File file) throws IOException {
            FileOutputStream out = new FileOutputStream(file);
            try {
                return new Utf8Writer(decorateOutputStream(out));
            } catch (RuntimeException e) {
                out.close();
                throw e;
            }
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream out) {
            data = new DeflatedSheets.Writer(out);
            return data;
        }

        /** The data, closed: inflated when read, or taken as it is into the workbook. */
        @Override
        protected InputStream decorateInputStream(FileInputStream in) throws IOException {
            in.close();
            return new DeflatedSheets.Data(getTempFile().toPath(), data.crc(), data.length());
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) {
                super.outputEscapedString(s);
            } else if (_out instanceof Utf8Writer utf8 && utf8.writePlainAscii(s)) {
                return;
            } else if (isPlain(s)) {
                _out.write(s);
            } else {
                super.outputEscapedString(s);
            }
        }

        /**
         * A buffered UTF-8 writer for one thread, writing the bytes {@code OutputStreamWriter} writes (a
         * surrogate without its other half as {@code ?}); POI writes its sheets a character or a short text at
         * a time.
         */
        static final class Utf8Writer extends Writer {
            private final OutputStream out;
            private final byte[] buffer = new byte[1 << 16];
            private int used;
            /** A high surrogate written last, waiting for its low half. */
            private char high;
            private boolean closed;

            Utf8Writer(OutputStream out) {
                this.out = out;
            }

            /**
             * Writes the text whole when it is ASCII with nothing POI would escape; otherwise writes nothing and
             * says so.
             */
            boolean writePlainAscii(String s) throws IOException {
                byte[] ascii = s.getBytes(StandardCharsets.ISO_8859_1);
                for (byte b : ascii) {
                    // control characters and all but ASCII ('?' may stand for a character Latin-1 lacks)
                    if (b < ' ' || b == '"' || b == '&' || b == '<' || b == '>' || b == '?') {
                        return false;
                    }
                }
                writeAscii(ascii);
                return true;
            }

            private void writeAscii(byte[] ascii) throws IOException {
                if (high != 0) {
                    pendingHighAlone();
                }
                if (ascii.length > buffer.length - used) {
                    drain();
                    if (ascii.length > buffer.length) {
                        out.write(ascii);
                        return;
                    }
                }
                System.arraycopy(ascii, 0, buffer, used, ascii.length);
                used += ascii.length;
            }

            @Override
            public void write(int c) throws IOException {
                char ch = (char) c;
                if (ch < 0x80 && high == 0) {
                    if (used == buffer.length) {
                        drain();
                    }
                    buffer[used++] = (byte) ch;
                } else {
                    encode(ch);
                }
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                for (int i = offset; i < offset + length; i++) {
                    write(chars[i]);
                }
            }

            @Override
            public void write(String s, int offset, int length) throws IOException {
                if (offset == 0 && length == s.length() && length > 0) {
                    byte[] latin = s.getBytes(StandardCharsets.ISO_8859_1);
                    boolean ascii = true;
                    for (byte b : latin) {
                        if (b < 0 || b == '?') {
                            ascii = false;
                            break;
                        }
                    }
                    if (ascii) {
                        writeAscii(latin);
                        return;
                    }
                }
                for (int i = offset; i < offset + length; i++) {
                    write(s.charAt(i));
                }
            }

            private void encode(char c) throws IOException {
                if (high != 0) {
                    if (Character.isLowSurrogate(c)) {
                        int code = Character.toCodePoint(high, c);
                        high = 0;
                        put(0xF0 | code >> 18, 0x80 | code >> 12 & 0x3F, 0x80 | code >> 6 & 0x3F, 0x80 | code & 0x3F);
                        return;
                    }
                    pendingHighAlone();
                }
                if (c < 0x80) {
                    put(c);
                } else if (c < 0x800) {
                    put(0xC0 | c >> 6, 0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c)) {
                    high = c;
                } else if (Character.isLowSurrogate(c)) {
                    put('?');
                } else {
                    put(0xE0 | c >> 12, 0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F);
                }
            }

            /** A high surrogate followed by anything but its low half is written as {@code ?}. */
            private void pendingHighAlone() throws IOException {
                high = 0;
                put('?');
            }

            private void put(int... bytes) throws IOException {
                if (used + bytes.length > buffer.length) {
                    drain();
                }
                for (int b : bytes) {
                    buffer[used++] = (byte) b;
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
                    if (high != 0) {
                        pendingHighAlone();
                    }
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
