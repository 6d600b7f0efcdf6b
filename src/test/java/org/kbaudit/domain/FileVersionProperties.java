package org.kbaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The file-version reader accepts and reads exactly what a plain pattern-based reader of four numbers does. */
class FileVersionProperties {

    private static final Pattern PART = Pattern.compile("\\d{1,9}");

    @Property(tries = 3000)
    void reads_as_the_pattern_did(@ForAll @Chars({'0', '1', '5', '9', '.', ' ', '(', '\t', 'a', '\u0663'})
                                  @StringLength(max = 24) String text) {
        assertThat(outcome(() -> FileVersion.parse(text))).isEqualTo(outcome(() -> byPattern(text)));
    }

    @Property
    void reads_versions_with_suffixes(@ForAll @Chars({'0', '1', '2', '3', '7', '9'}) @StringLength(min = 1, max = 10) String a,
                                      @ForAll @Chars({'0', '4', '8'}) @StringLength(min = 1, max = 9) String b) {
        String text = " " + a + ".2." + b + "." + a + " (srv03_sp1_rtm.050324-1447)";
        assertThat(outcome(() -> FileVersion.parse(text))).isEqualTo(outcome(() -> byPattern(text)));
    }

    /** The same reader, with regular expressions. */
    private static FileVersion byPattern(String text) {
        String core = text.strip().split("[\\s(]", 2)[0];
        String[] fields = core.split("\\.", -1);
        if (core.isEmpty() || fields.length != 4) {
            throw new IllegalArgumentException("'" + text + "' is not a file version: four numbers, like 5.2.3790.2520");
        }
        int[] parts = new int[4];
        for (int i = 0; i < fields.length; i++) {
            if (!PART.matcher(fields[i]).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a file version: four numbers, like 5.2.3790.2520");
            }
            parts[i] = Integer.parseInt(fields[i]);
        }
        return FileVersion.parse(parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3]);
    }

    private static String outcome(java.util.function.Supplier<FileVersion> parse) {
        try {
            return parse.get().toString();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }
}
