package org.kbaudit.audit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.kbaudit.domain.Provenance;

/** Remembers where each host was first read, so that a second record of it is rejected naming both places. */
final class HostRegistry {

    private final Map<String, Provenance> firstSeen = new HashMap<>();

    /** The place the host was already read from, or {@code null} when it is new (and now registered). */
    Provenance register(String host, Provenance where) {
        return firstSeen.putIfAbsent(host.toLowerCase(Locale.ROOT), where);
    }
}
