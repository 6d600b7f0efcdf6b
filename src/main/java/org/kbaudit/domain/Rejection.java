package org.kbaudit.domain;

/**
 * A record that could not be audited, with where it is and why. Nothing is dropped silently.
 *
 * @param host the host the record is about when the loader knows it (a duplicate, a row with a bad VLAN),
 *             otherwise {@code null}; shown in the workbook's Data quality sheet, not part of the JSON report
 */
public record Rejection(String source, String location, String reason, String host) {

    public Rejection {
        location = location == null ? "" : location;
        host = host == null || host.isBlank() ? null : host;
    }

    /** A rejection of a record whose host is not known. */
    public Rejection(String source, String location, String reason) {
        this(source, location, reason, null);
    }

    public static Rejection at(Provenance where, String reason) {
        return new Rejection(where.source(), where.location(), reason);
    }

    /** The same rejection, of a record about that host. */
    public Rejection withHost(String host) {
        return new Rejection(source, location, reason, host);
    }

    /** One line: {@code fleet.xlsx Adapters!R17 (Driver): reason}. */
    @Override
    public String toString() {
        return (location.isEmpty() ? source : source + " " + location) + ": " + reason;
    }
}
