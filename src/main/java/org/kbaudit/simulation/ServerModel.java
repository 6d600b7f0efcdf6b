package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Server;

/**
 * One server as the simulation sees it: its adapters, their miniport drivers and their VLANs with the
 * state each VLAN is in. Immutable; events produce a new model ({@link Simulator#apply}).
 */
public final class ServerModel {

    private final String host;
    private final List<ModelAdapter> adapters;

    public ServerModel(String host, List<ModelAdapter> adapters) {
        this.host = Objects.requireNonNull(host, "host");
        this.adapters = List.copyOf(adapters);
    }

    /**
     * The server as the inventory describes it, every VLAN enabled.
     *
     * @throws SimulationException when the inventory does not list the server's adapters
     */
    public static ServerModel of(Server server) {
        List<Adapter> given = server.adapters();
        if (given == null) {
            throw new SimulationException("the adapters of " + server.host() + " are unknown, nothing to simulate");
        }
        List<ModelAdapter> adapters = new ArrayList<>(given.size());
        for (Adapter a : given) {
            adapters.add(ModelAdapter.of(a));
        }
        return new ServerModel(server.host(), adapters);
    }

    public String host() {
        return host;
    }

    public List<ModelAdapter> adapters() {
        return adapters;
    }

    public int size() {
        return adapters.size();
    }

    public ModelAdapter adapter(int index) {
        return adapters.get(index);
    }

    /** The index of the adapter with exactly this name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < adapters.size(); i++) {
            if (adapters.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the named adapter: exactly that name, or else the only one equal to it ignoring case.
     *
     * @throws SimulationException naming the adapters there are, when none (or several) match
     */
    public int require(String name) {
        int exact = indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        int found = -1;
        for (int i = 0; i < adapters.size(); i++) {
            if (adapters.get(i).name().equalsIgnoreCase(name)) {
                if (found >= 0) {
                    throw new SimulationException("adapter '" + name + "' is ambiguous on " + host + "; adapters: "
                            + names());
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new SimulationException("no adapter '" + name + "' on " + host + "; adapters: " + names());
        }
        return found;
    }

    /** The adapter names, comma-separated, for messages. */
    public String names() {
        if (adapters.isEmpty()) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder();
        for (ModelAdapter a : adapters) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a.name());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerModel m && host.equals(m.host) && adapters.equals(m.adapters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, adapters);
    }

    @Override
    public String toString() {
        return host + adapters;
    }
}
