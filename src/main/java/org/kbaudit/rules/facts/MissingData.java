package org.kbaudit.rules.facts;

/**
 * Data to collect before the server can be decided: {@code os}, {@code servicePack}, {@code hotfixes},
 * {@code files}, {@code adapters}, {@code adapterDrivers}, {@code architecture}.
 */
public record MissingData(String item) {
}
