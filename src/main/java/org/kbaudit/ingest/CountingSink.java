package org.kbaudit.ingest;

import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/**
 * Passes records on and counts them, so that a file failing midway can say what was kept. A failure of
 * the sink itself (such as {@link StopReading}) is not damage in the input: it comes out wrapped in
 * {@link SinkFailed}, for the loader to rethrow as it was.
 */
final class CountingSink implements RecordSink {

    /** The sink threw; {@link #rethrow()} throws what it threw. */
    static final class SinkFailed extends RuntimeException {
        SinkFailed(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        RuntimeException rethrow() {
            throw (RuntimeException) getCause();
        }
    }

    private final RecordSink sink;
    private int count;

    CountingSink(RecordSink sink) {
        this.sink = sink;
    }

    @Override
    public void server(Server server) {
        count++;
        try {
            sink.server(server);
        } catch (RuntimeException e) {
            throw new SinkFailed(e);
        }
    }

    @Override
    public void reject(Rejection rejection) {
        count++;
        try {
            sink.reject(rejection);
        } catch (RuntimeException e) {
            throw new SinkFailed(e);
        }
    }

    @Override
    public void pending(PendingRecord record) {
        count++;
        try {
            sink.pending(record);
        } catch (RuntimeException e) {
            throw new SinkFailed(e);
        }
    }

    /** {@code ""} when nothing was delivered, else a clause saying the records before the failure stand. */
    String kept() {
        return count == 0 ? "" : "; the " + count + " record(s) read before it are kept, the rest was not read";
    }
}
