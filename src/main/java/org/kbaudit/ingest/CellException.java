package org.kbaudit.ingest;

import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;

/** A cell that cannot be read, with its place; the loader turns it into a {@link Rejection}. */
final class CellException extends RuntimeException {

    private final transient Provenance where;

    CellException(Provenance where, String message) {
        super(message, null, false, false);
        this.where = where;
    }

    Provenance where() {
        return where;
    }

    Rejection rejection(String context) {
        return Rejection.at(where, context == null ? getMessage() : getMessage() + "; " + context);
    }
}
