package org.kbaudit.domain;

/** A record that could not be audited, with where it is and why. Nothing is dropped silently. */
public record Rejection(String source, String location, String reason) {

    public Rejection {
        location = location == null ? "" : location;
    }

    public static Rejection at(Provenance where, String reason) {
        return new Rejection(where.source(), where.location(), reason);
    }

    /** One line: {@code fleet.xlsx Adapters!R17 (Driver): reason}. */
    @Override
    public String toString() {
        return (location.isEmpty() ? source : source + " " + location) + ": " + reason;
    }
}
