package org.kbaudit.simulation;

/**
 * A VLAN in the model: whether it actually carries traffic, and what Network Connections displays.
 * The defect makes the two differ: disabled, yet displayed active (Symptoms).
 */
public record ModelVlan(int id, boolean enabled, boolean displayedActive) {

    public static ModelVlan active(int id) {
        return new ModelVlan(id, true, true);
    }

    /** Disabled by the defect while Network Connections goes on showing it active. */
    public ModelVlan silentlyDisabled() {
        return new ModelVlan(id, false, true);
    }

    public ModelVlan reEnabled() {
        return active(id);
    }

    /** Displayed active but carrying no traffic: the outage monitoring does not see. */
    public boolean isSilentlyDisabled() {
        return !enabled && displayedActive;
    }
}
