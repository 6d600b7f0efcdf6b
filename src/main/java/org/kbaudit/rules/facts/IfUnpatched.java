package org.kbaudit.rules.facts;

import org.kbaudit.domain.Status;

/** For an UNKNOWN server: the status it would have without the fix. */
public record IfUnpatched(Status status) {
}
