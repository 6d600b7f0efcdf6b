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
 * the two-sheet layout (any other sheet with rows is a rejection naming it); otherwise every visible sheet
 * with a host column is read flat, in workbook order. Hidden sheets are never read, and each one with rows
 * is a rejection, as is a sheet without a host column. A file
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
            sink.reject(new Rejection(displayName, e.location(), e.getMessage()));
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
        if (names.isEmpty()) {
            throw new TableLayoutException("the workbook has no sheets");
        }
        List<String> visible = names.stream().filter(n -> !book.hidden(n)).toList();
        Optional<String> servers = named(visible, SERVERS);
        Optional<String> adapters = named(visible, ADAPTERS);
        if (servers.isPresent() && adapters.isPresent()) {
            TableLoader.twoSheets(book.sheet(servers.get()), book.sheet(adapters.get()), sink);
            for (String name : names) {
                if (!name.equals(servers.get()) && !name.equals(adapters.get())) {
                    notRead(book, name, "the workbook has " + SERVERS + " and " + ADAPTERS
                            + " sheets, and only they are read", sink);
                }
            }
        } else if (servers.isPresent() != adapters.isPresent()
                && named(names, SERVERS).isPresent() && named(names, ADAPTERS).isPresent()) {
            // a Servers/Adapters pair with one of them hidden: the visible one is half of a server's data
            String hiddenOne = servers.isPresent() ? adapters.orElse(named(names, ADAPTERS).get())
                    : named(names, SERVERS).get();
            for (String name : names) {
                notRead(book, name, name.equals(servers.orElse(null)) || name.equals(adapters.orElse(null))
                        ? "its partner sheet '" + hiddenOne + "' is hidden, and half of each server's data cannot be"
                                + " audited (unhide '" + hiddenOne + "')"
                        : "the workbook has " + SERVERS + " and " + ADAPTERS + " sheets, and only they are read", sink);
            }
        } else {
            readFlatSheets(book, names, sink);
        }
    }

    /**
     * Without a Servers/Adapters pair, every visible sheet with a host column is read flat, in workbook
     * order. A hidden sheet, or one without a host column, is a rejection naming the sheet; an empty sheet
     * holds nothing to account for, unless no sheet has any row.
     */
    private static void readFlatSheets(SheetBook book, List<String> names, RecordSink sink) throws IOException {
        TableLayoutException.Empty firstEmpty = null;
        boolean anyRows = false;
        for (String name : names) {
            if (book.hidden(name)) {
                anyRows |= notRead(book, name, null, sink);
                continue;
            }
            TableSheet sheet = book.sheet(name);
            try {
                TableLoader.flat(sheet, sink);
                anyRows = true;
            } catch (TableLayoutException.Empty e) {
                firstEmpty = firstEmpty == null ? e : firstEmpty;
            } catch (TableLayoutException e) {
                anyRows = true;
                sink.reject(new Rejection(sheet.source(), e.location(), e.getMessage() + "; the sheet is not read"));
            }
        }
        if (!anyRows && firstEmpty != null) {
            throw firstEmpty;
        }
    }

    /** Rejects a sheet that is not read (for being hidden, or else for {@code why}) when it has rows; whether it had any. */
    private static boolean notRead(SheetBook book, String name, String why, RecordSink sink) throws IOException {
        TableSheet sheet = book.sheet(name);
        if (!TableLoader.hasRows(sheet)) {
            return false;
        }
        sink.reject(new Rejection(sheet.source(), sheet.place(), sheet.describe() + " is not read: "
                + (book.hidden(name) ? "it is hidden (unhide it to audit its rows)" : why)));
        return true;
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
