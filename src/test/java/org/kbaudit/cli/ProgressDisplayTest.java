package org.kbaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String drawn(boolean quiet, boolean terminal) {
        try (ProgressDisplay progress = ProgressDisplay.start(quiet, terminal,
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            for (long read = 1; read <= 1_024; read++) {
                progress.recordDone(read);
            }
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_terminal_gets_a_bar_counting_the_servers() {
        assertThat(drawn(false, true)).contains("Auditing: 1,024 records in 0:").doesNotContain("?");
    }

    @Test
    void the_line_gives_the_records_the_time_and_the_rate() {
        assertThat(ProgressDisplay.line(250_000, java.time.Duration.ofMillis(125_500)))
                .isEqualTo("Auditing: 250,000 records in 2:05 (1,992 a second)");
        assertThat(ProgressDisplay.line(0, java.time.Duration.ZERO)).isEqualTo("Auditing: 0 records in 0:00 (0 a second)");
    }

    @Test
    void standard_error_redirected_to_a_file_or_a_quiet_run_gets_nothing() {
        assertThat(drawn(false, false)).isEmpty();
        assertThat(drawn(true, true)).isEmpty();
    }

    @Test
    void terminal_devices_are_told_from_files_and_pipes() {
        assertThat(ProgressDisplay.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(ProgressDisplay.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(ProgressDisplay.isTerminalDevice("/dev/console")).isTrue();
        assertThat(ProgressDisplay.isTerminalDevice("/var/log/kbaudit.log")).isFalse();
        assertThat(ProgressDisplay.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(ProgressDisplay.isTerminalDevice("/dev/null")).isFalse();
    }

    @Test
    void under_the_test_runner_standard_error_is_no_terminal() {
        // surefire pipes the forked JVM's standard error to itself
        assertThat(ProgressDisplay.standardErrorIsTerminal()).isFalse();
    }
}
