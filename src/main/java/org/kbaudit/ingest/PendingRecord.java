package org.kbaudit.ingest;

import org.kbaudit.domain.Provenance;

/**
 * A record read but not yet mapped, such as the bytes of one JSON server object. Mapping is most of the
 * cost of reading, so a sink may do it on another thread; whoever maps it gets exactly one server or one
 * rejection, as if the loader had delivered it.
 */
public interface PendingRecord {

    /** Where the record starts. */
    Provenance provenance();

    /** Maps the record and delivers the result, one server or one rejection, to the sink. */
    void deliverTo(RecordSink sink);
}
