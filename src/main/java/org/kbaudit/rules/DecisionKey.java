package org.kbaudit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 *
 * <p>The canonical adapters are numbered in a canonical order ({@code a0}, {@code a1}, ...), their drivers
 * by group ({@code d0}, ...), and each adapter's VLANs by first appearance ({@code 1}, {@code 2}, ...), so
 * mapping back is by position. The canonical server itself is built only when the rules must run on it.
 */
final class DecisionKey {

    private final Server server;
    private final String key;
    /** The real adapters in canonical order; {@code null} when the adapters are unknown. */
    private final List<Adapter> ordered;
    /** For each adapter in canonical order, its driver group's index, or -1 without a driver. */
    private final int[] groupOf;
    /** The real driver keys, by group index. */
    private final List<String> drivers;

    private DecisionKey(Server server, Policy policy) {
        this.server = server;
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
        if (server.adapters() == null) {
            k.append("adapters?");
            this.ordered = null;
            this.groupOf = null;
            this.drivers = List.of();
        } else {
            this.ordered = new ArrayList<>(server.adapters().size());
            this.groupOf = new int[server.adapters().size()];
            this.drivers = new ArrayList<>();
            order(server.adapters(), k);
        }
        this.key = k.toString();
    }

    static DecisionKey of(Server server, Policy policy) {
        return new DecisionKey(server, policy);
    }

    String key() {
        return key;
    }

    /**
     * The shape of the adapters: driver groups by size, then by their members' VLAN patterns; within a
     * group and among driverless adapters, by VLAN pattern. Fills {@link #ordered}, {@link #groupOf} and
     * {@link #drivers}, and writes the shape into the key.
     */
    private void order(List<Adapter> adapters, StringBuilder k) {
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
        List<Group> byShape = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<Shaped>> group : groups.entrySet()) {
            List<Shaped> members = group.getValue();
            members.sort(Comparator.comparing(Shaped::pattern));
            StringBuilder signature = new StringBuilder();
            for (Shaped m : members) {
                signature.append(m.pattern).append(';');
            }
            byShape.add(new Group(group.getKey(), members, signature.toString()));
        }
        byShape.sort(Comparator.comparingInt((Group g) -> g.members.size()).thenComparing(Group::signature));
        for (Group group : byShape) {
            k.append('d').append(drivers.size()).append('[').append(group.signature).append(']');
            for (Shaped m : group.members) {
                groupOf[ordered.size()] = drivers.size();
                ordered.add(m.adapter);
            }
            drivers.add(group.driverKey);
        }
        driverless.sort(Comparator.comparing(Shaped::pattern));
        k.append("none[");
        for (Shaped m : driverless) {
            groupOf[ordered.size()] = -1;
            ordered.add(m.adapter);
            k.append(m.pattern).append(';');
        }
        k.append(']');
    }

    /** The server with canonical adapter names, drivers and VLAN ids; the rules decide it as they would the real one. */
    Server canonicalServer() {
        List<Adapter> canonical = null;
        if (ordered != null) {
            canonical = new ArrayList<>(ordered.size());
            for (int i = 0; i < ordered.size(); i++) {
                List<Integer> distinct = distinctVlans(ordered.get(i));
                List<Vlan> vlans = new ArrayList<>(ordered.get(i).vlans().size());
                for (Vlan v : ordered.get(i).vlans()) {
                    vlans.add(Vlan.of(distinct.indexOf(v.id()) + 1));
                }
                canonical.add(new Adapter("a" + i, null, groupOf[i] < 0 ? null : "d" + groupOf[i], false, null,
                        null, vlans, null));
            }
        }
        return server.toBuilder().adapters(canonical).notes(List.of()).build();
    }

    /** The conclusions on the canonical server, with the real adapter names, driver names and VLAN ids put back. */
    Conclusions toReal(Conclusions canonicalConclusions) {
        List<Object> facts = new ArrayList<>(canonicalConclusions.facts().size());
        for (Object fact : canonicalConclusions.facts()) {
            if (fact instanceof AtRiskAdapter a) {
                facts.add(new AtRiskAdapter(adapter(a.name()).name()));
            } else if (fact instanceof AtRiskVlan v) {
                Adapter real = adapter(v.adapter());
                facts.add(new AtRiskVlan(real.name(), distinctVlans(real).get(v.id() - 1)));
            } else if (fact instanceof SharedGroup g && g.driverKey() != null) {
                facts.add(new SharedGroup(drivers.get(Integer.parseInt(g.driverKey().substring(1))), g.size()));
            } else {
                facts.add(fact);
            }
        }
        return new Conclusions(facts, canonicalConclusions.rules());
    }

    private Adapter adapter(String canonicalName) {
        return ordered.get(Integer.parseInt(canonicalName.substring(1)));
    }

    /** An adapter's VLAN ids, each once, in order of first appearance: canonical id {@code n} is entry n-1. */
    private static List<Integer> distinctVlans(Adapter a) {
        List<Integer> distinct = new ArrayList<>(a.vlans().size());
        for (Vlan v : a.vlans()) {
            if (!distinct.contains(v.id())) {
                distinct.add(v.id());
            }
        }
        return distinct;
    }

    /** The VLANs of an adapter as a pattern of first appearances: {@code [10, 20, 10]} is {@code 1.2.1.}. */
    private static String vlanPattern(Adapter a) {
        if (a.vlans().isEmpty()) {
            return "";
        }
        List<Integer> distinct = distinctVlans(a);
        StringBuilder p = new StringBuilder();
        for (Vlan v : a.vlans()) {
            p.append(distinct.indexOf(v.id()) + 1).append('.');
        }
        return p.toString();
    }

    /** An adapter with its VLAN pattern, computed once. */
    private record Shaped(Adapter adapter, String pattern) {
    }

    /** The adapters of one driver, sorted by pattern, and the patterns joined. */
    private record Group(String driverKey, List<Shaped> members, String signature) {
    }
}
