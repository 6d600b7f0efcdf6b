package org.kbaudit.domain;

/**
 * The root of every failure kbaudit reports to its user. Subclasses name what failed; messages name
 * the file and the position, so that the command line can print them as one line.
 */
public class KbauditException extends RuntimeException {

    public KbauditException(String message) {
        super(message);
    }

    public KbauditException(String message, Throwable cause) {
        super(message, cause);
    }
}
