package org.kbaudit.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.ingest.PendingRecord;
import org.kbaudit.ingest.RecordSink;
import org.kbaudit.ingest.StopReading;
import org.kbaudit.rules.RulesOutcomeException;

/**
 * The audit's three stages on every core: the loaders read on the calling thread and hand records over
 * in batches; a pool of workers maps the records still pending (JSON server objects are handed over as
 * bytes) and decides the servers of each batch; one writer thread takes the batches back <em>in input
 * order</em>, checks that no host comes twice, and writes them. The output is the same, byte for byte, whatever the number
 * of workers. Queues are bounded, so memory does not grow with the fleet.
 */
final class AuditPipeline implements RecordSink, AutoCloseable {

    /** Records a batch holds. */
    static final int BATCH = 256;

    private final Function<Server, Object> settle;
    private final Function<Server, Finding> decide;
    private final Tally tally;
    private final HostRegistry hosts = new HostRegistry();
    private final ExecutorService workers;
    private final BlockingQueue<Future<List<Object>>> inOrder;
    private final Thread writer;
    private final CompletableFuture<Void> written = new CompletableFuture<>();
    private List<Object> batch = new ArrayList<>(BATCH);

    /** Marks the end of the stream for the writer. */
    private static final Future<List<Object>> END = CompletableFuture.completedFuture(List.of());

    AuditPipeline(Function<Server, Finding> decide, Tally tally, int threads) {
        this(Settling::settle, decide, tally, threads);
    }

    /**
     * @param settle what is done to a server read before it is decided: the server to decide, or its rejection
     *               ({@link Settling#settle}; tests give one that fails)
     */
    AuditPipeline(Function<Server, Object> settle, Function<Server, Finding> decide, Tally tally, int threads) {
        this.settle = settle;
        this.decide = decide;
        this.tally = tally;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kbaudit-worker");
            t.setDaemon(true);
            return t;
        });
        this.inOrder = new ArrayBlockingQueue<>(batchesQueued(threads));
        this.writer = new Thread(this::writeInOrder, "kbaudit-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Batches waiting to be written, at most, behind the one the writer has taken. */
    static int batchesQueued(int threads) {
        return 4 * threads;
    }

    @Override
    public void server(Server server) {
        add(server);
    }

    /** Mapped by a worker, beside the deciding. */
    @Override
    public void pending(PendingRecord record) {
        add(record);
    }

    @Override
    public void reject(Rejection rejection) {
        add(rejection);
    }

    private void add(Object record) {
        batch.add(record);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Object> records = batch;
        batch = new ArrayList<>(BATCH);
        enqueue(workers.submit(() -> decideAll(records)));
    }

    private void enqueue(Future<List<Object>> future) {
        try {
            while (!inOrder.offer(future, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (written.isDone()) {
                    stopIfWriterFailed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StopReading(new IOException("interrupted"));
        }
        stopIfWriterFailed();
    }

    private void stopIfWriterFailed() {
        if (written.isCompletedExceptionally()) {
            try {
                written.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new StopReading(e.getCause());
            }
        }
    }

    private List<Object> decideAll(List<Object> records) {
        List<Object> results = new ArrayList<>(records.size());
        for (Object record : records) {
            results.add(outcome(record));
        }
        return results;
    }

    /**
     * One record's finding or rejection. Whatever goes wrong with one record (short of running out of memory)
     * is that record's rejection, naming it as a defect of kbaudit: one bad record never stops the rest.
     */
    private Object outcome(Object record) {
        if (record instanceof PendingRecord pending) {
            record = mapped(pending);
        }
        if (!(record instanceof Server read)) {
            return record;
        }
        try {
            Object settled = settle.apply(read);
            if (!(settled instanceof Server server)) {
                return settled;
            }
            Finding finding = decide.apply(server);
            return new Decided(finding, tally.prepare(finding));
        } catch (RulesOutcomeException e) {
            return Rejection.at(read.provenance(), "the rules gave no single finding for "
                    + read.host() + ": " + e.getMessage() + " (with --rules, a defect of those rules;"
                    + " with the bundled rules, of kbaudit: please report it)").withHost(read.host());
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return Rejection.at(read.provenance(), "kbaudit could not evaluate " + read.host()
                    + " (a defect of kbaudit, please report it): " + e).withHost(read.host());
        }
    }

    /** A finding, with what the report writers prepared of it on the worker. */
    private record Decided(Finding finding, Object[] prepared) {
    }

    /** The server or rejection a pending record maps to. */
    private static Object mapped(PendingRecord pending) {
        Object[] result = new Object[1];
        try {
            pending.deliverTo(RecordSink.into(result));
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return Rejection.at(pending.provenance(), "kbaudit could not read this record (a defect of kbaudit,"
                    + " please report it): " + e);
        }
        return result[0];
    }

    /**
     * Hands the results to the tally in input order. Host names are checked here, in input order, so the
     * first server of a host is the one audited; a later one is a rejection naming the first.
     */
    private void writeInOrder() {
        try {
            for (Future<List<Object>> next = inOrder.take(); next != END; next = inOrder.take()) {
                for (Object result : next.get()) {
                    if (result instanceof Decided decided) {
                        Finding finding = decided.finding();
                        DuplicateHost duplicate = hosts.register(finding.host(), finding.server().provenance());
                        if (duplicate == null) {
                            tally.finding(finding, decided.prepared());
                        } else {
                            tally.rejection(Rejection.at(finding.server().provenance(),
                                    duplicate.reason(finding.host())).withHost(finding.host()));
                        }
                    } else {
                        tally.rejection((Rejection) result);
                    }
                }
            }
            written.complete(null);
        } catch (IOException e) {
            written.completeExceptionally(e);
        } catch (ExecutionException e) {
            written.completeExceptionally(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            written.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            written.completeExceptionally(e);
        }
        if (written.isCompletedExceptionally()) {
            inOrder.clear();
        }
    }

    /**
     * Waits until everything read so far is written.
     *
     * @throws IOException when a report could not be written
     */
    void finish() throws IOException {
        flush();
        enqueue(END);
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the reports", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        writer.interrupt();
    }
}
