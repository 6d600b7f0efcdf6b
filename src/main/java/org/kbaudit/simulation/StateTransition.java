package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.List;

/** The server an event leaves behind: adapters added or removed, VLANs added, disabled or re-enabled. */
final class StateTransition {

    private StateTransition() {
    }

    static ServerModel after(ServerModel model, Event event, int target, List<int[]> disabledVlans) {
        List<ModelAdapter> adapters = new ArrayList<>(model.adapters());
        for (int[] d : disabledVlans) {
            adapters.set(d[0], adapters.get(d[0]).withVlanAt(d[1], ModelVlan::silentlyDisabled));
        }
        if (event instanceof Event.RemoveAdapter) {
            adapters.remove(target);
        } else if (event instanceof Event.AddAdapter add) {
            adapters.add(new ModelAdapter(add.adapter(), add.driver(), add.virtual(), List.of()));
        } else if (event instanceof Event.AddVlan v) {
            adapters.set(target, adapters.get(target).withVlan(v.vlanId()));
        } else if (event instanceof Event.EnableVlan v) {
            ModelAdapter adapter = adapters.get(target);
            adapters.set(target, adapter.withVlanAt(adapter.vlanIndex(v.vlanId()), ModelVlan::reEnabled));
        }
        // a hot swap puts the same model back in the same slot, and a restart changes no configuration
        return new ServerModel(model.host(), adapters);
    }
}
