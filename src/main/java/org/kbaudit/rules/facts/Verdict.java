package org.kbaudit.rules.facts;

import org.kbaudit.domain.Status;

/** The one status of the server. */
public record Verdict(Status status) {
}
