package org.kbaudit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kbaudit.domain.Rejection;

/**
 * The text of Windows' {@code systeminfo}, one host per file or several concatenated, in English, German,
 * French or Spanish and in the encoding it was saved in (see {@link SysteminfoText}). Recognised by its
 * content, whatever the file's name: a host-name label among the first lines and an OS-name label soon
 * after.
 */
public final class SysteminfoInventoryFormat implements InventoryFormat {

    private static final int HEAD_LINES = 12;

    @Override
    public String name() {
        return "systeminfo";
    }

    @Override
    public boolean recognises(Path file, byte[] head) {
        List<String> lines = SysteminfoText.lines(SysteminfoText.decode(head));
        boolean host = false;
        int seen = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > HEAD_LINES) {
                return false;
            }
            var field = SysteminfoLabels.match(line).map(SysteminfoLabels.Labelled::field).orElse(null);
            if (field == SysteminfoLabels.Field.HOST && !Character.isWhitespace(line.charAt(0))) {
                host = true;
            } else if (host && field == SysteminfoLabels.Field.OS_NAME) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        List<String> lines = SysteminfoText.lines(SysteminfoText.decode(Files.readAllBytes(file)));
        if (SysteminfoParser.parse(lines, displayName, sink) == 0) {
            sink.reject(new Rejection(displayName, "", "no systeminfo host block (a 'Host Name:' line) in the file"));
        }
    }
}
