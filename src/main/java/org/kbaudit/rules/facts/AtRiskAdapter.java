package org.kbaudit.rules.facts;

/** An adapter that an operation on another member of its shared group can knock out. */
public record AtRiskAdapter(String name) {
}
