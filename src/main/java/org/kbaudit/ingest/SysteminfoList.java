package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kbaudit.domain.HotfixInventory;

/**
 * One of systeminfo's numbered lists, {@code Hotfix(s)} or {@code Network Card(s)}: a head that announces how
 * many entries follow ({@code 3 Hotfix(s) Installed.}, {@code 2 NIC(s) Installed.}, or {@code N/A} for none),
 * then an {@code [01]: ...} line for each entry. The lines after an entry that are not entries at its indent
 * belong to it: a card's {@code Connection Name}, its {@code IP address(es)} and their own numbered lines,
 * indented deeper. The text form writes the list as lines under its label; {@code /FO CSV} joins the same
 * lines with commas into one cell, the head first (see {@link #ofCell}).
 */
final class SysteminfoList {

    /**
     * One entry: its number as written ({@code 01}), its text, its line (in a cell, its place among the cell's
     * lines) and the lines under it.
     */
    record Entry(String number, String text, int line, List<String> under) {
    }

    private static final Pattern ENTRY = Pattern.compile("(\\s*)\\[(\\d+)\\]\\s*:\\s*(.*?)\\s*");
    /** A count, then words ({@code 3 Hotfix(s) Installed.}); nine digits at most, so that it is an {@code int}. */
    private static final Pattern COUNT = Pattern.compile("(\\d{1,9})(?:\\s+\\D.*)?");

    private final String head;
    private final Integer announced;
    private final List<Entry> entries = new ArrayList<>();
    private int indent = -1;
    private boolean linesBeforeEntries;

    SysteminfoList(String head) {
        this.head = head == null ? "" : head.strip();
        this.announced = count(this.head);
    }

    /**
     * The list a cell holds: systeminfo's lines joined by commas, as {@code /FO CSV} writes them, or by line
     * breaks (the text pasted into a cell). When the first line is already an entry, the list has no head.
     */
    static SysteminfoList ofCell(String cell) {
        String text = cell.strip();
        List<String> lines = text.contains("\n") || text.contains("\r") ? List.of(text.split("\\R")) : commaLines(text);
        if (lines.isEmpty()) {
            return new SysteminfoList(""); // nothing but commas: no count and no entry
        }
        boolean headless = ENTRY.matcher(lines.get(0)).matches();
        SysteminfoList list = new SysteminfoList(headless ? "" : lines.get(0));
        for (int i = headless ? 0 : 1; i < lines.size(); i++) {
            list.add(lines.get(i), i + 1);
        }
        return list;
    }

    /**
     * The lines of a cell that joins them with commas. systeminfo indents every line under an entry (by six
     * blanks), so a piece after the first entry that is not numbered, not indented and no label of its own is the
     * rest of the line before it, whose value held a comma ({@code Connection Name: Team, port A}).
     */
    private static List<String> commaLines(String text) {
        List<String> lines = new ArrayList<>();
        boolean entries = false;
        for (String piece : text.split(",")) {
            boolean entry = ENTRY.matcher(piece).matches();
            if (entries && !entry && !piece.isBlank() && !indented(piece) && SysteminfoLabels.match(piece).isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "," + piece);
            } else {
                lines.add(piece);
            }
            entries |= entry;
        }
        return lines;
    }

    /** Whether a line starts with two blanks or more. */
    private static boolean indented(String line) {
        return line.length() > 1 && Character.isWhitespace(line.charAt(0)) && Character.isWhitespace(line.charAt(1));
    }

    /**
     * The count a head announces; 0 for systeminfo's {@code N/A}; {@code null} when it announces none.
     */
    private static Integer count(String head) {
        Matcher m = COUNT.matcher(head);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        return SysteminfoLabels.isNotApplicable(head) ? 0 : null;
    }

    /**
     * Takes the next line of the list: an entry when it is numbered at the indent of the first entry,
     * otherwise a line of the entry above it.
     */
    void add(String line, int number) {
        Matcher entry = ENTRY.matcher(line);
        if (entry.matches() && (indent < 0 || entry.group(1).length() == indent)) {
            indent = entry.group(1).length();
            entries.add(new Entry(entry.group(2), entry.group(3), number, new ArrayList<>(2)));
        } else if (!entries.isEmpty()) {
            entries.get(entries.size() - 1).under().add(line);
        } else if (!line.isBlank()) {
            linesBeforeEntries = true;
        }
    }

    String head() {
        return head;
    }

    /** How many entries the head announces; {@code null} when it announces no count. */
    Integer announced() {
        return announced;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entries' texts, in order. */
    List<String> texts() {
        return entries.stream().map(Entry::text).toList();
    }

    /**
     * The entries as an installed-hotfix list: with the count the head announces, so that placeholders and a list
     * cut short make it incomplete; without a count, as listed; {@code null} when there is neither count nor entry.
     */
    HotfixInventory hotfixes() {
        if (announced == null) {
            return entries.isEmpty() ? null : HotfixInventory.listed(texts());
        }
        return HotfixInventory.announced(texts(), announced);
    }

    /** Whether the head announces more entries than the list holds (a list cut short). */
    boolean cutShort() {
        return announced != null && announced > entries.size();
    }

    /** Whether every line is the head or an entry: no line of text stands before or under an entry. */
    boolean entriesOnly() {
        return !linesBeforeEntries && entries.stream().allMatch(e -> e.under().stream().allMatch(String::isBlank));
    }
}
