package org.kbaudit.simulation;

import java.util.List;
import java.util.Objects;

import org.kbaudit.domain.Policy;

/**
 * Replays events on a {@link ServerModel}, with the network configuration component defective or fixed.
 *
 * <p>Defective (Cause): adding, removing or restarting an adapter calls its driver's HaltHandler for
 * every adapter that driver drives (under {@link Policy.Scope#ALL_ADAPTERS}: every adapter of the
 * server); those adapters are halted and re-initialised. When the restart is for adding a VLAN, the
 * VLANs of those other adapters end disabled while Network Connections still shows them active
 * (Symptoms), and stay so until re-enabled. Adapters whose driver is unknown are each taken as a driver
 * of their own: nothing proves they share one. Fixed: only the adapter being changed is affected.
 *
 * <p>Immutable and thread-safe.
 */
public final class Simulator {

    private final Assumptions assumptions;
    private final Component component;
    private final Policy.Scope scope;

    public Simulator(Assumptions assumptions, Component component, Policy.Scope scope) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
        this.component = Objects.requireNonNull(component, "component");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    public Component component() {
        return component;
    }

    public Policy.Scope scope() {
        return scope;
    }

    /**
     * Applies one event and records what it does.
     *
     * @throws SimulationException when the event does not fit the server (unknown adapter, VLAN already
     *                             configured, adapter name taken, ...)
     */
    public Outcome apply(ServerModel model, Event event) {
        int target = resolve(model, event);
        Recorder recorder = new Recorder();
        run(model, event, target, recorder);
        ServerModel after = StateTransition.after(model, event, target, recorder.disabledVlans());
        return new Outcome(event, component, scope, model, after, recorder.collateralAdapters(),
                recorder.silentVlans(), new Timeline(recorder.entries(), assumptions));
    }

    /** Applies events one after the other; the outcomes in order, each on the state the previous left. */
    public List<Outcome> applyAll(ServerModel model, List<? extends Event> events) {
        Outcome[] outcomes = new Outcome[events.size()];
        ServerModel current = model;
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = apply(current, events.get(i));
            current = outcomes[i].after();
        }
        return List.of(outcomes);
    }

    /** The index of the event's target in the model ({@code size()} for an adapter being added). */
    int resolve(ServerModel model, Event event) {
        if (event instanceof Event.AddAdapter add) {
            for (ModelAdapter a : model.adapters()) {
                if (a.name().equalsIgnoreCase(add.adapter())) {
                    throw new SimulationException("adapter '" + add.adapter() + "' already exists on " + model.host());
                }
            }
            return model.size();
        }
        int target = model.require(event.adapter());
        ModelAdapter adapter = model.adapter(target);
        if (event instanceof Event.AddVlan v && adapter.vlanIndex(v.vlanId()) >= 0) {
            throw new SimulationException("VLAN " + v.vlanId() + " is already configured on " + adapter.name());
        }
        if (event instanceof Event.EnableVlan v && adapter.vlanIndex(v.vlanId()) < 0) {
            throw new SimulationException("VLAN " + v.vlanId() + " is not configured on " + adapter.name());
        }
        return target;
    }

    /** Works out what the event does to the adapter at {@code target}; the sink hears every step. */
    void run(ServerModel model, Event event, int target, EffectSink sink) {
        if (event instanceof Event.HotSwap) {
            hotSwap(model, target, sink);
        } else if (event instanceof Event.AddAdapter add) {
            ModelAdapter added = new ModelAdapter(add.adapter(), add.driver(), add.virtual(), List.of());
            sink.adapterStep(0, target, added.name(), Step.INSERTED, false);
            sink.adapterStep(assumptions.reinitMillis(), target, added.name(), Step.RUNNING, false);
            cascade(model, -1, added, 0, false, sink);
        } else if (event instanceof Event.RemoveAdapter) {
            sink.adapterStep(0, target, model.adapter(target).name(), Step.REMOVED, false);
            cascade(model, target, model.adapter(target), 0, false, sink);
        } else if (event instanceof Event.Restart) {
            bounce(0, target, model.adapter(target).name(), false, sink);
            cascade(model, target, model.adapter(target), 0, false, sink);
        } else if (event instanceof Event.AddVlan v) {
            addVlan(model, target, v.vlanId(), sink);
        } else if (event instanceof Event.EnableVlan v) {
            ModelAdapter adapter = model.adapter(target);
            sink.vlanStep(0, target, adapter.name(), adapter.vlanIndex(v.vlanId()), v.vlanId(), Step.VLAN_ENABLED,
                    false);
        } else {
            throw new IllegalArgumentException("unknown event " + event);
        }
    }

    /** Removal, then insertion of the same model in the same slot: two occasions for the HaltHandler. */
    void hotSwap(ServerModel model, int target, EffectSink sink) {
        ModelAdapter adapter = model.adapter(target);
        long inserted = assumptions.swapMillis();
        sink.adapterStep(0, target, adapter.name(), Step.REMOVED, false);
        cascade(model, target, adapter, 0, false, sink);
        sink.adapterStep(inserted, target, adapter.name(), Step.INSERTED, false);
        sink.adapterStep(inserted + assumptions.reinitMillis(), target, adapter.name(), Step.RUNNING, false);
        cascade(model, target, adapter, inserted, false, sink);
    }

    /** The adapter is stopped and restarted to enable the new VLAN (Cause). */
    void addVlan(ServerModel model, int target, int vlanId, EffectSink sink) {
        ModelAdapter adapter = model.adapter(target);
        bounce(0, target, adapter.name(), false, sink);
        sink.vlanStep(assumptions.outageMillis(), target, adapter.name(), adapter.vlans().size(), vlanId,
                Step.VLAN_ADDED, false);
        cascade(model, target, adapter, 0, true, sink);
    }

    /** The defect: the HaltHandler runs for the other adapters the change reaches. */
    private void cascade(ServerModel model, int skip, ModelAdapter trigger, long at, boolean vlansLost,
                         EffectSink sink) {
        if (component == Component.FIXED) {
            return;
        }
        long back = at + assumptions.outageMillis();
        for (int i = 0; i < model.size(); i++) {
            ModelAdapter other = model.adapter(i);
            if (i == skip || !haltReaches(trigger, other)) {
                continue;
            }
            bounce(at, i, other.name(), true, sink);
            if (vlansLost) {
                List<ModelVlan> vlans = other.vlans();
                for (int j = 0; j < vlans.size(); j++) {
                    if (vlans.get(j).enabled()) {
                        sink.vlanStep(back, i, other.name(), j, vlans.get(j).id(), Step.VLAN_DISABLED_SHOWN_ACTIVE,
                                true);
                    }
                }
            }
        }
    }

    /** Whether the HaltHandler run for {@code trigger} also runs for {@code other}. */
    private boolean haltReaches(ModelAdapter trigger, ModelAdapter other) {
        if (scope == Policy.Scope.ALL_ADAPTERS) {
            return true;
        }
        String driver = trigger.driverKey();
        return driver != null && driver.equals(other.driverKey());
    }

    private void bounce(long at, int index, String name, boolean collateral, EffectSink sink) {
        sink.adapterStep(at, index, name, Step.HALTED, collateral);
        sink.adapterStep(at + assumptions.haltMillis(), index, name, Step.REINITIALISING, collateral);
        sink.adapterStep(at + assumptions.outageMillis(), index, name, Step.RUNNING, collateral);
    }
}
