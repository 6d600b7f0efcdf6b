package org.kbaudit.ingest;

import java.util.List;

/** Every input format kbaudit reads, in the order they are asked whether they recognise a file. */
public final class InventoryFormats {

    private InventoryFormats() {
    }

    public static List<InventoryFormat> all() {
        return List.of(new JsonInventoryFormat(), new WorkbookInventoryFormat(), new CsvInventoryFormat(),
                new SysteminfoInventoryFormat());
    }
}
