package org.kbaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FileVersionTest {

    @Test
    void compares_part_by_part_numerically_not_as_text() {
        assertThat(FileVersion.parse("5.2.3790.999").isBelow(FileVersion.parse("5.2.3790.2520"))).isTrue();
        assertThat(FileVersion.parse("5.2.3790.2520").isAtLeast(FileVersion.parse("5.2.3790.2520"))).isTrue();
        assertThat(FileVersion.parse("5.2.3790.10000").isAtLeast(FileVersion.parse("5.2.3790.2520"))).isTrue();
        assertThat(FileVersion.parse("5.2.3791.0").isAtLeast(FileVersion.parse("5.2.3790.2520"))).isTrue();
    }

    @Test
    void reads_the_version_out_of_file_properties_text() {
        assertThat(FileVersion.parse("5.2.3790.2520 (srv03_qfe.050831-1305)")).isEqualTo(FileVersion.parse("5.2.3790.2520"));
    }

    @Test
    void refuses_fewer_than_four_parts_rather_than_padding_them_with_zeros() {
        // a revision alone would read as 1830.0.0.0 and pass for the fix; a version typed into a number cell
        // comes back as 5.2, which would read as 5.2.0.0
        for (String text : List.of("1830", "6.0", "5.2", "5.2.3790", "5.2.3790.", "2520 (srv03_qfe)")) {
            assertThatThrownBy(() -> FileVersion.parse(text)).as(text)
                    .hasMessage("'" + text + "' is not a file version: four numbers, like 5.2.3790.2520");
        }
    }

    @Test
    void rejects_text_that_is_no_version_naming_it() {
        assertThatThrownBy(() -> FileVersion.parse("5.2.x")).hasMessageContaining("'5.2.x'");
        assertThatThrownBy(() -> FileVersion.parse("1.2.3.4.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FileVersion.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void order_is_the_numeric_order_of_the_four_parts(@ForAll @Size(4) List<@IntRange(max = 70000) Integer> a,
                                                       @ForAll @Size(4) List<@IntRange(max = 70000) Integer> b) {
        int[] pa = a.stream().mapToInt(Integer::intValue).toArray();
        int[] pb = b.stream().mapToInt(Integer::intValue).toArray();
        FileVersion va = FileVersion.parse(text(pa));
        FileVersion vb = FileVersion.parse(text(pb));
        assertThat(Integer.signum(va.compareTo(vb))).isEqualTo(Integer.signum(Arrays.compare(pa, pb)));
        assertThat(FileVersion.parse(va.toString())).isEqualTo(va);
    }

    private static String text(int[] parts) {
        return parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
    }
}
