package org.kbaudit.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx workbook read as a stream (POI's event API): one row at a time, never the whole sheet in
 * memory. POI's defences stay at their defaults: zip-bomb limits, and XML parsers that refuse DOCTYPEs.
 */
final class XlsxBook implements SheetBook {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final String source;
    private final List<String> names;

    XlsxBook(File file, String source) throws IOException {
        this.source = source;
        try {
            this.pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            this.reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg, false);
            this.styles = reader.getStylesTable();
            this.names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            pkg.revert();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public TableSheet sheet(String name) {
        return new WorkbookSheet(source, name) {
            @Override
            public void rows(Consumer<TableRow> consumer) throws IOException {
                read(name, consumer);
            }
        };
    }

    private void read(String name, Consumer<TableRow> consumer) throws IOException {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (sheets.getSheetName().equals(name)) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                                new RowCollector(consumer), new CellText(), false));
                        parser.parse(new InputSource(in));
                        return;
                    }
                }
            }
        } catch (SAXException | ParserConfigurationException | OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Gathers the sparse cell events of a row into one {@link TableRow}. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<TableRow> consumer;
        private final List<String> cells = new ArrayList<>();
        private int column = -1;

        RowCollector(Consumer<TableRow> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            consumer.accept(new TableRow(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            if (cells.size() == column) {
                cells.add(value);
            } else {
                cells.set(column, value);
            }
        }
    }
}
