package org.kbaudit.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One network adapter of a server, physical or virtual.
 *
 * @param name          the connection name (NetConnectionID), unique within the server
 * @param description   product name, or {@code null}
 * @param driver        the miniport driver service name ({@code E1000}, {@code b57w2k}), or {@code null} when unknown
 * @param driverInferred true when the loader guessed the driver (systeminfo groups cards by product name)
 * @param virtual       {@code null} when not said
 * @param hotPlug       {@code null} when not said
 * @param vlans         the VLANs configured on it (never null; empty when none)
 */
public record Adapter(String name, String description, String driver, boolean driverInferred,
                      Boolean virtual, Boolean hotPlug, List<Vlan> vlans, Provenance provenance) {

    public Adapter {
        Objects.requireNonNull(name, "adapter name");
        driver = driver == null || driver.isBlank() ? null : driver.strip();
        vlans = vlans == null ? List.of() : List.copyOf(vlans);
    }

    public boolean hasDriver() {
        return driver != null;
    }

    /** The driver name as compared: case-insensitive (VERDICTS.md 1). {@code null} when unknown. */
    public String driverKey() {
        return driver == null ? null : driver.toLowerCase(Locale.ROOT);
    }

    public boolean hasVlans() {
        return !vlans.isEmpty();
    }
}
