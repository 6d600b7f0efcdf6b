package org.kbaudit.ingest;

import org.kbaudit.domain.KbauditException;

/** An input that cannot be read as an inventory at all (the message names file and position). */
public class InventoryFormatException extends KbauditException {

    public InventoryFormatException(String message) {
        super(message);
    }

    public InventoryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
