package org.kbaudit.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file as rows: UTF-8 with or without a byte-order mark (a file that is not valid UTF-8 is read as
 * Windows-1252, what Excel writes for "CSV", or as the OEM code page 850 of {@code systeminfo /FO CSV > hosts.csv}
 * in cmd.exe when that spells systeminfo's accented headers right), or UTF-16 (with a mark, as PowerShell's {@code Export-Csv} and
 * redirection write it, or little-endian without one), comma, semicolon or tab separated (whichever appears most
 * often outside quotes in the first line that has one), quoted fields with separators and line breaks. Places are
 * {@code line 17 (Driver)}: the line a record starts on and the column's header.
 */
final class CsvSheet implements TableSheet {

    private static final int SNIFF_BYTES = 64 * 1024;

    private final Path file;
    private final String source;

    CsvSheet(Path file, String source) {
        this.file = file;
        this.source = source;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String describe() {
        return "the CSV file " + file.getFileName();
    }

    @Override
    public String place() {
        return "";
    }

    @Override
    public String place(int row) {
        return "line " + row;
    }

    @Override
    public String cell(int row, int column, String header) {
        return "line " + row + " (" + (header == null || header.isEmpty() ? "column " + (column + 1) : header) + ")";
    }

    @Override
    public String row(int row, int hostColumn) {
        return "line " + row;
    }

    @Override
    public void rows(Consumer<TableRow> consumer) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES + 16)) {
            in.mark(SNIFF_BYTES + 8);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            ByteOrderMark bom = ByteOrderMark.of(head);
            int skip = bom == null ? 0 : bom.length();
            in.skipNBytes(skip);
            Charset charset = charset(bom, head);
            char delimiter = delimiter(new String(head, skip, head.length - skip, charset));
            Reader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            try (CSVParser parser = format.parse(reader)) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    long before = parser.getCurrentLineNumber();
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    consumer.accept(new TableRow((int) before + 1, cells));
                }
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * The mark's encoding; else UTF-16LE when most odd bytes are zero, UTF-8 when valid, else Windows-1252 or
     * code page 850 as {@link SysteminfoText#westernOrOem} tells them apart.
     */
    private static Charset charset(ByteOrderMark bom, byte[] head) {
        if (bom != null) {
            return bom.charset();
        }
        if (SysteminfoText.looksUtf16Le(head)) {
            return StandardCharsets.UTF_16LE;
        }
        return isUtf8(head) ? StandardCharsets.UTF_8 : SysteminfoText.westernOrOem(head);
    }

    static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        // Not the end of input: a character cut by the sniffing window is not an error.
        return !decoder.decode(ByteBuffer.wrap(bytes), out, false).isError();
    }

    /**
     * The separator of the first line that has one (a title line above the header, such as the {@code #TYPE}
     * line of PowerShell's {@code Export-Csv}, is passed over): comma, semicolon or tab, counted outside
     * quotes; comma on a tie, or when none of the first lines has any.
     */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        int lines = 0;
        boolean content = false; // whether the line so far is more than white space: blank lines are no title rows
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            content |= !Character.isWhitespace(c);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (!crlf && content && ++lines > TableLoader.TITLE_ROWS) {
                    break;
                }
                content = crlf && content;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
