package org.kbaudit.simulation;

/** What happens to an adapter or a VLAN at one moment of a {@link Timeline}. */
public enum Step {
    REMOVED("removed"),
    INSERTED("inserted, initialising"),
    HALTED("halted by its driver's HaltHandler, no traffic"),
    REINITIALISING("re-initialising"),
    RUNNING("running again"),
    VLAN_ADDED("VLAN added and enabled"),
    VLAN_DISABLED_SHOWN_ACTIVE("VLAN disabled, Network Connections still shows it active"),
    VLAN_ENABLED("VLAN re-enabled");

    private final String text;

    Step(String text) {
        this.text = text;
    }

    /** Readable wording for reports. */
    public String text() {
        return text;
    }

    /** The adapter stops carrying traffic at this step. */
    public boolean takesDown() {
        return this == REMOVED || this == HALTED;
    }

    /** The adapter carries traffic again after this step. */
    public boolean bringsUp() {
        return this == RUNNING;
    }
}
