package org.kbaudit.ingest;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * One sheet of a workbook, or one CSV file: a stream of rows, and how to name a place in it.
 */
interface TableSheet {

    /** The input file as the user named it. */
    String source();

    /** How messages name the sheet itself: {@code sheet 'Servers'}, {@code the file}. */
    String describe();

    /** The sheet as a place of its own: {@code sheet 'Summary'}; empty for a CSV file (the file is the place). */
    String place();

    /** A row as a place before any header is known: {@code sheet 'Summary', row 1}, or {@code line 1}. */
    String place(int row);

    /** A cell: {@code Adapters!F17}, or {@code line 17 (Driver)} for CSV. */
    String cell(int row, int column, String header);

    /** A row as a whole, given its host column: {@code Servers!A17}, or {@code line 17}. */
    String row(int row, int hostColumn);

    /**
     * Streams every row in order, blank ones included; the caller skips what it does not need. A cell in a
     * merged region reads as the region's top-left cell.
     */
    void rows(Consumer<TableRow> consumer) throws IOException;

    /**
     * Streams every row as stored, merged regions not applied (a covered cell is empty), and may leave out
     * the cells of the columns the focus does not want (a row left with none is blank). By default every
     * cell is given.
     */
    default void rows(Consumer<TableRow> consumer, ColumnFocus focus) throws IOException {
        rows(consumer);
    }

    /**
     * While {@link #rows(Consumer)} delivers that row: the last row of the merged region that covers the
     * cell, or the row itself when none does.
     */
    default int mergedUntil(int row, int column) {
        return row;
    }

    /**
     * While {@link #rows(Consumer)} delivers that row: whether the cell shows the value of another cell
     * (it is covered by a merged region and is not its top-left cell).
     */
    default boolean mergedCopy(int row, int column) {
        return false;
    }

    /**
     * While {@link #rows(Consumer)} delivers rows: the header is that row, so a merged region that starts on or
     * above it (a header cell merged down, a title) gives its value to no row below it.
     */
    default void headerAt(int row) {
    }
}
