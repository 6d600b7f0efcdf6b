package org.kbaudit.rules.facts;

/** The patch-planning tier: 1 first. */
public record Priority(int tier) {
}
