package org.kbaudit.audit;

import java.util.Locale;

/**
 * A host name as the audit compares it: without the white space around it, without the final dot of an
 * absolute DNS name ({@code web01.corp.example.com.}) and in lower case.
 */
final class HostName {

    private HostName() {
    }

    /** The form two names of one host share. */
    static String key(String host) {
        String name = host.strip();
        if (name.length() > 1 && name.charAt(name.length() - 1) == '.') {
            name = name.substring(0, name.length() - 1);
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
