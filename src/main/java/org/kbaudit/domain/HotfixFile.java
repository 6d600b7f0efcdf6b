package org.kbaudit.domain;

/**
 * One row of the article's File information table: a file the hotfix installs on a platform.
 *
 * @param filePlatform the file's own platform as the article writes it ({@code x86}, {@code x64}, {@code IA-64})
 * @param dateUtc      the date and time the article gives, in UTC
 */
public record HotfixFile(Platform platform, String name, FileVersion version, long size, String filePlatform,
                         String dateUtc) {

    /** Whether this is the 64-bit system's native copy (not the 32-bit {@code Wnetcfgx.dll}). */
    public boolean isNative() {
        return name.equalsIgnoreCase(KbArticle.NATIVE_FILE);
    }
}
