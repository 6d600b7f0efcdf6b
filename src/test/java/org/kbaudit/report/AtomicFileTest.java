package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that cannot be written fails as one line naming it, whenever the file system says so. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void a_file_where_the_report_folder_should_be_fails_naming_the_report() throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file");
        Path report = dir.resolve("blocker").resolve("x.xlsx");
        assertThatThrownBy(() -> new AtomicFile(report)).isInstanceOf(ReportWriteException.class)
                .hasMessageStartingWith(report + ": cannot write the report: ")
                .hasMessageContaining("blocker");
    }

    @Test
    void a_temporary_file_that_cannot_be_opened_fails_naming_the_report_and_is_not_left_behind() throws Exception {
        Path report = dir.resolve("r.json");
        assertThatThrownBy(() -> new AtomicFile(report, temp -> {
            assertThat(temp).exists();
            throw new java.io.IOException("Too many open files");
        })).isInstanceOf(ReportWriteException.class)
                .hasMessage(report + ": cannot write the report: Too many open files");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void a_finished_file_leaves_the_target_as_it_was_until_it_is_committed() throws Exception {
        Path report = dir.resolve("r.json");
        Files.writeString(report, "earlier");
        AtomicFile file = new AtomicFile(report);
        file.stream().write("new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        file.overwrite(0, "N".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        file.finish();
        assertThat(report).hasContent("earlier");
        file.commit();
        assertThat(report).hasContent("New");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(report);
        }
    }

    @Test
    void a_finished_file_that_is_aborted_leaves_the_target_and_no_temporary_file() throws Exception {
        Path report = dir.resolve("r.json");
        Files.writeString(report, "earlier");
        AtomicFile file = new AtomicFile(report);
        file.stream().write('x');
        file.finish();
        file.abort();
        assertThat(report).hasContent("earlier");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(report);
        }
    }

    @Test
    void a_folder_appearing_where_the_report_goes_fails_the_commit_naming_the_report_and_leaves_nothing_behind()
            throws Exception {
        Path report = dir.resolve("r.json");
        AtomicFile file = new AtomicFile(report);
        file.stream().write('x');
        Files.createDirectories(report.resolve("in-the-way"));
        assertThatThrownBy(file::commit).isInstanceOf(ReportWriteException.class)
                .hasMessageStartingWith(report + ": cannot write the report: ");
        file.abort();
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(report);
        }
    }
}
