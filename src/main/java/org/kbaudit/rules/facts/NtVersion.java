package org.kbaudit.rules.facts;

/**
 * The Windows NT version number read from the inventory's {@code osVersion}: {@code 5.2.3790} is
 * major 5, minor 2, build 3790. A build of {@code -1} means the text gave none.
 */
public record NtVersion(int major, int minor, int build, String text) {

    /** Reads the leading {@code major.minor[.build[.revision]]} of a version text; the rest is ignored. */
    public static NtVersion parse(String text) {
        String[] parts = text.strip().split("[^0-9.]", 2)[0].split("\\.");
        int build = parts.length > 2 && !parts[2].isEmpty() ? Integer.parseInt(parts[2]) : -1;
        return new NtVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), build, text.strip());
    }

    public boolean isNt52() {
        return major == 5 && minor == 2;
    }
}
