package org.kbaudit.ingest;

import org.apache.poi.ss.util.CellReference;

/** A workbook sheet: places are {@code Sheet!F17}. Its merged regions are read as their top-left value. */
abstract class WorkbookSheet implements TableSheet {

    private final String source;
    private final String name;
    /** The name as a cell reference writes it: quoted unless plain. */
    private final String referenceName;
    /** The merged regions, once a pass has read them; {@code null} before. */
    protected MergedCells merges;
    /** The pass over the merged regions of the rows being delivered, if any. */
    protected MergedCells.Pass merging;

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
    public int mergedUntil(int row, int column) {
        return merging == null ? row : merging.until(row, column);
    }

    @Override
    public boolean mergedCopy(int row, int column) {
        return merging != null && merging.copied(row, column);
    }

    @Override
    public void headerAt(int row) {
        if (merging != null) {
            merging.headerAt(row);
        }
    }

    @Override
    public String row(int row, int hostColumn) {
        return cell(row, hostColumn, null);
    }
}
