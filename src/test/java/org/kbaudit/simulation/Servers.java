package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/** Small builders for test servers. */
final class Servers {

    static final Provenance HERE = new Provenance("test", "");

    private Servers() {
    }

    static Adapter adapter(String name, String driver, int... vlanIds) {
        List<Vlan> vlans = new ArrayList<>();
        Arrays.stream(vlanIds).forEach(id -> vlans.add(Vlan.of(id)));
        return new Adapter(name, null, driver, false, null, null, vlans, HERE);
    }

    static Server server(String host, Adapter... adapters) {
        return Server.builder(host, HERE).adapters(List.of(adapters)).build();
    }

    static Server server(String host, List<Adapter> adapters) {
        return Server.builder(host, HERE).adapters(adapters).build();
    }
}
