package org.kbaudit.ingest;

import java.util.List;

import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/**
 * Where a loader delivers what it reads, one record at a time and in file order: a server that can be
 * audited, or a rejection naming the record's place and the reason. A loader accounts for every record
 * it meets through exactly one of the two.
 */
public interface RecordSink {

    void server(Server server);

    void reject(Rejection rejection);

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
