package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Byte counts are grouped as the JDK groups integers in the root locale. */
class TextsProperties {

    @Property
    void bytes_are_grouped_by_thousands(@ForAll long size) {
        assertThat(Texts.bytes(size)).isEqualTo(NumberFormat.getIntegerInstance(Locale.ROOT).format(size));
    }
}
