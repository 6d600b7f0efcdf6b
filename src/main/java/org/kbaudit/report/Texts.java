package org.kbaudit.report;

import java.util.List;
import java.util.stream.Collectors;

import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.HotfixFile;

/** How the tabular reports (workbook, CSV) spell values that JSON keeps structured. */
final class Texts {

    private Texts() {
    }

    static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }

    static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** {@code NIC2:20, NIC2:30}, the JSON's {@code {"adapter","id"}} pairs. */
    static String vlans(List<AdapterVlan> vlans) {
        return vlans.stream().map(v -> v.adapter() + ":" + v.id()).collect(Collectors.joining(", "));
    }

    static String bytes(long size) {
        String digits = Long.toString(size);
        int sign = size < 0 ? 1 : 0;
        int length = digits.length() - sign;
        StringBuilder grouped = new StringBuilder(digits.length() + length / 3);
        grouped.append(digits, 0, sign);
        int first = length % 3 == 0 ? 3 : length % 3;
        grouped.append(digits, sign, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }

    /** {@code Netcfgx.dll 5.2.3790.2520, 781,312 bytes (x86)}. */
    static String file(HotfixFile f) {
        return f.name() + " " + f.version() + ", " + bytes(f.size()) + " bytes (" + f.filePlatform() + ")";
    }

    static String files(List<HotfixFile> files) {
        return files.stream().map(Texts::file).collect(Collectors.joining("; "));
    }

    static String orDash(String s) {
        return s == null ? "" : s;
    }
}
