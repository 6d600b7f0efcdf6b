package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The header row of a sheet: which column holds which field. When two headers name one field (a sheet
 * with both {@code Driver} and {@code Service Name}), the leftmost one is read and the others are kept as
 * repeats, so that a row where they hold another value can say so. Unknown headers are ignored.
 */
final class TableHeader {

    private final SheetRole role;
    private final Map<TableColumn, Integer> columns = new EnumMap<>(TableColumn.class);
    private final Map<TableColumn, List<Integer>> repeats = new EnumMap<>(TableColumn.class);
    private final List<String> texts;
    /** The header texts as compared, in column order. */
    private final List<String> normalised;
    private final boolean csdVersion;

    private TableHeader(TableRow row, SheetRole role) {
        this.role = role;
        this.texts = new ArrayList<>();
        boolean csd = false;
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i);
            texts.add(text == null ? "" : text.strip());
            int column = i;
            TableColumn.of(text, role).ifPresent(c -> {
                if (columns.putIfAbsent(c, column) != null) {
                    repeats.computeIfAbsent(c, k -> new ArrayList<>()).add(column);
                }
            });
        }
        Integer description = columns.get(TableColumn.ADAPTER_DESCRIPTION);
        if (role == SheetRole.FLAT && description != null && columns.keySet().stream().noneMatch(c ->
                c.kind() == TableColumn.Kind.ADAPTER && c != TableColumn.ADAPTER_DESCRIPTION)
                && !TableColumn.normalise(texts.get(description)).equals(TableColumn.normalise("Adapter Description"))) {
            // a flat sheet's plain "Description" with no other adapter column beside it describes the server
            // (ConfigMgr's Description0 is the computer's description), not an adapter
            columns.remove(TableColumn.ADAPTER_DESCRIPTION);
            repeats.remove(TableColumn.ADAPTER_DESCRIPTION);
        }
        Integer sp = columns.get(TableColumn.SERVICE_PACK);
        if (sp != null) {
            csd = TableColumn.isCsdVersion(texts.get(sp));
        }
        this.csdVersion = csd;
        this.normalised = texts.stream().map(TableColumn::normalise).toList();
    }

    /**
     * The header of a sheet in that role.
     *
     * @throws TableLayoutException when no column names the host
     */
    static TableHeader of(TableRow row, SheetRole role, TableSheet sheet) {
        TableHeader header = new TableHeader(row, role);
        if (!header.has(TableColumn.HOST)) {
            String found = header.texts.stream().filter(t -> !t.isEmpty()).map(t -> "'" + t + "'")
                    .collect(Collectors.joining(", "));
            boolean name = header.texts.stream().anyMatch(t -> TableColumn.normalise(t).equals("name"));
            throw new TableLayoutException(sheet.place(row.number()), sheet.describe() + " has no host column in its header row (row "
                    + row.number() + "): expected one of " + String.join(", ", TableColumn.HOST.headers())
                    + "; found " + (found.isEmpty() ? "no headers" : found)
                    + (name ? " (if 'Name' holds the host names, as in an Active Directory export, head it 'Host')" : ""));
        }
        return header;
    }

    /** How many cells of the row name a column kbaudit reads. */
    static int columnsNamed(TableRow row, SheetRole role) {
        return new TableHeader(row, role).columns.size();
    }

    /**
     * Whether the row says again what the header row says, cell by cell (ignoring case, spaces and the like).
     * Asked of every data row, so the header's side is normalised once.
     */
    boolean repeatedBy(TableRow row) {
        for (int i = 0; i < normalised.size(); i++) {
            if (!normalised.get(i).equals(TableColumn.normalise(row.cell(i)))) {
                return false;
            }
        }
        return true;
    }

    SheetRole role() {
        return role;
    }

    boolean has(TableColumn column) {
        return columns.containsKey(column);
    }

    Integer index(TableColumn column) {
        return columns.get(column);
    }

    /** The later columns whose headers name a field the leftmost column of already gives; mostly none. */
    Map<TableColumn, List<Integer>> repeats() {
        return repeats;
    }

    /** The header of a column as written in the file. */
    String textAt(int column) {
        return texts.get(column);
    }

    /** The header as written in the file. */
    String text(TableColumn column) {
        Integer i = columns.get(column);
        return i == null ? column.headers().get(0) : texts.get(i);
    }

    /** Whether the service-pack column is Windows' {@code CSDVersion}, where an empty cell means RTM. */
    boolean csdVersion() {
        return csdVersion;
    }

    boolean hasAdapterColumns() {
        return columns.keySet().stream().anyMatch(c -> c.kind() == TableColumn.Kind.ADAPTER);
    }
}
