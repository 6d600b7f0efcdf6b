package org.kbaudit.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A file of the hotfix as found on the server ({@code Netcfgx.dll}, {@code Wnetcfgx.dll}).
 *
 * @param name    the file's name; a full path given as the name ({@code C:\WINDOWS\system32\netcfgx.dll}, as a WMI
 *                query of {@code CIM_DataFile} gives it) is read as its last part, and becomes the path when none
 *                is given
 * @param version its file version
 * @param size    its size in bytes, or {@code null}
 * @param path    where it was found (the file's full path, or its folder), or {@code null}
 */
public record InstalledFile(String name, FileVersion version, Long size, String path) {

    public InstalledFile {
        Objects.requireNonNull(name, "file name");
        Objects.requireNonNull(version, "file version");
        String base = lastPart(name);
        if (!base.isEmpty() && !base.equals(name.strip())) {
            path = path == null || path.isBlank() ? name.strip() : path;
            name = base;
        }
    }

    /**
     * Whether this is the copy of the article's file {@code fileName} that Windows loads (VERDICTS.md 3: "what is
     * actually loaded"). Without a path, the name decides. With one, the folder does too:
     * <ul>
     * <li>the article's {@code Wnetcfgx.dll} (x64 and Itanium) is the 32-bit copy, which the hotfix installs as
     *     {@code Netcfgx.dll} in {@code SysWOW64}: a {@code Netcfgx.dll} there is that copy, not the native one
     *     (as a {@code SysWOW64 Netcfgx.dll Version} column is);</li>
     * <li>a copy in any folder other than {@code system32} or {@code SysWOW64} is not loaded and is neither file:
     *     the hotfix's uninstall backup ({@code $NtUninstallKB907019$}) keeps the old version on a patched server,
     *     and {@code dllcache}, {@code ServicePackFiles} or a setup share only hold copies.</li>
     * </ul>
     */
    public boolean isLoadedCopyOf(String fileName) {
        String folder = folder();
        if (folder != null && !folder.equals("system32") && !folder.equals("syswow64")) {
            return false;
        }
        if ("syswow64".equals(folder) && name.equalsIgnoreCase(KbArticle.NATIVE_FILE)) {
            return fileName.equalsIgnoreCase(KbArticle.WOW64_FILE);
        }
        return name.equalsIgnoreCase(fileName);
    }

    /** The folder the path names, in lower case: the path's last part, or the one before it when that is the file. */
    private String folder() {
        if (path == null || path.isBlank()) {
            return null;
        }
        String trimmed = path.strip().replace('/', '\\');
        while (trimmed.endsWith("\\")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String last = lastPart(trimmed);
        if (last.equalsIgnoreCase(name) && trimmed.length() > last.length()) {
            String parent = trimmed.substring(0, trimmed.length() - last.length() - 1);
            last = lastPart(parent);
        }
        return last.isEmpty() ? null : last.toLowerCase(Locale.ROOT);
    }

    /** What follows the last {@code \} or {@code /}, stripped. */
    private static String lastPart(String text) {
        String stripped = text.strip();
        int cut = Math.max(stripped.lastIndexOf('\\'), stripped.lastIndexOf('/'));
        return stripped.substring(cut + 1).strip();
    }
}
