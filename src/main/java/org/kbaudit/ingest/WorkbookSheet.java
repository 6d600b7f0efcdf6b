package org.kbaudit.ingest;

import org.apache.poi.ss.util.CellReference;

/** A workbook sheet: places are {@code Sheet!F17}. */
abstract class WorkbookSheet implements TableSheet {

    private final String source;
    private final String name;

    WorkbookSheet(String source, String name) {
        this.source = source;
        this.name = name;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String describe() {
        return "sheet '" + name + "'";
    }

    @Override
    public String cell(int row, int column, String header) {
        String sheet = name.matches("[A-Za-z0-9_.]+") ? name : "'" + name.replace("'", "''") + "'";
        return sheet + "!" + CellReference.convertNumToColString(column) + row;
    }

    @Override
    public String row(int row, int hostColumn) {
        return cell(row, hostColumn, null);
    }
}
