package org.kbaudit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import org.kbaudit.audit.AuditListener;

/**
 * A progress bar on standard error, shown only when standard error is a terminal and the run is not quiet:
 * a log that standard error is redirected to gets no bar, a terminal gets one even when the summary on
 * standard output goes to a file.
 */
final class ProgressDisplay implements AuditListener, AutoCloseable {

    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressDisplay startIfTerminal(boolean quiet) {
        return start(quiet, standardErrorIsTerminal(), System.err);
    }

    /** A bar on {@code err} when it is a terminal and the run is not quiet; else nothing. */
    static ProgressDisplay start(boolean quiet, boolean terminal, PrintStream err) {
        if (quiet || !terminal) {
            return new ProgressDisplay(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Auditing").setInitialMax(-1)
                .setRenderer((state, width) -> line(state.getCurrent(), state.getTotalElapsed()))
                .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(err)).continuousUpdate()
                .build();
        return new ProgressDisplay(bar);
    }

    /**
     * What the bar shows: the records accounted for, the time and the rate. How many records the inputs hold
     * is not known until they are read, so there is no percentage to show.
     */
    static String line(long records, Duration elapsed) {
        long seconds = elapsed.toSeconds();
        long millis = Math.max(1, elapsed.toMillis());
        return String.format(Locale.ROOT, "Auditing: %,d records in %d:%02d (%,d a second)", records, seconds / 60,
                seconds % 60, records * 1000 / millis);
    }

    /**
     * Whether standard error is a terminal. Java cannot ask that of one stream ({@code System.console()} is
     * about standard input and output together); on Linux the file descriptor's link names the terminal
     * device. Elsewhere, the console stands in for it.
     */
    static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Whether a device path is a terminal's: a pseudo-terminal, a virtual console, a serial line. */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }

    private long records;

    @Override
    public void recordDone(long read) {
        records = read;
        if (bar != null && (read & 0xFF) == 0) {
            bar.stepTo(read);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(records);
            bar.close();
        }
    }
}
