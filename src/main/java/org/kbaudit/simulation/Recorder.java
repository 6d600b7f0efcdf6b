package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.kbaudit.domain.AdapterVlan;

/** Records every step of one event: the timeline, the collateral, and the VLANs the event disabled. */
final class Recorder implements EffectSink {

    private final List<TimelineEntry> entries = new ArrayList<>();
    private final TreeSet<String> collateral = new TreeSet<>();
    private final TreeSet<AdapterVlan> silent = new TreeSet<>();
    private final List<int[]> disabled = new ArrayList<>();

    @Override
    public void adapterStep(long atMillis, int adapter, String name, Step step, boolean collateral) {
        entries.add(new TimelineEntry(atMillis, name, step, null, collateral));
        if (collateral && step == Step.HALTED) {
            this.collateral.add(name);
        }
    }

    @Override
    public void vlanStep(long atMillis, int adapter, String name, int vlanIndex, int vlanId, Step step,
                         boolean collateral) {
        entries.add(new TimelineEntry(atMillis, name, step, vlanId, collateral));
        if (step == Step.VLAN_DISABLED_SHOWN_ACTIVE) {
            silent.add(new AdapterVlan(name, vlanId));
            disabled.add(new int[] {adapter, vlanIndex});
        }
    }

    List<TimelineEntry> entries() {
        return entries;
    }

    List<String> collateralAdapters() {
        return List.copyOf(collateral);
    }

    List<AdapterVlan> silentVlans() {
        return List.copyOf(silent);
    }

    /** {adapter index, VLAN index} of each VLAN the event disabled, in the model it applied to. */
    List<int[]> disabledVlans() {
        return disabled;
    }
}
