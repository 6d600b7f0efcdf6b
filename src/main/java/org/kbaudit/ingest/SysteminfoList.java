package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of systeminfo's numbered lists, {@code Hotfix(s)} or {@code Network Card(s)}: a head that announces how
 * many entries follow ({@code 3 Hotfix(s) Installed.}, {@code 2 NIC(s) Installed.}, or {@code N/A} for none),
 * then an {@code [01]: ...} line for each entry. The lines after an entry that are not entries at its indent
 * belong to it: a card's {@code Connection Name}, its {@code IP address(es)} and their own numbered lines,
 * indented deeper. The text form writes the list as lines under its label; {@code /FO CSV} joins the same
 * lines with commas into one cell, the head first.
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

    /** Whether the head announces more entries than the list holds (a list cut short). */
    boolean cutShort() {
        return announced != null && announced > entries.size();
    }

    /** Whether every line is the head or an entry: no line of text stands before or under an entry. */
    boolean entriesOnly() {
        return !linesBeforeEntries && entries.stream().allMatch(e -> e.under().stream().allMatch(String::isBlank));
    }
}
