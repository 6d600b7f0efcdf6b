package org.kbaudit.report;

import org.kbaudit.domain.KbauditException;

/** A JSON report that cannot be read: the message names the file, line and column. */
public class ReportFormatException extends KbauditException {

    public ReportFormatException(String message) {
        super(message);
    }

    public ReportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
