package org.kbaudit.ingest;

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
}
