package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/** Random servers: a few drivers in varying case, unknown drivers, VLANs or none. */
final class ServerArbitraries {

    private ServerArbitraries() {
    }

    static Arbitrary<String> drivers() {
        Arbitrary<String> base = Arbitraries.of("E1000", "b57w2k", "q57w2k", "NetVmq", "vmxnet");
        Arbitrary<String> cased = base.flatMap(d -> Arbitraries.of(d, d.toLowerCase(), d.toUpperCase(),
                Character.toUpperCase(d.charAt(0)) + d.substring(1).toLowerCase(), " " + d + " "));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, cased),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("  ")));
    }

    static Arbitrary<List<Vlan>> vlans() {
        Arbitrary<Set<Integer>> ids = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Set.<Integer>of())),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 4094).set().ofMinSize(1).ofMaxSize(4)));
        return ids.map(set -> set.stream().sorted().map(Vlan::of).toList());
    }

    static Arbitrary<Server> servers() {
        Arbitrary<List<Adapter>> adapters = Combinators.combine(drivers(), vlans(), Arbitraries.of(true, false))
                .as((driver, vlans, virtual) -> new Adapter("x", null, driver, false, virtual, null, vlans,
                        Servers.HERE))
                .list().ofMinSize(0).ofMaxSize(8)
                .map(list -> {
                    List<Adapter> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Adapter a = list.get(i);
                        named.add(new Adapter("NIC" + (i + 1), null, a.driver(), false, a.virtual(), null,
                                a.vlans(), Servers.HERE));
                    }
                    return named;
                });
        return adapters.map(list -> Servers.server("SRV", list));
    }
}
