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
