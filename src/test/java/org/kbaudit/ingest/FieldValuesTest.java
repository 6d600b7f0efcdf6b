package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.Vlan;

class FieldValuesTest {

    @Test
    void a_hotfix_cell_splits_on_commas_or_semicolons_before_white_space() {
        assertThat(FieldValues.hotfixCell("KB1, KB2;KB3").entries()).containsExactly("KB1", "KB2", "KB3");
        assertThat(FieldValues.hotfixCell("KB1 KB2").entries()).containsExactly("KB1", "KB2");
        assertThat(FieldValues.hotfixCell("KB890046; File 1").entries()).containsExactly("KB890046", "File 1");
    }

    @Test
    void a_file_placeholder_stays_whole_between_white_space_and_makes_the_list_incomplete() {
        HotfixInventory list = FieldValues.hotfixCell("File 1");
        assertThat(list.entries()).containsExactly("File 1");
        assertThat(list.complete()).isFalse();
        assertThat(FieldValues.hotfixCell("KB890046 File 1 KB896358").entries())
                .containsExactly("KB890046", "File 1", "KB896358");
    }

    @Test
    void empty_is_unknown_and_none_is_a_known_empty_list() {
        assertThat(FieldValues.hotfixCell("  ")).isNull();
        assertThat(FieldValues.hotfixCell("none").entries()).isEmpty();
        assertThat(FieldValues.hotfixCell("none").complete()).isTrue();
    }

    @Test
    void systeminfo_s_word_for_none_in_each_language_is_a_known_empty_list_not_hotfixes_named_nicht_and_zutreffend() {
        for (String none : new String[] {"N/A", "Nicht zutreffend", "N/D", "Non applicable", "No disponible"}) {
            HotfixInventory list = FieldValues.hotfixCell(none);
            assertThat(list.entries()).as(none).isEmpty();
            assertThat(list.complete()).as(none).isTrue();
        }
    }

    @Test
    void a_cell_of_nothing_but_separators_is_unknown_like_an_empty_one_not_a_list_known_to_be_empty() {
        // ',' ended in an ArrayIndexOutOfBoundsException; ', ,' read as a complete empty list proved KB907019 absent
        for (String separators : new String[] {",", ";", ", ,", " ;; "}) {
            assertThat(FieldValues.hotfixCell(separators)).as("'" + separators + "'").isNull();
        }
    }

    @Test
    void a_systeminfo_csv_cell_gives_its_entries_without_numbers_and_its_announced_count() {
        HotfixInventory placeholders = FieldValues.hotfixCell("3 Hotfix(s) Installed.,[01]: File 1,[02]: KB896358,[03]: KB899587");
        assertThat(placeholders.entries()).containsExactly("File 1", "KB896358", "KB899587");
        assertThat(placeholders.complete()).as("a File 1 placeholder").isFalse();
        HotfixInventory cut = FieldValues.hotfixCell("5 Hotfix(s) Installed.,[01]: KB896358,[02]: KB899587");
        assertThat(cut.complete()).isFalse();
        assertThat(cut.incompleteBecause()).contains("announces 5");
        HotfixInventory whole = FieldValues.hotfixCell("2 Hotfix(s) Installed.,[01]: KB896358,[02]: KB893803v2 - Update");
        assertThat(whole.entries()).containsExactly("KB896358", "KB893803v2 - Update");
        assertThat(whole.complete()).isTrue();
        HotfixInventory pasted = FieldValues.hotfixCell("3 Hotfix(s) Installed.\r\n     [01]: KB896358\n     [02]: KB899587");
        assertThat(pasted.entries()).as("systeminfo's lines pasted into a cell").containsExactly("KB896358", "KB899587");
        assertThat(pasted.complete()).isFalse();
        assertThat(FieldValues.hotfixCell("907019 KB1, KB2").entries()).as("not numbered: a plain list")
                .containsExactly("907019 KB1", "KB2");
    }

    @Test
    void a_systeminfo_count_too_large_for_a_number_is_no_count_rather_than_an_error() {
        HotfixInventory list = FieldValues.hotfixCell("99999999999 Hotfix(s) Installed.,[01]: KB896358");
        assertThat(list.mentions(896358)).isTrue();
        assertThat(list.incompleteBecause()).as("no count to fall short of").isNull();
    }

    @Test
    void a_powershell_type_name_in_place_of_the_list_is_refused_rather_than_read_as_one_hotfix() {
        assertThatThrownBy(() -> FieldValues.hotfixCell("System.Object[]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'System.Object[]'").hasMessageContaining("-join");
        assertThatThrownBy(() -> FieldValues.hotfixCell(" System.String[] ")).hasMessageContaining("System.String[]");
        assertThatThrownBy(() -> FieldValues.hotfixCell("System.Collections.Generic.List`1[System.String]"))
                .hasMessageContaining("PowerShell");
        assertThat(FieldValues.hotfixCell("KB896358, System.Object[]").entries()).as("only the whole cell")
                .containsExactly("KB896358", "System.Object[]");
    }

    @Test
    void vlans_and_booleans_read_as_inventory_md_says() {
        assertThat(FieldValues.vlans("10, 20;30 40.0")).extracting(Vlan::id).containsExactly(10, 20, 30, 40);
        assertThatThrownBy(() -> FieldValues.vlans("10 5000")).hasMessageContaining("5000");
        assertThat(FieldValues.bool("x")).isTrue();
        assertThat(FieldValues.bool("")).isFalse();
        assertThat(FieldValues.bool(null)).isNull();
        assertThatThrownBy(() -> FieldValues.bool("maybe")).hasMessageContaining("yes, no");
    }
}
