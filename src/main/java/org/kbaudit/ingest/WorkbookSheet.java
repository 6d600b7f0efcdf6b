package org.kbaudit.ingest;

import org.apache.poi.ss.util.CellReference;

/** A workbook sheet: places are {@code Sheet!F17}. */
abstract class WorkbookSheet implements TableSheet {

    private final String source;
    private final String name;
    /** The name as a cell reference writes it: quoted unless plain. */
    private final String referenceName;

    WorkbookSheet(String source, String name) {
        this.source = source;
        this.name = name;
        this.referenceName = name.matches("[A-Za-z0-9_.]+") ? name : "'" + name.replace("'", "''") + "'";
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
    public String place() {
        return describe();
    }

    @Override
    public String place(int row) {
        return describe() + ", row " + row;
    }

    @Override
    public String cell(int row, int column, String header) {
        return referenceName + "!" + CellReference.convertNumToColString(column) + row;
    }

    @Override
    public String row(int row, int hostColumn) {
        return cell(row, hostColumn, null);
    }
}
