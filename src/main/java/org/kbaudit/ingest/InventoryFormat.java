package org.kbaudit.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One input format (JSON, JSON Lines, workbook, CSV, systeminfo text). Formats are chosen per file by
 * {@link #recognises}, from the name and the first bytes, and then stream the file's records into a
 * {@link RecordSink}.
 */
public interface InventoryFormat {

    /** A short name for messages: {@code JSON}, {@code systeminfo}, ... */
    String name();

    /**
     * Whether this format reads the file.
     *
     * @param head up to the first 4096 bytes of the file (fewer for a short file)
     */
    boolean recognises(Path file, byte[] head);

    /**
     * Streams every record of the file into the sink. Damage inside the file (a malformed row, a
     * truncated document) becomes a rejection and reading goes on where it can; only a file that cannot
     * be opened at all throws.
     *
     * @param displayName how the file is named in provenance and messages (the path as the user gave it)
     */
    void read(Path file, String displayName, RecordSink sink) throws IOException;

    /**
     * The file that reads this one as a part of itself (a CSV {@code *adapters*.csv} is read by its
     * {@code *servers*.csv}), or {@code null} when the file stands alone. Such a part is skipped in a folder
     * and, named on its own, stands for the file it belongs to.
     */
    default Path partOf(Path file) {
        return null;
    }
}
