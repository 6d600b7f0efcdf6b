package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.kbaudit.domain.AdapterVlan;

/**
 * Marks which adapters were halted as collateral and which VLANs were silently disabled, over any
 * number of events on one model, without recording a timeline. Not thread-safe: one per verification.
 */
final class CollateralTally implements EffectSink {

    private final ServerModel model;
    private final boolean[] halted;
    private final boolean[][] disabled;
    private boolean any;
    /** The adapters halted as collateral by the event under way, and the most any one event halted. */
    private final boolean[] haltedNow;
    private int haltedNowCount;
    private int mostHaltedByOneEvent;

    CollateralTally(ServerModel model) {
        this.model = model;
        this.halted = new boolean[model.size()];
        this.disabled = new boolean[model.size()][];
        this.haltedNow = new boolean[model.size()];
    }

    /** The next steps belong to a new event (a hot swap, a VLAN added). */
    void startEvent() {
        java.util.Arrays.fill(haltedNow, false);
        haltedNowCount = 0;
    }

    @Override
    public void adapterStep(long atMillis, int adapter, String name, Step step, boolean collateral) {
        if (collateral && step == Step.HALTED) {
            halted[adapter] = true;
            any = true;
            if (!haltedNow[adapter]) {
                haltedNow[adapter] = true;
                mostHaltedByOneEvent = Math.max(mostHaltedByOneEvent, ++haltedNowCount);
            }
        }
    }

    @Override
    public void vlanStep(long atMillis, int adapter, String name, int vlanIndex, int vlanId, Step step,
                         boolean collateral) {
        if (step == Step.VLAN_DISABLED_SHOWN_ACTIVE) {
            if (disabled[adapter] == null) {
                disabled[adapter] = new boolean[model.adapter(adapter).vlans().size()];
            }
            disabled[adapter][vlanIndex] = true;
            any = true;
        }
    }

    /** The most adapters one event halted besides the one it was on. */
    int mostHaltedByOneEvent() {
        return mostHaltedByOneEvent;
    }

    boolean isEmpty() {
        return !any;
    }

    /** The distinct names of the adapters halted as collateral, sorted. */
    List<String> haltedAdapters() {
        if (!any) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < halted.length; i++) {
            if (halted[i]) {
                names.add(model.adapter(i).name());
            }
        }
        return new ArrayList<>(names);
    }

    /** The distinct VLANs silently disabled, sorted. */
    List<AdapterVlan> disabledVlans() {
        if (!any) {
            return List.of();
        }
        TreeSet<AdapterVlan> vlans = new TreeSet<>();
        for (int i = 0; i < disabled.length; i++) {
            if (disabled[i] != null) {
                ModelAdapter adapter = model.adapter(i);
                for (int j = 0; j < disabled[i].length; j++) {
                    if (disabled[i][j]) {
                        vlans.add(new AdapterVlan(adapter.name(), adapter.vlans().get(j).id()));
                    }
                }
            }
        }
        return new ArrayList<>(vlans);
    }
}
