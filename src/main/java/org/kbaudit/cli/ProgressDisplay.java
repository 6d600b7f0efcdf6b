package org.kbaudit.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.kbaudit.audit.AuditListener;

/** A progress bar on standard error, shown only when it is a terminal and the run is not quiet. */
final class ProgressDisplay implements AuditListener, AutoCloseable {

    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressDisplay startIfTerminal(boolean quiet) {
        if (quiet || System.console() == null) {
            return new ProgressDisplay(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Auditing").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" servers", 1).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
        return new ProgressDisplay(bar);
    }

    @Override
    public void recordDone(long read) {
        if (bar != null && (read & 0xFF) == 0) {
            bar.stepTo(read);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
