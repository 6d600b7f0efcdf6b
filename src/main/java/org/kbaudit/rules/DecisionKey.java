package org.kbaudit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.SimulationCheck;
import org.kbaudit.domain.Vlan;

/**
 * A server reduced to what the bundled rules read: its texts (caption, version, architecture, service
 * pack), its hotfix list, its files (names, paths, versions), its pending restart, whether its adapter list is
 * known to be cut short, and the <em>shape</em> of its adapters —
 * which adapters share a driver and how many VLANs each carries — with the names of adapters, drivers and
 * the VLAN ids replaced by canonical ones. Servers with equal keys get equal conclusions, up to those names,
 * which {@link #toReal} puts back.
 *
 * <p>The canonical adapters are numbered in a canonical order ({@code a0}, {@code a1}, ...), their drivers
 * by group ({@code d0}, ...), and each adapter's VLANs by first appearance ({@code 1}, {@code 2}, ...), so
 * mapping back is by position. The canonical server itself is built only when the rules must run on it.
 */
public final class DecisionKey {

    /** The host name of every canonical server: nothing the rules conclude may depend on it. */
    static final String CANONICAL_HOST = "canonical";

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
        k.append(policy.prefer()).append('|').append(policy.scope()).append('|');
        text(k, server.os());
        text(k, server.osVersion());
        text(k, server.architecture());
        text(k, server.servicePack());
        k.append(server.restartPending()).append(server.adaptersIncomplete() ? "|cut|" : "|");
        if (server.hotfixes() == null) {
            k.append("hotfixes?");
        } else {
            k.append(server.hotfixes().complete()).append(';');
            text(k, server.hotfixes().incompleteBecause());
            k.append(server.hotfixes().entries().size()).append('[');
            for (String entry : server.hotfixes().entries()) {
                text(k, entry);
            }
            k.append(']');
        }
        k.append('|');
        if (server.files() == null) {
            k.append("files?");
        } else {
            for (InstalledFile f : server.files()) {
                text(k, f.name());
                text(k, f.path());
                k.append(f.version()).append(';');
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

    public static DecisionKey of(Server server, Policy policy) {
        return new DecisionKey(server, policy);
    }

    /**
     * Free text in the key, written so that no two different texts, or lists of texts, can read alike: its
     * length, then the text ({@code -} for none).
     */
    private static void text(StringBuilder k, String text) {
        if (text == null) {
            k.append('-');
        } else {
            k.append(text.length()).append(':').append(text);
        }
        k.append('|');
    }

    /**
     * Whether the finding of the canonical server can be mapped back: the adapter names are distinct (a
     * name given twice could not be told apart).
     */
    public boolean memoizable() {
        if (ordered == null) {
            return true;
        }
        for (int i = 1; i < ordered.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (ordered.get(i).name().equals(ordered.get(j).name())) {
                    return false;
                }
            }
        }
        return true;
    }

    public String key() {
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
    public Server canonicalServer() {
        List<Adapter> canonical = null;
        if (ordered != null) {
            canonical = new ArrayList<>(ordered.size());
            for (int i = 0; i < ordered.size(); i++) {
                int[] ids = canonicalIds(ordered.get(i));
                List<Vlan> vlans = new ArrayList<>(ids.length);
                for (int id : ids) {
                    vlans.add(Vlan.of(id));
                }
                canonical.add(new Adapter("a" + i, null, groupOf[i] < 0 ? null : "d" + groupOf[i], false, null,
                        null, vlans, null));
            }
        }
        return Server.builder(CANONICAL_HOST, server.provenance()).os(server.os()).osVersion(server.osVersion())
                .architecture(server.architecture()).servicePack(server.servicePack()).hotfixes(server.hotfixes())
                .files(server.files()).adapters(canonical).adaptersIncomplete(server.adaptersIncomplete())
                .restartPending(server.restartPending()).build();
    }

    /**
     * The finding on the canonical server, made the real server's: the real record, its loader's notes
     * ahead of the rules' warnings, and the real adapter names and VLAN ids in the at-risk lists and the
     * simulation's, sorted again. Everything else in a finding is free of names.
     */
    public Finding toReal(Finding canonical) {
        List<String> warnings = canonical.warnings();
        if (!server.notes().isEmpty()) {
            warnings = new ArrayList<>(server.notes());
            warnings.addAll(canonical.warnings());
        }
        SimulationCheck sim = canonical.simulation();
        if (sim != null && !sim.haltedAdapters().isEmpty()) {
            sim = new SimulationCheck(sim.confirmed(), sim.collateralHalts(), sim.silentVlans(),
                    realNames(sim.haltedAdapters()), realVlans(sim.disabledVlans()), sim.disagreement());
        }
        return new Finding(server, canonical.status(), canonical.platform(), canonical.servicePack(),
                canonical.exposures(), realNames(canonical.atRiskAdapters()), realVlans(canonical.atRiskVlans()),
                canonical.fix(), canonical.remediation(), sim, canonical.priority(), canonical.missing(),
                canonical.ifUnpatched(), warnings, canonical.rules());
    }

    private List<String> realNames(List<String> canonicalNames) {
        if (canonicalNames.isEmpty()) {
            return canonicalNames;
        }
        String[] real = new String[canonicalNames.size()];
        for (int i = 0; i < real.length; i++) {
            real[i] = adapter(canonicalNames.get(i)).name();
        }
        Arrays.sort(real);
        return Arrays.asList(real);
    }

    private List<AdapterVlan> realVlans(List<AdapterVlan> canonicalVlans) {
        if (canonicalVlans.isEmpty()) {
            return canonicalVlans;
        }
        AdapterVlan[] real = new AdapterVlan[canonicalVlans.size()];
        List<List<Integer>> distinct = new ArrayList<>(java.util.Collections.nCopies(ordered.size(), null));
        for (int i = 0; i < real.length; i++) {
            AdapterVlan v = canonicalVlans.get(i);
            int index = Integer.parseInt(v.adapter().substring(1));
            if (distinct.get(index) == null) {
                distinct.set(index, distinctVlans(ordered.get(index)));
            }
            real[i] = new AdapterVlan(ordered.get(index).name(), distinct.get(index).get(v.id() - 1));
        }
        Arrays.sort(real);
        return Arrays.asList(real);
    }

    private Adapter adapter(String canonicalName) {
        return ordered.get(Integer.parseInt(canonicalName.substring(1)));
    }

    /** An adapter's VLAN ids, each once, in order of first appearance: canonical id {@code n} is entry n-1. */
    private static List<Integer> distinctVlans(Adapter a) {
        java.util.LinkedHashSet<Integer> distinct = new java.util.LinkedHashSet<>();
        for (Vlan v : a.vlans()) {
            distinct.add(v.id());
        }
        return new ArrayList<>(distinct);
    }

    /**
     * Each of the adapter's VLANs as its canonical id: its place among the adapter's distinct ids, in order of
     * first appearance, from 1. Linear in the number of VLANs (a trunk may carry thousands).
     */
    private static int[] canonicalIds(Adapter a) {
        List<Vlan> vlans = a.vlans();
        int[] ids = new int[vlans.size()];
        if (ids.length <= 16) {
            int distinct = 0;
            for (int i = 0; i < ids.length; i++) {
                int id = vlans.get(i).id();
                int earlier = 0;
                for (int j = 0; j < i && earlier == 0; j++) {
                    earlier = vlans.get(j).id() == id ? ids[j] : 0;
                }
                ids[i] = earlier != 0 ? earlier : ++distinct;
            }
            return ids;
        }
        Map<Integer, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            Integer id = vlans.get(i).id();
            Integer earlier = first.get(id);
            if (earlier == null) {
                earlier = first.size() + 1;
                first.put(id, earlier);
            }
            ids[i] = earlier;
        }
        return ids;
    }

    /** The VLANs of an adapter as a pattern of first appearances: {@code [10, 20, 10]} is {@code 1.2.1.}. */
    private static String vlanPattern(Adapter a) {
        if (a.vlans().isEmpty()) {
            return "";
        }
        StringBuilder p = new StringBuilder();
        for (int id : canonicalIds(a)) {
            p.append(id).append('.');
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
