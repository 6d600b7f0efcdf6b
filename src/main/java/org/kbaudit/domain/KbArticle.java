package org.kbaudit.domain;

import java.util.List;
import java.util.Map;

/**
 * The facts of Microsoft KB907019, in one place, as data. The rules read them as facts of every
 * session; nothing else in the code repeats these numbers.
 *
 * @param id                         {@code KB907019}
 * @param number                     907019
 * @param fixedVersion               the Netcfgx.dll version that carries the fix (File information)
 * @param servicePackWithFix         "first corrected in Windows Server 2003 Service Pack 2" (Status)
 * @param minimumServicePackForHotfix "You must be running Windows Server 2003 SP1 to install this hotfix";
 *                                   "x64-based versions ... do not require this service pack" (Prerequisites)
 * @param replacesOtherHotfixes      "This hotfix does not replace any other hotfixes" (Hotfix replacement information)
 * @param manifest                   the File information tables
 */
public record KbArticle(String id, int number, FileVersion fixedVersion, int servicePackWithFix,
                        Map<Platform, Integer> minimumServicePackForHotfix, boolean replacesOtherHotfixes,
                        List<HotfixFile> manifest) {

    public static final String NATIVE_FILE = "Netcfgx.dll";
    public static final String WOW64_FILE = "Wnetcfgx.dll";

    /** KB907019, revision 8 (10/11/2007). */
    public static final KbArticle KB907019 = kb907019();

    private static KbArticle kb907019() {
        FileVersion fixed = FileVersion.parse("5.2.3790.2520");
        return new KbArticle("KB907019", 907019, fixed, 2,
                Map.of(Platform.X86, 1, Platform.IA64, 1, Platform.X64, 0), false,
                List.of(
                        new HotfixFile(Platform.X86, NATIVE_FILE, fixed, 781_312, "x86", "31-Aug-2005 03:08"),
                        new HotfixFile(Platform.X64, NATIVE_FILE, fixed, 1_354_240, "x64", "31-Aug-2005 03:41"),
                        new HotfixFile(Platform.X64, WOW64_FILE, fixed, 781_312, "x86", "31-Aug-2005 03:41"),
                        new HotfixFile(Platform.IA64, NATIVE_FILE, fixed, 2_104_320, "IA-64", "31-Aug-2005 03:41"),
                        new HotfixFile(Platform.IA64, WOW64_FILE, fixed, 781_312, "x86", "31-Aug-2005 03:41")));
    }

    public List<HotfixFile> filesFor(Platform platform) {
        return manifest.stream().filter(f -> f.platform() == platform).toList();
    }
}
