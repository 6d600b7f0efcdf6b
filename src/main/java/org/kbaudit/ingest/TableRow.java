package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a sheet or CSV file as text cells, before any header is applied.
 *
 * @param number the row's number as a person finds it: the sheet's row number (1-based) or the CSV
 *               line the record starts on
 * @param cells  the cells by column index; {@code null} for a cell that is absent
 */
record TableRow(int number, List<String> cells) {

    TableRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
