package org.kbaudit.report;

import org.kbaudit.domain.KbauditException;

/** A report that cannot be written where it was asked for: the message names the path and why. */
public class ReportWriteException extends KbauditException {

    public ReportWriteException(String message) {
        super(message);
    }

    public ReportWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
