package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.Vlan;

/**
 * The cell- and field-level conventions of INVENTORY.md, shared by every loader so that one inventory
 * means the same whatever its format. Each parser throws {@link IllegalArgumentException} with a message
 * that names the valid values; the loader adds the position.
 */
public final class FieldValues {

    /** An entry of a list separated by white space: a {@code File 1} placeholder stays one entry. */
    private static final Pattern VLAN_ID = Pattern.compile("\\d{1,4}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+\\.0+");
    private static final Pattern WHITE_SPACE_ENTRY = Pattern.compile("(?i)file\\s*\\d+|\\S+");
    /**
     * What PowerShell writes for a list it does not write out: {@code Export-Csv} of an array property, or
     * {@code ConvertTo-Json} past its depth, gives the type's name ({@code System.Object[]}).
     */
    private static final Pattern TYPE_NAME = Pattern.compile("System(\\.\\w+)+(`\\d+)?(\\[[\\w.,`\\[\\] ]*\\])?");
    private static final Set<String> TRUE = Set.of("yes", "y", "true", "1", "x", "on");
    private static final Set<String> FALSE = Set.of("no", "n", "false", "0", "off", "");

    private FieldValues() {
    }

    /**
     * {@code yes}/{@code no}, {@code true}/{@code false}, {@code 1}/{@code 0}, {@code x}/empty
     * (case-insensitive). {@code null} gives {@code null} (not said).
     */
    public static Boolean bool(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(t)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(t)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + text + "' is not a yes/no value (yes, no, true, false, 1, 0, x)");
    }

    /** VLAN ids separated by {@code ,}, {@code ;} or white space; each 1-4094. Blank gives an empty list. */
    public static List<Vlan> vlans(String text) {
        List<Vlan> vlans = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return vlans;
        }
        for (String part : text.strip().split("[,;\\s]+")) {
            vlans.add(vlan(part));
        }
        return vlans;
    }

    /** One VLAN id; a spreadsheet number such as {@code 10.0} is accepted. */
    public static Vlan vlan(String text) {
        String t = text.strip();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        if (!VLAN_ID.matcher(t).matches()) {
            throw new IllegalArgumentException("VLAN id '" + text + "' is not a whole number from 1 to 4094");
        }
        return Vlan.of(Integer.parseInt(t));
    }

    /**
     * A hotfix cell: entries separated by {@code ,} or {@code ;}, or by white space only when the cell has
     * neither (so that a {@code File 1} placeholder survives; it stays whole between white space too). An empty cell, or one
     * of nothing but separators, is unknown ({@code null});
     * {@code none} (or systeminfo's {@code N/A}, in any language it is read in: {@code Nicht zutreffend}, {@code N/D})
     * is a list known to be empty. A .NET type name such as
     * {@code System.Object[]} is refused: it is what PowerShell exports in place of a list, and read as a list
     * of one entry it would prove KB907019 absent.
     */
    public static HotfixInventory hotfixCell(String text) {
        if (text == null || text.isBlank() || text.chars().allMatch(c -> c == ',' || c == ';' || Character.isWhitespace(c))) {
            return null; // separators without an entry say no more than an empty cell: not "none installed"
        }
        String t = text.strip();
        if (TYPE_NAME.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is the name of a PowerShell list type, not the list of "
                    + "hotfixes: the export wrote the type in place of the ids (join them, e.g. -join ';', before "
                    + "Export-Csv, or give ConvertTo-Json a larger -Depth)");
        }
        if (t.equalsIgnoreCase("none") || SysteminfoLabels.isNotApplicable(t)) {
            return HotfixInventory.listed(List.of());
        }
        HotfixInventory pasted = t.contains("\n") ? systeminfoList(List.of(t.split("\\R"))) : null;
        if (pasted != null) {
            return pasted;
        }
        if (t.contains(",") || t.contains(";")) {
            List<String> parts = List.of(t.split("[,;]"));
            HotfixInventory systeminfo = systeminfoList(parts);
            return systeminfo != null ? systeminfo : HotfixInventory.listed(parts);
        }
        List<String> entries = new ArrayList<>();
        Matcher m = WHITE_SPACE_ENTRY.matcher(t);
        while (m.find()) {
            entries.add(m.group());
        }
        return HotfixInventory.listed(entries);
    }

    /**
     * The list of a systeminfo {@code /FO CSV} cell (or of systeminfo's text pasted into a cell, a line an
     * entry), its entries without their numbers and with the count it announces (so that {@code File 1} placeholders and a list cut short are seen, as in systeminfo's text);
     * {@code null} when the cell is not in that form.
     */
    private static HotfixInventory systeminfoList(List<String> parts) {
        SysteminfoList list = new SysteminfoList(parts.get(0));
        if (list.announced() == null || parts.size() < 2) {
            return null;
        }
        for (int i = 1; i < parts.size(); i++) {
            list.add(parts.get(i).strip(), i + 1); // a list of one level: every numbered part is an entry
        }
        return list.entriesOnly() ? list.hotfixes() : null;
    }

    /**
     * A spreadsheet number written as text ({@code 2.0}) back to the integer it stands for ({@code 2});
     * other text unchanged.
     */
    public static String wholeNumberText(String text) {
        if (text != null && WHOLE_NUMBER.matcher(text).matches()) {
            return text.substring(0, text.indexOf('.'));
        }
        return text;
    }
}
