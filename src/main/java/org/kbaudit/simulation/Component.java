package org.kbaudit.simulation;

/** The network configuration component (Netcfgx.dll) the simulated server runs. */
public enum Component {
    /** Before the fix: a driver's HaltHandler runs for every adapter it drives (Cause). */
    DEFECTIVE("defective"),
    /** With SP2 or the hotfix: only the adapter being changed is affected (Resolution). */
    FIXED("fixed");

    private final String label;

    Component(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Component of(boolean fixInEffect) {
        return fixInEffect ? FIXED : DEFECTIVE;
    }
}
