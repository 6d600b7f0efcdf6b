package org.kbaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import org.kbaudit.domain.OwnReports;
import org.kbaudit.domain.Rejection;

/**
 * Spreadsheet inventories: .xlsx (streamed) and legacy .xls, told apart by their content rather than
 * their name. The layout comes from the sheets present: {@code Servers} and {@code Adapters} sheets make
 * the two-sheet layout; otherwise the {@code Servers} sheet, or else the first sheet, is read flat. A file
 * that cannot be read as a workbook at all (not a workbook, encrypted, damaged, refused by POI's zip-bomb
 * or XML defences) is one rejection naming the file, with the reason in plain words. kbaudit's own workbook,
 * recognised by its sheets, is rejected as a report rather than read.
 */
public final class WorkbookInventoryFormat implements InventoryFormat {

    static final String SERVERS = "Servers";
    static final String ADAPTERS = "Adapters";

    @Override
    public String name() {
        return "workbook";
    }

    @Override
    public boolean recognises(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) {
        CountingSink counting = new CountingSink(sink);
        try (SheetBook book = open(file, displayName)) {
            readLayout(book, counting);
        } catch (CountingSink.SinkFailed e) {
            throw e.rethrow();
        } catch (TableLayoutException e) {
            sink.reject(new Rejection(displayName, "", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            sink.reject(new Rejection(displayName, WorkbookFailures.location(e),
                    WorkbookFailures.explain(e, file, displayName) + counting.kept()));
        }
    }

    private static void readLayout(SheetBook book, RecordSink sink) throws IOException {
        List<String> names = book.sheetNames();
        if (OwnReports.isWorkbookReport(names)) {
            throw new TableLayoutException(OwnReports.NOT_AN_INVENTORY);
        }
        Optional<String> servers = named(names, SERVERS);
        Optional<String> adapters = named(names, ADAPTERS);
        if (servers.isPresent() && adapters.isPresent()) {
            TableLoader.twoSheets(book.sheet(servers.get()), book.sheet(adapters.get()), sink);
        } else if (servers.isPresent()) {
            TableLoader.flat(book.sheet(servers.get()), sink);
        } else if (!names.isEmpty()) {
            TableLoader.flat(book.sheet(names.get(0)), sink);
        } else {
            throw new TableLayoutException("the workbook has no sheets");
        }
    }

    private static Optional<String> named(List<String> names, String wanted) {
        return names.stream().filter(n -> n.strip().equalsIgnoreCase(wanted)).findFirst();
    }

    private static SheetBook open(Path file, String displayName) throws IOException {
        if (Files.size(file) == 0) {
            throw new WorkbookFailures.NotAWorkbook("not a workbook: the file is empty");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OOXML) {
            return new XlsxBook(file.toFile(), displayName);
        }
        if (magic == FileMagic.OLE2) {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            try {
                if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                    throw new EncryptedDocumentException("encrypted OOXML package");
                }
                if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                        && !fs.getRoot().hasEntry("Book")) {
                    throw new WorkbookFailures.NotAWorkbook(
                            "not a workbook: an Office (OLE2) file without a workbook stream, such as a Word document");
                }
                return new XlsBook(fs, displayName);
            } catch (IOException | RuntimeException e) {
                fs.close();
                throw e;
            }
        }
        throw new WorkbookFailures.NotAWorkbook("not a workbook: the file is neither an Excel .xlsx (zip) nor a legacy "
                + ".xls (OLE2) file" + (magic == FileMagic.UNKNOWN ? "" : "; its content looks like " + magic));
    }
}
