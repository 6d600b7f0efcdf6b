package org.kbaudit.audit;

import java.util.Locale;

/**
 * A host name as the audit compares it: without the white space around it, without the final dot of an
 * absolute DNS name ({@code web01.corp.example.com.}) and in lower case.
 *
 * <p>A DNS name of two labels or more ({@code web01.corp.example.com}) also has a short name, its first
 * label ({@code web01}): the NetBIOS name that {@code systeminfo} and SCCM give for the same server. An IP
 * address is no DNS name (no top-level domain is all digits, and IPv6 has colons), nor is a name with white
 * space or an empty label. An IPv6 address is keyed in its one canonical form ({@link Ipv6Address}), so that
 * {@code fe80::1} and {@code FE80:0:0:0:0:0:0:1} are one host.
 */
final class HostName {

    private HostName() {
    }

    /** The form two names of one host share. */
    static String key(String host) {
        String name = stripped(host);
        if (name.length() > 1 && name.charAt(name.length() - 1) == '.') {
            name = name.substring(0, name.length() - 1);
        }
        String key = caseFolded(name);
        return key.indexOf(':') < 0 ? key : Ipv6Address.canonical(key);
    }

    /**
     * Without the white space around it, no-break spaces too (U+00A0, U+2007, U+202F: a name copied from a
     * web page or a spreadsheet brings them along, and the table loaders read them as spaces).
     */
    private static String stripped(String host) {
        int start = 0;
        int end = host.length();
        while (start < end && isSpace(host.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(host.charAt(end - 1))) {
            end--;
        }
        return host.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * In lower case as Windows compares names, each character on its own: upper-cased, then lower-cased. Names
     * whose case a Turkish culture changed stay the same name ({@code ISTANBUL-DC01} lower-cased there is
     * {@code ıstanbul-dc01}, {@code istanbul-dc01} upper-cased is {@code İSTANBUL-DC01}), which
     * {@code toLowerCase} alone keeps apart (and turns {@code İ} into two characters).
     */
    private static String caseFolded(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                StringBuilder folded = new StringBuilder(name.length());
                name.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
                return folded.toString();
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Where the short name of a key ends (the index of its first dot) when the key is a DNS name of two labels
     * or more, else -1.
     */
    static int shortNameEnd(String key) {
        int firstDot = -1;
        int labelStart = 0;
        boolean digitsOnly = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.') {
                if (i == labelStart) {
                    return -1;
                }
                if (firstDot < 0) {
                    firstDot = i;
                }
                labelStart = i + 1;
                digitsOnly = true;
            } else if (c == ':' || c <= ' ' || c >= 0x80 && isSpace(c)) {
                return -1;
            } else {
                digitsOnly &= c >= '0' && c <= '9';
            }
        }
        return firstDot < 0 || labelStart == key.length() || digitsOnly ? -1 : firstDot;
    }

    /** Whether a key is one label, which may be the short name of a DNS name. */
    static boolean isOneLabel(String key) {
        return !key.isEmpty() && key.indexOf('.') < 0;
    }
}
