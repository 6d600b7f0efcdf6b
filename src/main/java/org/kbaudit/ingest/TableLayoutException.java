package org.kbaudit.ingest;

/**
 * A sheet or CSV file whose layout kbaudit cannot read (no host column, no usable sheet), with the best
 * place there is for it: a header row ({@code sheet 'Summary', row 1}, {@code line 1}), a sheet, or
 * nothing but the file.
 */
class TableLayoutException extends InventoryFormatException {

    private final String location;

    TableLayoutException(String message) {
        this("", message);
    }

    TableLayoutException(String location, String message) {
        super(message);
        this.location = location == null ? "" : location;
    }

    String location() {
        return location;
    }

    /** A sheet or file with no row at all: nothing in it to account for. */
    static final class Empty extends TableLayoutException {
        Empty(String location, String message) {
            super(location, message);
        }
    }
}
