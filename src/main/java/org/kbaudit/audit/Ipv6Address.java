package org.kbaudit.audit;

/**
 * An IPv6 address as RFC 5952 writes it, the one text of the many an address has ({@code fe80::1},
 * {@code FE80:0:0:0:0:0:0:1}, {@code fe80:0000::0001}): hexadecimal in lower case without leading zeros, the
 * longest run of two zero groups or more (the first of equal runs) as {@code ::}, and an IPv4 address written
 * in the last two groups ({@code ::ffff:10.0.0.5}) in hexadecimal like them.
 */
final class Ipv6Address {

    private static final int GROUPS = 8;

    private Ipv6Address() {
    }

    /** That text in the canonical form, its zone ({@code %11}) kept as it is; itself when it is no IPv6 address. */
    static String canonical(String text) {
        int zone = text.indexOf('%');
        int[] groups = groups(zone < 0 ? text : text.substring(0, zone));
        return groups == null ? text : written(groups) + (zone < 0 ? "" : text.substring(zone));
    }

    /** The eight groups of an address, or {@code null} when it is none. */
    private static int[] groups(String address) {
        int gap = address.indexOf("::");
        if (address.indexOf(':') < 0 || gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = gap < 0 ? parts(address) : parts(address.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : parts(address.substring(gap + 2));
        if (head == null || tail == null || (gap < 0 ? head.length != GROUPS : head.length + tail.length >= GROUPS)) {
            return null;
        }
        int[] groups = new int[GROUPS];
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, GROUPS - tail.length, tail.length);
        return groups;
    }

    /** The groups of colon-separated text, the last of which may be an IPv4 address (two groups), or null. */
    private static int[] parts(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int[] ipv4 = ipv4(parts[parts.length - 1]);
        int[] groups = new int[parts.length + (ipv4 == null ? 0 : 1)];
        for (int i = 0; i < parts.length - (ipv4 == null ? 0 : 1); i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            for (int j = 0; j < part.length(); j++) {
                if (Character.digit(part.charAt(j), 16) < 0 || part.charAt(j) >= 0x80) {
                    return null;
                }
            }
            groups[i] = Integer.parseInt(part, 16);
        }
        if (ipv4 != null) {
            groups[groups.length - 2] = ipv4[0];
            groups[groups.length - 1] = ipv4[1];
        }
        return groups;
    }

    /** The two groups of a dotted IPv4 address, or {@code null} when the text is none. */
    private static int[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return null;
            }
            value = value << 8 | Integer.parseInt(part);
        }
        return new int[] {value >>> 16, value & 0xffff};
    }

    private static String written(int[] groups) {
        int runStart = -1;
        int runLength = 1;
        for (int i = 0; i < GROUPS; i++) {
            int j = i;
            while (j < GROUPS && groups[j] == 0) {
                j++;
            }
            if (j - i > runLength) {
                runStart = i;
                runLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < GROUPS; i++) {
            if (i == runStart) {
                text.append("::");
                i += runLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
