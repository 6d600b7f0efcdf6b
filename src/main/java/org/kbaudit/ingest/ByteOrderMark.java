package org.kbaudit.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte-order marks text inventories start with: UTF-8 (Excel), UTF-16 (PowerShell's redirection). */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    Charset charset() {
        return charset;
    }

    /** How many bytes the mark takes. */
    int length() {
        return bytes.length;
    }

    /** The mark the bytes start with, or {@code null}. */
    static ByteOrderMark of(byte[] head) {
        for (ByteOrderMark mark : values()) {
            if (mark.starts(head)) {
                return mark;
            }
        }
        return null;
    }

    private boolean starts(byte[] head) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
