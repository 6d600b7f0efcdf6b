package org.kbaudit.ingest;

import java.util.function.Consumer;

import org.kbaudit.domain.Provenance;

/** One data row read through its sheet's header: fields by column, and where each cell is. */
final class TableRecord {

    private final TableSheet sheet;
    private final TableHeader header;
    private final TableRow row;

    TableRecord(TableSheet sheet, TableHeader header, TableRow row) {
        this.sheet = sheet;
        this.header = header;
        this.row = row;
    }

    /** The row's number in its sheet or file. */
    int rowNumber() {
        return row.number();
    }

    TableHeader header() {
        return header;
    }

    /** The cell's text, stripped; {@code null} when the column is absent or the cell blank. */
    String get(TableColumn column) {
        Integer i = header.index(column);
        if (i == null) {
            return null;
        }
        return text(row.cell(i));
    }

    /**
     * A cell's text, stripped, with no-break spaces as plain spaces (cells pasted from web pages and HTML
     * reports have them; Java's strip and the rules' {@code \\s} do not see them); {@code null} when blank.
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String spaced = value.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
        return spaced.isBlank() ? null : spaced.strip();
    }

    /**
     * Fails when the cell holds an Excel error ({@code #REF!}, {@code #N/A}...) rather than a value.
     *
     * @throws CellException naming the cell and the error
     */
    void requireValue(TableColumn column) {
        String value = get(column);
        if (CellText.isError(value)) {
            throw new CellException(provenance(column), errorMessage(value));
        }
    }

    static String errorMessage(String error) {
        return "the cell holds an Excel error (" + error + "), not a value";
    }

    /**
     * One note for each later column that names the same field as a column read and holds another value on
     * this row (a sheet with both {@code Driver} and {@code Service Name}): the leftmost is what is read.
     */
    void repeatedColumns(Consumer<String> note) {
        repeatedColumns(note, column -> true);
    }

    /**
     * As {@link #repeatedColumns(Consumer)}, for the columns chosen only (a flat sheet's later rows repeat the
     * server columns of its first, which were looked at there). Driver names compare ignoring case, as the
     * rules compare them.
     */
    void repeatedColumns(Consumer<String> note, java.util.function.Predicate<TableColumn> which) {
        if (header.repeats().isEmpty()) {
            return;
        }
        header.repeats().forEach((column, others) -> {
            if (!which.test(column)) {
                return;
            }
            String read = get(column);
            for (int other : others) {
                String value = row.cell(other);
                value = text(value);
                boolean same = column == TableColumn.DRIVER ? value != null && value.equalsIgnoreCase(read)
                        : java.util.Objects.equals(value, read);
                if (value != null && !same) {
                    note.accept("two columns give the " + column.label() + ": " + quoted(read) + " under "
                            + header.text(column) + " at " + where(column) + ", '" + value + "' under "
                            + header.textAt(other) + " at " + sheet.cell(row.number(), other, header.textAt(other))
                            + "; the first column is read");
                }
            }
        });
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    String host() {
        return get(TableColumn.HOST);
    }

    /** Where the cell of that column is, for messages: {@code Adapters!F17}, {@code line 17 (Driver)}. */
    String where(TableColumn column) {
        Integer i = header.index(column);
        return i == null ? whereRow() : sheet.cell(row.number(), i, header.text(column));
    }

    /** Where the row is: its host cell in a workbook, its line in CSV. */
    String whereRow() {
        return sheet.row(row.number(), header.index(TableColumn.HOST));
    }

    Provenance provenance() {
        return new Provenance(sheet.source(), whereRow());
    }

    Provenance provenance(TableColumn column) {
        return new Provenance(sheet.source(), where(column));
    }
}
