package org.kbaudit.ingest;

/** What one sheet (or CSV file) of a tabular inventory holds. */
enum SheetRole {
    /** One row per server: the server columns of the two-sheet layout. */
    SERVERS,
    /** One row per adapter, joined to its server by the host column. */
    ADAPTERS,
    /** One row per adapter with the server columns repeated (one row with empty adapter columns for a server without adapter data). */
    FLAT
}
