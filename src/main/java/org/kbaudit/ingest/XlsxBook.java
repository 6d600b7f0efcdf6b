package org.kbaudit.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.kbaudit.io.ReadAheadInputStream;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx workbook read as a stream (POI's event API): one row at a time, never the whole sheet in
 * memory. POI's defences stay at their defaults: zip-bomb limits, and XML parsers that refuse DOCTYPEs.
 */
final class XlsxBook implements SheetBook {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> strings;
    private final StylesTable styles;
    private final String source;
    private final List<String> names;
    private final Set<String> hidden;

    XlsxBook(File file, String source) throws IOException {
        this.source = source;
        try {
            this.pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            this.reader = new XSSFReader(pkg);
            try (InputStream shared = sharedStringsPart(reader)) {
                this.strings = XlsxSharedStrings.read(shared);
            }
            this.styles = reader.getStylesTable();
            this.names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            try (InputStream workbook = reader.getWorkbookData()) {
                this.hidden = hiddenSheets(workbook);
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            pkg.revert();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public boolean hidden(String name) {
        return hidden.contains(name);
    }

    /** The names of the sheets the workbook part marks {@code hidden} or {@code veryHidden}. */
    private static Set<String> hiddenSheets(InputStream workbook) throws IOException, SAXException,
            ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        XMLReader parser = XmlParts.newReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String state = attributes.getValue("state");
                if (localName.equals("sheet") && state != null && !state.equals("visible")) {
                    hidden.add(attributes.getValue("name"));
                }
            }
        });
        parser.parse(new InputSource(workbook));
        return hidden;
    }

    @Override
    public TableSheet sheet(String name) {
        return new WorkbookSheet(source, name) {
            @Override
            public void rows(Consumer<TableRow> consumer) throws IOException {
                if (merges == null) {
                    // the merged regions come after the rows: a pass that reads no cell finds them first, when
                    // the sheet's bytes name any at all
                    merges = mayMerge(name) ? read(name, row -> { }, ColumnFocus.none(), null) : MergedCells.of(List.of());
                }
                merging = merges.pass();
                try {
                    read(name, consumer, new ColumnFocus(), merging);
                } finally {
                    merging = null;
                }
            }

            @Override
            public void rows(Consumer<TableRow> consumer, ColumnFocus focus) throws IOException {
                MergedCells found = read(name, consumer, focus, null);
                if (merges == null) {
                    merges = found;
                }
            }
        };
    }

    /** The bytes every merged region's element name holds, whatever its namespace prefix. */
    private static final byte[] MERGE_CELL = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Whether the sheet's XML holds the word {@code mergeCell} anywhere: a search of its bytes, several times
     * cheaper than parsing them. Without it, the sheet has no merged region. A part that cannot be read says
     * yes, so that the parsing pass reports the damage as it always has.
     */
    private boolean mayMerge(String name) {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream part = sheets.next()) {
                    if (sheets.getSheetName().equals(name)) {
                        return contains(part, MERGE_CELL);
                    }
                }
            }
            return false;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Whether the stream's bytes hold the (ASCII, no repeated first byte, longer than two bytes) word, read to
     * the end or to it; yes for text in UTF-16, where an ASCII search cannot tell.
     */
    static boolean contains(InputStream in, byte[] word) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int matched = 0;
        byte[] start = in.readNBytes(2);
        if (start.length == 2 && (start[0] == 0 || start[1] == 0 || (start[0] & 0xFF) >= 0xFE)) {
            return true; // UTF-16 (a byte-order mark, or a zero byte beside the '<'): the word is not in ASCII
        }
        for (int i = 0; i < start.length; i++) {
            matched = start[i] == word[matched] ? matched + 1 : start[i] == word[0] ? 1 : 0;
        }
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == word[matched]) {
                    if (++matched == word.length) {
                        return true;
                    }
                } else {
                    matched = b == word[0] ? 1 : 0;
                }
            }
        }
        return false;
    }

    /** Reads the sheet's rows (merged regions filled in by the pass, if any); its merged regions. */
    private MergedCells read(String name, Consumer<TableRow> consumer, ColumnFocus focus, MergedCells.Pass merging)
            throws IOException {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                InputStream part = sheets.next();
                if (!sheets.getSheetName().equals(name)) {
                    part.close();
                    continue;
                }
                try (InputStream in = new ReadAheadInputStream(part)) {
                    XMLReader parser = XmlParts.newReader();
                    XlsxSheetHandler handler = new XlsxSheetHandler(strings, styles, new CellText(), consumer, focus,
                            merging);
                    parser.setContentHandler(handler);
                    try {
                        parser.parse(new InputSource(in));
                    } catch (SAXParseException e) {
                        if (WorkbookFailures.readingFailed(e)) {
                            throw new IOException(e.getMessage(), e); // the bytes, not the XML: a damaged zip
                        }
                        throw new WorkbookFailures.DamagedPart("sheet '" + name + "', XML line " + e.getLineNumber()
                                + ", column " + e.getColumnNumber(), e.getMessage(), e);
                    }
                    return MergedCells.of(handler.mergeReferences());
                }
            }
            return MergedCells.of(List.of());
        } catch (SAXException | ParserConfigurationException | OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** The shared-strings part, or {@code null} when the workbook has none. */
    private static InputStream sharedStringsPart(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (OpenXML4JException | IllegalArgumentException e) {
            return null;
        }
    }
}
