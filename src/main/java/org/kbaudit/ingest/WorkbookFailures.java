package org.kbaudit.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;

/** Why a workbook could not be read, in a user's words rather than a stack trace. */
final class WorkbookFailures {

    private static final Pattern ZIP_ENTRY = Pattern.compile("Entry: (\\S+)");
    /** How the XML parser reports {@code &name;} for a name XML does not define (it reads no DTD). */
    private static final Pattern UNDECLARED_ENTITY =
            Pattern.compile("General entity reference \\((&[A-Za-z_][A-Za-z0-9_.-]{0,63};)\\)");

    private WorkbookFailures() {
    }

    /** A part of the workbook (a sheet's XML) that is not well-formed, and where. */
    static final class DamagedPart extends java.io.IOException {
        private final String location;

        DamagedPart(String location, String message, Throwable cause) {
            super(message, cause);
            this.location = location;
        }
    }

    /** Whether the XML parser failed because reading its bytes failed (an inflater's error, say). */
    static boolean readingFailed(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** Where in the workbook the failure is ({@code sheet 'Servers', XML line 3, column 17}), or nothing. */
    static String location(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DamagedPart part) {
                return part.location;
            }
        }
        return "";
    }

    /** A file that is not a workbook of any kind kbaudit reads. */
    static final class NotAWorkbook extends java.io.IOException {
        NotAWorkbook(String message) {
            super(message);
        }
    }

    static String explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof NotAWorkbook) {
                return message;
            }
            Matcher entity = UNDECLARED_ENTITY.matcher(message);
            if (entity.find()) {
                return "the workbook is damaged: its XML uses an entity (" + entity.group(1)
                        + ") that XML does not define";
            }
            if (message.startsWith("General entity reference")) {
                return "the workbook is damaged: its XML has an '&' that starts no entity"
                        + " (XML writes a lone & as &amp;)";
            }
            if (t instanceof EncryptedDocumentException) {
                return "the workbook is encrypted (password-protected): kbaudit cannot read it; "
                        + "save an unprotected copy and audit that";
            }
            if (message.contains("Zip bomb detected")) {
                Matcher entry = ZIP_ENTRY.matcher(message);
                return "refused: the workbook would expand far beyond its size on disk (zip-bomb defence"
                        + (entry.find() ? ", entry " + entry.group(1) : "") + ")";
            }
            if (message.contains("DOCTYPE")) {
                return "refused: the workbook's XML declares a DOCTYPE, which can smuggle in external entities";
            }
            if (t instanceof OldFileFormatException) {
                return "the workbook is in an old Excel format (Excel 95 or earlier): save it as .xlsx";
            }
            if (t instanceof NotOfficeXmlFileException) {
                return "not a workbook: the zip file holds no Excel workbook";
            }
            if (t instanceof java.util.zip.ZipException) {
                return "the workbook is damaged (corrupt zip container): " + firstLine(message);
            }
            if (t instanceof DamagedPart) {
                return "the workbook is damaged: the sheet's XML is not well-formed: " + firstLine(message);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return "the workbook is damaged or not a workbook: "
                + (message == null || message.isBlank() ? root.getClass().getSimpleName() : firstLine(message));
    }

    /** The explanation with the file's full path (as POI quotes it) shortened to the name the user gave. */
    static String explain(Throwable failure, java.nio.file.Path file, String displayName) {
        String text = explain(failure);
        for (String path : new String[] {file.toAbsolutePath().toString(), file.toString()}) {
            text = text.replace(path, displayName);
        }
        return text;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
