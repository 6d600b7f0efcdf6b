package org.kbaudit.ingest;

/** A sheet or CSV file whose layout kbaudit cannot read (no host column, no usable sheet). */
class TableLayoutException extends InventoryFormatException {

    TableLayoutException(String message) {
        super(message);
    }
}
