package org.kbaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CriticalityTest {

    @Test
    void readsAnyCaseAndPaddingAsTheUsualSpellings() {
        assertThat(Criticality.parse("low")).isEqualTo(Criticality.LOW);
        assertThat(Criticality.parse("medium")).isEqualTo(Criticality.MEDIUM);
        assertThat(Criticality.parse(" High ")).isEqualTo(Criticality.HIGH);
        assertThat(Criticality.parse("CRITICAL")).isEqualTo(Criticality.CRITICAL);
        assertThat(Criticality.parse("\tcritical")).isEqualTo(Criticality.CRITICAL);
    }

    @Test
    void labelsAreLowerCaseWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(Criticality.CRITICAL.label()).isEqualTo("critical");
            assertThat(Criticality.parse("critical")).isEqualTo(Criticality.CRITICAL);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void nothingGivenIsNoCriticality() {
        assertThat(Criticality.parse(null)).isNull();
        assertThat(Criticality.parse("  ")).isNull();
    }

    @Test
    void anythingElseIsRefusedWithTheWordsGiven() {
        assertThatThrownBy(() -> Criticality.parse("urgent")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criticality 'urgent' is not one of low, medium, high, critical");
        assertThatThrownBy(() -> Criticality.parse("lowest")).isInstanceOf(IllegalArgumentException.class);
    }
}
