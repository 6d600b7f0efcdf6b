package org.kbaudit.ingest;

/**
 * Which columns of a sheet a reader needs: all of them, or, once the header has told where it is, only
 * one. A sheet may then skip the others (the counting pass of a flat sheet needs only the host column).
 */
final class ColumnFocus {

    private int only = -1;

    /** From now on only that column (zero-based) is needed. */
    void only(int column) {
        only = column;
    }

    boolean wants(int column) {
        return only < 0 || column == only;
    }
}
