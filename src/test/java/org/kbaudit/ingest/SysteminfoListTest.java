package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SysteminfoListTest {

    private static SysteminfoList list(String head, String... lines) {
        SysteminfoList list = new SysteminfoList(head);
        for (int i = 0; i < lines.length; i++) {
            list.add(lines[i], i + 2);
        }
        return list;
    }

    @Test
    void theHeadAnnouncesTheCountAndNotApplicableAnnouncesNone() {
        assertThat(list("3 Hotfix(s) Installed.").announced()).isEqualTo(3);
        assertThat(list("2 NIC(s) Installed.").announced()).isEqualTo(2);
        assertThat(list("1 carte(s) réseau installée(s).").announced()).isEqualTo(1);
        assertThat(list("N/A").announced()).isZero();
        assertThat(list("Nicht zutreffend").announced()).isZero();
        assertThat(list("see below").announced()).isNull();
        assertThat(list("5.2.3790").announced()).as("a version, not a count").isNull();
    }

    @Test
    void numberedLinesAtTheFirstEntrysIndentAreEntriesAndTheLinesBelowOneAreItsOwn() {
        SysteminfoList cards = list("2 NIC(s) Installed.",
                "     [01]: HP NC7782 Gigabit Server Adapter",
                "           Connection Name: Public",
                "           IP address(es)",
                "           [01]: 10.0.0.5",
                "           [02]: 10.0.0.6",
                "     [02]: HP NC7782 Gigabit Server Adapter #2  ");

        assertThat(cards.texts()).containsExactly("HP NC7782 Gigabit Server Adapter", "HP NC7782 Gigabit Server Adapter #2");
        SysteminfoList.Entry first = cards.entries().get(0);
        assertThat(first.number()).isEqualTo("01");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.under()).containsExactly("           Connection Name: Public", "           IP address(es)",
                "           [01]: 10.0.0.5", "           [02]: 10.0.0.6");
        assertThat(cards.entries().get(1).under()).isEmpty();
        assertThat(cards.cutShort()).isFalse();
        assertThat(cards.entriesOnly()).isFalse();
    }

    @Test
    void aListShorterThanItsCountIsCutShort() {
        assertThat(list("3 Hotfix(s) Installed.", "[01]: KB1", "[02]: KB2").cutShort()).isTrue();
        assertThat(list("2 Hotfix(s) Installed.", "[01]: KB1", "[02]: KB2").cutShort()).isFalse();
        assertThat(list("Hotfixes", "[01]: KB1").cutShort()).as("no count, nothing to fall short of").isFalse();
    }

    @Test
    void textBeforeTheFirstEntryOrUnderOneIsMoreThanEntries() {
        assertThat(list("2 Hotfix(s) Installed.", "[01]: KB1", "", "[02]: File 1").entriesOnly()).isTrue();
        assertThat(list("2 Hotfix(s) Installed.", "KB1", "[01]: KB2").entriesOnly()).isFalse();
        assertThat(list("2 Hotfix(s) Installed.", "[01]: KB1", "KB2").entriesOnly()).isFalse();
        assertThat(list("2 Hotfix(s) Installed.", "[01]: KB1", "KB2").texts()).isEqualTo(List.of("KB1"));
    }
}
