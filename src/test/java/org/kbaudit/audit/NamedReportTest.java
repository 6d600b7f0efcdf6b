package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.domain.Policy;
import org.kbaudit.report.ReportWriteException;

@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a regression fails, never hangs
class NamedReportTest {

    @Test
    void a_failure_half_way_through_a_report_is_one_line_naming_that_report_and_leaves_no_report(@TempDir Path dir)
            throws IOException {
        Path fleet = dir.resolve("fleet.json");
        StringBuilder servers = new StringBuilder("[");
        for (int i = 0; i < 5_000; i++) {
            servers.append(i == 0 ? "" : ",").append("{\"host\": \"H").append(i).append("\"}");
        }
        Files.writeString(fleet, servers.append("]"));
        Path json = dir.resolve("out/report.json");
        AuditPipelineTest.Recording full = new AuditPipelineTest.Recording();
        full.failAfter = 1_000; // "disk full"

        assertThatThrownBy(() -> AuditService.withRules(null).run(
                new AuditRequest(List.of(fleet), Policy.DEFAULT, null, new Reports(json, null, null)),
                List.of(new NamedReport(dir.resolve("out/fleet.xlsx"), full)), AuditListener.NONE))
                .isInstanceOf(ReportWriteException.class)
                .hasMessage(dir.resolve("out/fleet.xlsx") + ": cannot write the report: disk full");
        assertThat(json).doesNotExist();
        assertThat(dir.resolve("out")).isEmptyDirectory();
    }

    @Test
    void a_report_that_cannot_be_finished_leaves_the_report_finished_before_it_uncommitted(@TempDir Path dir)
            throws IOException {
        Path fleet = dir.resolve("fleet.json");
        Files.writeString(fleet, "[{\"host\": \"H1\"}, {\"host\": \"H2\"}]");
        Path json = dir.resolve("out/report.json");
        Files.createDirectories(json.getParent());
        Files.writeString(json, "the report of an earlier run");
        AuditPipelineTest.Recording full = new AuditPipelineTest.Recording();
        full.failToFinish = true; // "disk full" once every finding is written, after the JSON report finished

        assertThatThrownBy(() -> AuditService.withRules(null).run(
                new AuditRequest(List.of(fleet), Policy.DEFAULT, null, new Reports(json, null, null)),
                List.of(new NamedReport(dir.resolve("out/fleet.xlsx"), full)), AuditListener.NONE))
                .isInstanceOf(ReportWriteException.class)
                .hasMessage(dir.resolve("out/fleet.xlsx") + ": cannot write the report: disk full");
        assertThat(full.written).hasSize(2);
        assertThat(json).hasContent("the report of an earlier run");
        try (var left = Files.list(dir.resolve("out"))) {
            assertThat(left).containsExactly(json);
        }
    }

    @Test
    void a_report_that_cannot_be_moved_into_place_takes_back_the_reports_moved_before_it(@TempDir Path dir)
            throws IOException {
        Path fleet = dir.resolve("fleet.json");
        Files.writeString(fleet, "[{\"host\": \"H1\"}, {\"host\": \"H2\"}]");
        Path json = dir.resolve("out/report.json");
        Path csv = dir.resolve("out/report.csv");
        Files.createDirectories(json.getParent());
        Files.writeString(json, "the report of an earlier run");
        AuditPipelineTest.Recording locked = new AuditPipelineTest.Recording();
        locked.failToCommit = true; // its folder turned read-only, or the file there is someone else's

        assertThatThrownBy(() -> AuditService.withRules(null).run(
                new AuditRequest(List.of(fleet), Policy.DEFAULT, null, new Reports(json, null, csv)),
                List.of(new NamedReport(dir.resolve("out/fleet.xlsx"), locked)), AuditListener.NONE))
                .isInstanceOf(ReportWriteException.class)
                .hasMessage(dir.resolve("out/fleet.xlsx") + ": cannot write the report: operation not permitted");
        assertThat(json).as("the earlier report, put back").hasContent("the report of an earlier run");
        try (var left = Files.list(dir.resolve("out"))) {
            assertThat(left).as("the CSV report had no earlier one: removed; no link or temporary file left")
                    .containsExactly(json);
        }
    }

    @Test
    void an_input_output_failure_that_a_library_wraps_is_one_line_naming_the_report(@TempDir Path dir) throws IOException {
        Path fleet = dir.resolve("fleet.json");
        Files.writeString(fleet, "[{\"host\": \"H1\"}, {\"host\": \"H2\"}]");
        AuditPipelineTest.Recording sheets = new AuditPipelineTest.Recording();
        sheets.failAfter = 1;
        sheets.failure = new IllegalStateException(new IOException("No space left on device")); // as POI's SXSSF does

        assertThatThrownBy(() -> AuditService.withRules(null).run(
                new AuditRequest(List.of(fleet), Policy.DEFAULT, null, new Reports(null, null, null)),
                List.of(new NamedReport(dir.resolve("fleet.xlsx"), sheets)), AuditListener.NONE))
                .isInstanceOf(ReportWriteException.class)
                .hasMessage(dir.resolve("fleet.xlsx") + ": cannot write the report: No space left on device");
    }

    @Test
    void running_out_of_memory_while_writing_is_that_and_not_an_input_output_failure(@TempDir Path dir) throws IOException {
        Path fleet = dir.resolve("fleet.json");
        StringBuilder servers = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) { // still reading when the writer fails: the failure stops the reading
            servers.append(i == 0 ? "" : ",").append("{\"host\": \"H").append(i).append("\"}");
        }
        Files.writeString(fleet, servers.append("]"));
        AuditPipelineTest.Recording heap = new AuditPipelineTest.Recording();
        heap.failAfter = 1;
        heap.failure = new OutOfMemoryError("Java heap space");

        assertThatThrownBy(() -> AuditService.withRules(null).run(
                new AuditRequest(List.of(fleet), Policy.DEFAULT, null, new Reports(null, null, null)),
                List.of(new NamedReport(dir.resolve("fleet.xlsx"), heap)), AuditListener.NONE))
                .isInstanceOf(OutOfMemoryError.class);
    }
}
