package org.kbaudit.ingest;

import java.io.Closeable;
import java.util.List;

/** An open workbook, either kind: its sheet names and each sheet as rows. */
interface SheetBook extends Closeable {

    List<String> sheetNames();

    /** Whether the sheet is hidden (or "very hidden") in Excel. */
    boolean hidden(String name);

    TableSheet sheet(String name);
}
