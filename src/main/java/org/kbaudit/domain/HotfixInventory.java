package org.kbaudit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The installed-hotfix list of a server, as far as the inventory knows it. A server whose inventory
 * says nothing about hotfixes has no {@code HotfixInventory} at all (unknown); an empty one means
 * "none installed".
 *
 * <p>A list is <em>complete</em> only when its absence of an entry proves something (VERDICTS.md 3.5):
 * it is not complete when it holds placeholders such as {@code File 1} (Windows Server 2003's
 * systeminfo prints those for updates it cannot name), when it is shorter than the count its source
 * announced ("352 Hotfix(s) Installed."), or when a tabular list holds {@value #POSSIBLY_CUT_AT} or more
 * entries (exports cut such lists).
 *
 * @param entries           the entries as given, trimmed
 * @param complete          whether a missing entry proves absence
 * @param incompleteBecause why not complete, {@code null} when complete
 */
public record HotfixInventory(List<String> entries, boolean complete, String incompleteBecause) {

    public static final int POSSIBLY_CUT_AT = 200;
    /** The pattern of a mention, by article number, compiled once. */
    private static final Map<Integer, Pattern> MENTION = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)file\\s*\\d+");
    /**
     * A {@code Win32_QuickFixEngineering} object as PowerShell writes it into text ({@code Export-Csv}, or
     * {@code ConvertTo-Json} past its depth): {@code @{HotFixID=KB907019}}, or with more properties after a
     * {@code ;}. Its id is the entry.
     */
    private static final Pattern POWERSHELL_OBJECT = Pattern.compile("(?is)@\\{\\s*hotfixid\\s*=([^;}]*)[;}].*");

    public HotfixInventory {
        entries = List.copyOf(entries);
    }

    /**
     * A list from a table cell or JSON array.
     */
    public static HotfixInventory listed(List<String> entries) {
        return assess(entries, null);
    }

    /**
     * A list whose source announced how many entries there are (systeminfo's "N Hotfix(s) Installed.").
     */
    public static HotfixInventory announced(List<String> entries, int announcedCount) {
        return assess(entries, announcedCount);
    }

    private static HotfixInventory assess(List<String> raw, Integer announcedCount) {
        List<String> entries = new ArrayList<>(raw.size());
        for (String entry : raw) {
            String e = entry.strip();
            if (e.startsWith("@{")) {
                Matcher object = POWERSHELL_OBJECT.matcher(e);
                e = object.matches() ? object.group(1).strip() : e;
            }
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        long placeholders = 0;
        for (String e : entries) {
            if (e.regionMatches(true, 0, "file", 0, 4) && PLACEHOLDER.matcher(e).matches()) {
                placeholders++;
            }
        }
        if (placeholders > 0) {
            return new HotfixInventory(entries, false,
                    placeholders + " placeholder entr" + (placeholders == 1 ? "y" : "ies")
                            + " such as 'File 1' stand for updates the source could not name");
        }
        if (announcedCount != null && announcedCount > entries.size()) {
            return new HotfixInventory(entries, false,
                    "the list announces " + announcedCount + " hotfixes but names " + entries.size());
        }
        if (announcedCount == null && entries.size() >= POSSIBLY_CUT_AT) {
            return new HotfixInventory(entries, false,
                    "a list of " + entries.size() + " entries may have been cut by the export");
        }
        return new HotfixInventory(entries, true, null);
    }

    /**
     * Whether an entry names the given article: {@code KB907019}, {@code Q907019} or {@code 907019},
     * case-insensitive, also with a suffix such as {@code -v2}, {@code v2} or {@code " - Update"}, or inside
     * a title such as {@code Hotfix for Windows Server 2003 (KB907019)}; never as part of a longer number.
     */
    public boolean mentions(int articleNumber) {
        Pattern p = MENTION.computeIfAbsent(articleNumber,
                n -> Pattern.compile("(?<![0-9A-Z])(?:KB|Q)?" + n + "(?![0-9])"));
        String number = Integer.toString(articleNumber);
        for (String e : entries) {
            if (e.contains(number) && p.matcher(e.toUpperCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }
}
