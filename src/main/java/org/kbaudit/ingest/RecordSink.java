package org.kbaudit.ingest;

import java.util.List;

import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/**
 * Where a loader delivers what it reads, one record at a time and in file order: a server that can be
 * audited, or a rejection naming the record's place and the reason. A loader accounts for every record
 * it meets through exactly one of the two, or hands over a {@link PendingRecord} that maps to one of them.
 */
public interface RecordSink {

    void server(Server server);

    void reject(Rejection rejection);

    /**
     * A record still to be mapped, in its place in the file order. By default it is mapped at once; a
     * sink may instead map it later, on any thread, as long as it keeps the file order.
     */
    default void pending(PendingRecord record) {
        record.deliverTo(this);
    }

    /** A sink for one record: what is delivered (the server or the rejection) is put in {@code result[0]}. */
    static RecordSink into(Object[] result) {
        return new RecordSink() {
            @Override
            public void server(Server server) {
                result[0] = server;
            }

            @Override
            public void reject(Rejection rejection) {
                result[0] = rejection;
            }
        };
    }

    /** A sink that keeps everything in the two lists, in input order. */
    static RecordSink into(List<Server> servers, List<Rejection> rejections) {
        return new RecordSink() {
            @Override
            public void server(Server server) {
                servers.add(server);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        };
    }
}
