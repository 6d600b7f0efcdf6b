package org.kbaudit.ingest;

import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/** Passes records on and counts them, so that a file failing midway can say what was kept. */
final class CountingSink implements RecordSink {

    private final RecordSink sink;
    private int count;

    CountingSink(RecordSink sink) {
        this.sink = sink;
    }

    @Override
    public void server(Server server) {
        count++;
        sink.server(server);
    }

    @Override
    public void reject(Rejection rejection) {
        count++;
        sink.reject(rejection);
    }

    /** {@code ""} when nothing was delivered, else a clause saying the records before the failure stand. */
    String kept() {
        return count == 0 ? "" : "; the " + count + " record(s) read before it are kept, the rest was not read";
    }
}
