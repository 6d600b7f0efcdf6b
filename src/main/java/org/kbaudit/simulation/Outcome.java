package org.kbaudit.simulation;

import java.util.List;
import java.util.Objects;

import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Policy;

/**
 * What one event did to a server.
 *
 * @param collateralAdapters the adapters other than the target that were halted, sorted
 * @param silentVlans        the VLANs this event disabled while they stay displayed active, sorted
 * @param before             the server before the event
 * @param after              the server after it (VLAN states included), to apply further events to
 */
public record Outcome(Event event, Component component, Policy.Scope scope, ServerModel before,
                      ServerModel after, List<String> collateralAdapters, List<AdapterVlan> silentVlans,
                      Timeline timeline) {

    public Outcome {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(scope, "scope");
        collateralAdapters = List.copyOf(collateralAdapters);
        silentVlans = List.copyOf(silentVlans);
    }

    public boolean hasCollateral() {
        return !collateralAdapters.isEmpty() || !silentVlans.isEmpty();
    }
}
