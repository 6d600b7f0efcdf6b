package org.kbaudit.rules.facts;

/** The recommended action needs a restart, and why. */
public record RestartNeeded(String why) {
}
