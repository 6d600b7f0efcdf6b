package org.kbaudit.rules.facts;

import org.kbaudit.domain.Action;

/** The option the user's policy picks. */
public record Recommended(Action action) {
}
