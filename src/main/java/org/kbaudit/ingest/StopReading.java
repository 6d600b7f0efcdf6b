package org.kbaudit.ingest;

/**
 * Thrown by a {@link RecordSink} that cannot take more records (a report could not be written). Loaders
 * must let it pass: it is not damage in the input, and reading stops.
 */
public class StopReading extends RuntimeException {

    public StopReading(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
