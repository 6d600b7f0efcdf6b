package org.kbaudit.simulation;

import java.util.Objects;

/**
 * Something done to one adapter of a server: the operations KB907019 names. Adapters are named as in
 * the inventory.
 */
public sealed interface Event {

    /** The adapter being changed. */
    String adapter();

    /** A short form for messages and reports, e.g. {@code hotswap:NIC1}. */
    String describe();

    /** Remove the adapter, then insert one of the same model in the same slot (Symptoms, Note). */
    record HotSwap(String adapter) implements Event {
        public HotSwap {
            Objects.requireNonNull(adapter, "adapter");
        }

        @Override
        public String describe() {
            return "hotswap:" + adapter;
        }
    }

    /**
     * Add a new adapter (physical or virtual) driven by {@code driver} ({@code null}: unknown driver).
     */
    record AddAdapter(String adapter, String driver, boolean virtual) implements Event {
        public AddAdapter {
            Objects.requireNonNull(adapter, "adapter");
        }

        @Override
        public String describe() {
            return "add:" + adapter + (driver == null ? "" : ":" + driver);
        }
    }

    /** Remove the adapter for good. */
    record RemoveAdapter(String adapter) implements Event {
        public RemoveAdapter {
            Objects.requireNonNull(adapter, "adapter");
        }

        @Override
        public String describe() {
            return "remove:" + adapter;
        }
    }

    /** Stop and restart the adapter. */
    record Restart(String adapter) implements Event {
        public Restart {
            Objects.requireNonNull(adapter, "adapter");
        }

        @Override
        public String describe() {
            return "restart:" + adapter;
        }
    }

    /** Add a VLAN to the adapter, which stops and restarts it to enable the VLAN (Cause). */
    record AddVlan(String adapter, int vlanId) implements Event {
        public AddVlan {
            Objects.requireNonNull(adapter, "adapter");
            if (vlanId < 1 || vlanId > 4094) {
                throw new IllegalArgumentException("VLAN id " + vlanId + " is outside 1-4094");
            }
        }

        @Override
        public String describe() {
            return "add-vlan:" + adapter + ":" + vlanId;
        }
    }

    /**
     * Re-enable a VLAN explicitly, the only way a silently disabled VLAN comes back (the article says
     * nothing of them recovering by themselves). Modelled as not restarting the adapter.
     */
    record EnableVlan(String adapter, int vlanId) implements Event {
        public EnableVlan {
            Objects.requireNonNull(adapter, "adapter");
        }

        @Override
        public String describe() {
            return "enable-vlan:" + adapter + ":" + vlanId;
        }
    }
}
