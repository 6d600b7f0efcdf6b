package org.kbaudit.ingest;

import java.util.List;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Vlan;

/** Reads the adapter columns of one row into an {@link Adapter}. */
final class TableAdapters {

    private static final List<TableColumn> ADAPTER_COLUMNS = List.of(TableColumn.ADAPTER_NAME,
            TableColumn.ADAPTER_DESCRIPTION, TableColumn.DRIVER, TableColumn.VIRTUAL, TableColumn.HOT_PLUG,
            TableColumn.VLANS);

    private TableAdapters() {
    }

    /** Whether the column is one of an adapter's (a flat sheet repeats the others, the server's, on every row). */
    static boolean isAdapterColumn(TableColumn column) {
        return ADAPTER_COLUMNS.contains(column);
    }

    /**
     * The row's adapter, or {@code null} when every adapter cell of the row is empty (a flat sheet's row
     * for a server without adapter data).
     *
     * @throws CellException naming the first cell that is wrong (one holding an Excel error included)
     */
    static Adapter adapter(TableRecord row) {
        if (ADAPTER_COLUMNS.stream().allMatch(c -> row.get(c) == null)) {
            return null;
        }
        ADAPTER_COLUMNS.forEach(row::requireValue);
        String description = row.get(TableColumn.ADAPTER_DESCRIPTION);
        String name = row.get(TableColumn.ADAPTER_NAME);
        if (name == null) {
            name = description;
        }
        if (name == null) {
            throw new CellException(row.provenance(TableColumn.ADAPTER_NAME),
                    "the adapter row has no adapter name (" + String.join(", ", TableColumn.ADAPTER_NAME.headers())
                            + ") and no description to name it by");
        }
        return new Adapter(name, description, row.get(TableColumn.DRIVER), false,
                flag(row, TableColumn.VIRTUAL), flag(row, TableColumn.HOT_PLUG), vlans(row), row.provenance());
    }

    /** A yes/no column: an empty cell under it means no (a checkbox column); no column means not said. */
    private static Boolean flag(TableRecord row, TableColumn column) {
        if (!row.header().has(column)) {
            return null;
        }
        String text = row.get(column);
        try {
            return FieldValues.bool(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new CellException(row.provenance(column), e.getMessage());
        }
    }

    private static List<Vlan> vlans(TableRecord row) {
        try {
            return FieldValues.vlans(row.get(TableColumn.VLANS));
        } catch (IllegalArgumentException e) {
            throw new CellException(row.provenance(TableColumn.VLANS), e.getMessage());
        }
    }
}
