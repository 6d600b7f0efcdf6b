package org.kbaudit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class HotfixInventoryTest {

    @Test
    void recognises_every_written_form_of_the_article() {
        for (String entry : List.of("KB907019", "kb907019", "Q907019", "907019", "KB907019-v2", "KB907019v2",
                "KB907019 - Hotfix", "Hotfix for Windows Server 2003 (KB907019)")) {
            assertThat(HotfixInventory.listed(List.of("KB123456", entry)).mentions(907019)).as(entry).isTrue();
        }
        for (String entry : List.of("KB9070190", "KB1907019", "KB907018", "File 1", "AKB907019", "Q9070191")) {
            assertThat(HotfixInventory.listed(List.of(entry)).mentions(907019)).as(entry).isFalse();
        }
    }

    @Test
    void a_quick_fix_engineering_object_written_as_text_is_its_hotfix_id() {
        HotfixInventory list = HotfixInventory.listed(List.of("@{HotFixID=File 1}", "@{HotFixID=KB896358; InstalledOn=}"));
        assertThat(list.entries()).containsExactly("File 1", "KB896358");
        assertThat(list.complete()).as("a File 1 placeholder").isFalse();
        assertThat(HotfixInventory.listed(List.of("@{name=x}")).entries()).containsExactly("@{name=x}");
    }

    @Test
    void placeholders_make_a_list_incomplete() {
        HotfixInventory list = HotfixInventory.listed(List.of("KB890046", "File 1"));
        assertThat(list.complete()).isFalse();
        assertThat(list.incompleteBecause()).contains("File 1");
    }

    @Test
    void a_list_shorter_than_its_announced_count_is_incomplete() {
        assertThat(HotfixInventory.announced(List.of("KB1", "KB2"), 352).complete()).isFalse();
        assertThat(HotfixInventory.announced(List.of("KB1", "KB2"), 2).complete()).isTrue();
    }

    @Test
    void a_tabular_list_of_200_or_more_may_have_been_cut() {
        List<String> entries199 = IntStream.range(0, 199).mapToObj(i -> "KB" + (800000 + i)).toList();
        List<String> entries200 = IntStream.range(0, 200).mapToObj(i -> "KB" + (800000 + i)).toList();
        assertThat(HotfixInventory.listed(entries199).complete()).isTrue();
        assertThat(HotfixInventory.listed(entries200).complete()).isFalse();
        assertThat(HotfixInventory.announced(entries200, 200).complete()).isTrue();
    }

    @Test
    void an_empty_list_is_a_complete_list_of_none() {
        assertThat(HotfixInventory.listed(List.of()).complete()).isTrue();
        assertThat(HotfixInventory.listed(List.of(" ", "")).entries()).isEmpty();
    }
}
