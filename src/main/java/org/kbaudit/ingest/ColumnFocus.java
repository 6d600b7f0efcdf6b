package org.kbaudit.ingest;

/**
 * Which columns of a sheet a reader needs: all of them, or, once the header has told where it is, only
 * one. A sheet may then skip the others (the counting pass of a flat sheet needs only the host column).
 */
final class ColumnFocus {

    private static final int ALL = -1;
    private static final int NONE = -2;

    private int only = ALL;

    /** From now on only that column (zero-based) is needed. */
    void only(int column) {
        only = column;
    }

    /** No column at all: a pass that only looks at the sheet's structure (its merged regions). */
    static ColumnFocus none() {
        ColumnFocus focus = new ColumnFocus();
        focus.only = NONE;
        return focus;
    }

    boolean wants(int column) {
        return only == ALL || column == only;
    }
}
