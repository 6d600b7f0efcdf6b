package org.kbaudit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;
import org.kbaudit.rules.facts.AtRiskAdapter;
import org.kbaudit.rules.facts.AtRiskVlan;
import org.kbaudit.rules.facts.SharedGroup;

/**
 * A server reduced to what the bundled rules read: its texts (caption, version, architecture, service
 * pack), its hotfix list, its file versions, its pending restart, and the <em>shape</em> of its adapters —
 * which adapters share a driver and how many VLANs each carries — with the names of adapters, drivers and
 * the VLAN ids replaced by canonical ones. Servers with equal keys get equal conclusions, up to those names,
 * which {@link #toReal} puts back.
 */
final class DecisionKey {

    private final String key;
    private final Server canonical;
    private final Map<String, String> adapterNames = new HashMap<>();
    private final Map<String, String> driverKeys = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> vlanIds = new HashMap<>();

    private DecisionKey(Server server, Policy policy) {
        StringBuilder k = new StringBuilder(256);
        k.append(policy.prefer()).append('|').append(policy.scope()).append('|')
                .append(server.os()).append('|').append(server.osVersion()).append('|')
                .append(server.architecture()).append('|').append(server.servicePack()).append('|')
                .append(server.restartPending()).append('|');
        if (server.hotfixes() == null) {
            k.append("hotfixes?");
        } else {
            k.append(server.hotfixes().complete()).append(server.hotfixes().incompleteBecause())
                    .append(server.hotfixes().entries());
        }
        k.append('|');
        if (server.files() == null) {
            k.append("files?");
        } else {
            for (InstalledFile f : server.files()) {
                k.append(f.name()).append('=').append(f.version()).append(';');
            }
        }
        k.append('|');
        List<Adapter> canonicalAdapters = server.adapters() == null ? null : canonicalAdapters(server.adapters(), k);
        this.key = k.toString();
        this.canonical = server.toBuilder().adapters(canonicalAdapters).notes(List.of()).build();
    }

    static DecisionKey of(Server server, Policy policy) {
        return new DecisionKey(server, policy);
    }

    String key() {
        return key;
    }

    /** The server with canonical adapter names, drivers and VLAN ids; the rules decide it as they would the real one. */
    Server canonicalServer() {
        return canonical;
    }

    /** The shape of the adapters: driver groups by size, each adapter by its VLAN pattern; names dropped. */
    private List<Adapter> canonicalAdapters(List<Adapter> adapters, StringBuilder k) {
        Map<String, List<Shaped>> groups = new LinkedHashMap<>();
        List<Shaped> driverless = new ArrayList<>();
        for (Adapter a : adapters) {
            String driver = a.driverKey();
            Shaped shaped = new Shaped(a, vlanPattern(a));
            if (driver == null) {
                driverless.add(shaped);
            } else {
                groups.computeIfAbsent(driver, d -> new ArrayList<>()).add(shaped);
            }
        }
        List<Group> ordered = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<Shaped>> group : groups.entrySet()) {
            List<Shaped> members = group.getValue();
            members.sort(Comparator.comparing(Shaped::pattern));
            StringBuilder signature = new StringBuilder();
            for (Shaped m : members) {
                signature.append(m.pattern).append(';');
            }
            ordered.add(new Group(group.getKey(), members, signature.toString()));
        }
        ordered.sort(Comparator.comparingInt((Group g) -> g.members.size()).thenComparing(Group::signature));
        List<Adapter> canonical = new ArrayList<>(adapters.size());
        int groupIndex = 0;
        for (Group group : ordered) {
            String driver = "d" + groupIndex++;
            driverKeys.put(driver, group.driverKey);
            k.append(driver).append('[').append(group.signature).append(']');
            for (Shaped m : group.members) {
                canonical.add(canonicalAdapter(m.adapter, driver, canonical.size()));
            }
        }
        driverless.sort(Comparator.comparing(Shaped::pattern));
        k.append("none[");
        for (Shaped m : driverless) {
            canonical.add(canonicalAdapter(m.adapter, null, canonical.size()));
            k.append(m.pattern).append(';');
        }
        k.append(']');
        return canonical;
    }

    /** An adapter with its VLAN pattern, computed once. */
    private record Shaped(Adapter adapter, String pattern) {
    }

    /** The adapters of one driver, sorted by pattern, and the patterns joined. */
    private record Group(String driverKey, List<Shaped> members, String signature) {
    }

    private Adapter canonicalAdapter(Adapter real, String driver, int index) {
        String name = "a" + index;
        adapterNames.put(name, real.name());
        Map<Integer, Integer> ids = new HashMap<>();
        List<Vlan> vlans = new ArrayList<>();
        Map<Integer, Integer> canonicalOf = new LinkedHashMap<>();
        for (Vlan v : real.vlans()) {
            int id = canonicalOf.computeIfAbsent(v.id(), x -> canonicalOf.size() + 1);
            ids.put(id, v.id());
            vlans.add(Vlan.of(id));
        }
        vlanIds.put(name, ids);
        return new Adapter(name, null, driver, false, null, null, vlans, null);
    }

    /** The VLANs of an adapter as a pattern of first appearances: {@code [10, 20, 10]} is {@code 1.2.1}. */
    private static String vlanPattern(Adapter a) {
        Map<Integer, Integer> seen = new HashMap<>();
        StringBuilder p = new StringBuilder();
        for (Vlan v : a.vlans()) {
            p.append(seen.computeIfAbsent(v.id(), x -> seen.size() + 1)).append('.');
        }
        return p.toString();
    }

    /** The conclusions on the canonical server, with the real adapter names, driver names and VLAN ids put back. */
    Conclusions toReal(Conclusions canonicalConclusions) {
        List<Object> facts = new ArrayList<>(canonicalConclusions.facts().size());
        for (Object fact : canonicalConclusions.facts()) {
            if (fact instanceof AtRiskAdapter a) {
                facts.add(new AtRiskAdapter(real(adapterNames, a.name())));
            } else if (fact instanceof AtRiskVlan v) {
                facts.add(new AtRiskVlan(real(adapterNames, v.adapter()),
                        Objects.requireNonNull(vlanIds.get(v.adapter()).get(v.id()), "VLAN " + v)));
            } else if (fact instanceof SharedGroup g && g.driverKey() != null) {
                facts.add(new SharedGroup(real(driverKeys, g.driverKey()), g.size()));
            } else {
                facts.add(fact);
            }
        }
        return new Conclusions(facts, canonicalConclusions.rules());
    }

    private static String real(Map<String, String> names, String canonical) {
        return Objects.requireNonNull(names.get(canonical), () -> "no real name for " + canonical);
    }
}
