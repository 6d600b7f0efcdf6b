package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Report paths as users type them: relative to the working directory as often as not. */
class ReportPathsTest {

    /** A fresh folder under target/, named relative to the working directory (the project, under Maven). */
    private static Path relativeScratch() throws IOException {
        Path scratch = Path.of("target", "report-paths-" + System.nanoTime());
        Files.createDirectories(scratch);
        return scratch;
    }

    @Test
    void a_relative_report_in_folders_that_do_not_exist_yet_can_be_written() throws IOException {
        Path report = relativeScratch().resolve("new").resolve("sub").resolve("r.json");

        assertThatCode(() -> ReportPaths.checkWritable(report)).doesNotThrowAnyException();
        assertThatCode(() -> ReportPaths.checkWritable(Path.of("r.json"))).doesNotThrowAnyException();
    }

    @Test
    void a_relative_report_under_a_file_names_that_file_as_the_user_wrote_it() throws IOException {
        Path blocker = Files.createFile(relativeScratch().resolve("blocker"));
        Path report = blocker.resolve("new").resolve("r.json");

        assertThatThrownBy(() -> ReportPaths.checkWritable(report)).isInstanceOf(ReportWriteException.class)
                .hasMessage(report + ": cannot write the report: " + blocker + " is a file, not a folder");
    }
}
