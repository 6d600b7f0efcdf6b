package org.kbaudit.domain;

import java.util.Objects;

/**
 * Where a record came from: the input file and the position inside it (a JSON path, a line,
 * a {@code Sheet!Cell}). Every server, adapter, finding and reject carries one, so that a
 * person can go back to the origin of anything the tool says.
 */
public record Provenance(String source, String location) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        location = location == null ? "" : location;
    }

    public Provenance at(String innerLocation) {
        return new Provenance(source, innerLocation);
    }

    @Override
    public String toString() {
        return location.isEmpty() ? source : source + " " + location;
    }
}
