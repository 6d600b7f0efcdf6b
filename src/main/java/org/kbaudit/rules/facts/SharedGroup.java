package org.kbaudit.rules.facts;

import org.kbaudit.domain.Adapter;

/**
 * Adapters that a halt reaches together: those of one miniport driver (the Symptoms), or every adapter
 * of the server under the conservative scope (the Cause read literally), when there are two or more.
 *
 * @param driverKey the lower-cased driver name, or {@code null} for "every adapter of the server"
 */
public record SharedGroup(String driverKey, int size) {

    public static SharedGroup wholeServer(int size) {
        return new SharedGroup(null, size);
    }

    public boolean covers(Adapter adapter) {
        return driverKey == null || driverKey.equals(adapter.driverKey());
    }
}
