package org.kbaudit.ingest;

import java.io.Closeable;
import java.util.List;

/** An open workbook, either kind: its sheet names and each sheet as rows. */
interface SheetBook extends Closeable {

    List<String> sheetNames();

    TableSheet sheet(String name);
}
