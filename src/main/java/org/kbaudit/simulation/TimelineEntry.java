package org.kbaudit.simulation;

import java.util.Objects;

/**
 * One moment of a simulated event.
 *
 * @param atMillis   time since the event started; an assumption (see {@link Assumptions})
 * @param adapter    the adapter concerned
 * @param what       what happens to it
 * @param vlanId     the VLAN concerned, or {@code null} for a step of the adapter itself
 * @param collateral whether this happens to an adapter other than the one being changed
 */
public record TimelineEntry(long atMillis, String adapter, Step what, Integer vlanId, boolean collateral) {

    public TimelineEntry {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(what, "what");
    }

    /** E.g. {@code NIC2: VLAN 20 disabled, Network Connections still shows it active (collateral)}. */
    public String describe() {
        String vlan = vlanId == null ? "" : "VLAN " + vlanId + " ";
        String text = what.text();
        if (vlanId != null && text.startsWith("VLAN ")) {
            text = text.substring("VLAN ".length());
        }
        return adapter + ": " + vlan + text + (collateral ? " (collateral)" : "");
    }
}
