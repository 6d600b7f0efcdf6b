package org.kbaudit.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes the rows of one sheet on a thread of its own, in the order given, while the caller writes
 * another sheet: each sheet of a streaming workbook has its own rows and temporary file, so two sheets can
 * be filled at once. At most a few batches wait, so memory stays small.
 */
final class BackgroundSheet implements AutoCloseable {

    private static final int BATCH = 512;
    private static final int WAITING = 4;

    private final SheetStream sheet;
    private final SheetStream.Styler styler;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kbaudit-sheet");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<?>> waiting = new ArrayDeque<>();
    private List<List<Object>> batch = new ArrayList<>(BATCH);

    BackgroundSheet(SheetStream sheet, SheetStream.Styler styler) {
        this.sheet = sheet;
        this.styler = styler;
    }

    void add(List<List<Object>> rows) throws IOException {
        batch.addAll(rows);
        if (batch.size() >= BATCH) {
            submit();
        }
    }

    /** Waits until every row is written; a failure on the sheet's thread is thrown here. */
    void finish() throws IOException {
        submit();
        while (!waiting.isEmpty()) {
            await(waiting.removeFirst());
        }
    }

    private void submit() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<List<Object>> rows = batch;
        batch = new ArrayList<>(BATCH);
        waiting.addLast(thread.submit(() -> {
            for (List<Object> row : rows) {
                sheet.add(row, styler);
            }
        }));
        while (waiting.size() > WAITING) {
            await(waiting.removeFirst());
        }
    }

    private static void await(Future<?> written) throws IOException {
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Stops the thread; when the rows were not all written, waits until it no longer touches the sheet. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
