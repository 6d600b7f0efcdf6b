package org.kbaudit.rules.facts;

import org.kbaudit.domain.Action;

/** One way to fix the server. */
public record RemedyOption(Action action) {
}
