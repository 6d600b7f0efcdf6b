package org.kbaudit.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/**
 * Adapter names are unique within a server (INVENTORY.md; Windows keeps connection names unique), and findings
 * name the adapters at risk, so a name given twice is settled before the rules run, whatever the format:
 * <ul>
 * <li>entries that agree on everything but their VLANs (the same adapter repeated, or one row per VLAN) are one
 *     adapter with all their VLANs, and the finding says so;</li>
 * <li>entries that disagree (another driver, description, virtual or hot-plug flag) are two adapters under one
 *     name: the server is rejected rather than audited with one of them lost;</li>
 * <li>entries named only by their description (a table without an adapter-name column, where two cards of one
 *     model read alike) are different cards: the second is called {@code <description> #2}, and so on, as
 *     Windows itself numbers cards of one model, and the finding says so.</li>
 * </ul>
 * Names compare as Windows compares them: ignoring case.
 */
final class RepeatedAdapters {

    private RepeatedAdapters() {
    }

    /** The server with repeated adapters merged, or its rejection; the server itself when no name repeats. */
    static Object settle(Server server) {
        List<Adapter> adapters = server.adapters();
        if (adapters == null || adapters.size() < 2 || !anyNameRepeats(adapters)) {
            return server;
        }
        Map<String, List<Adapter>> byName = new LinkedHashMap<>();
        for (Adapter a : adapters) {
            byName.computeIfAbsent(a.name().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(a);
        }
        List<Adapter> merged = new ArrayList<>(byName.size());
        List<String> notes = new ArrayList<>(server.notes());
        for (List<Adapter> same : byName.values()) {
            Adapter first = same.get(0);
            if (same.size() == 1) {
                merged.add(first);
                continue;
            }
            if (same.stream().allMatch(a -> a.name().equals(a.description()))) {
                numberCards(same, byName, merged, notes);
                continue;
            }
            List<Vlan> vlans = new ArrayList<>(first.vlans());
            for (Adapter other : same.subList(1, same.size())) {
                if (!sameAdapter(first, other)) {
                    return Rejection.at(server.provenance(), "adapter name '" + first.name() + "' is given to two"
                            + " different adapters (" + where(first) + " and " + where(other) + "); findings name"
                            + " the adapters at risk, so names must differ within a server; so " + server.host()
                            + " is not audited").withHost(server.host());
                }
                for (Vlan v : other.vlans()) {
                    if (!vlans.contains(v)) {
                        vlans.add(v);
                    }
                }
            }
            merged.add(new Adapter(first.name(), firstGiven(same, Adapter::description), first.driver(),
                    first.driverInferred(), firstGiven(same, Adapter::virtual), firstGiven(same, Adapter::hotPlug), vlans,
                    first.provenance()));
            notes.add("adapter '" + first.name() + "' is listed " + same.size() + " times with the same driver;"
                    + " read as one adapter with the VLANs of all of them");
        }
        return server.toBuilder().adapters(merged).notes(notes).build();
    }

    /** Cards of one model named by their description: the second and later ones get the next free {@code #n}. */
    private static void numberCards(List<Adapter> same, Map<String, List<Adapter>> byName, List<Adapter> merged,
                                    List<String> notes) {
        merged.add(same.get(0));
        int n = 2;
        for (Adapter card : same.subList(1, same.size())) {
            String name;
            do {
                name = card.name() + " #" + n++;
            } while (byName.containsKey(name.toLowerCase(Locale.ROOT)));
            merged.add(new Adapter(name, card.description(), card.driver(), card.driverInferred(), card.virtual(),
                    card.hotPlug(), card.vlans(), card.provenance()));
        }
        notes.add(same.size() + " adapters have no name but their description '" + same.get(0).name()
                + "'; they are told apart as Windows numbers cards of one model: '" + same.get(0).name() + "', '"
                + same.get(0).name() + " #2'" + (same.size() > 2 ? ", ..." : ""));
    }

    private static <T> T firstGiven(List<Adapter> same, java.util.function.Function<Adapter, T> field) {
        for (Adapter a : same) {
            if (field.apply(a) != null) {
                return field.apply(a);
            }
        }
        return null;
    }

    private static boolean anyNameRepeats(List<Adapter> adapters) {
        for (int i = 1; i < adapters.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (adapters.get(i).name().equalsIgnoreCase(adapters.get(j).name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The same adapter, VLANs aside: the same driver (or none on both); a description or flag that one entry
     * leaves out does not disagree.
     */
    private static boolean sameAdapter(Adapter a, Adapter b) {
        return Objects.equals(a.driverKey(), b.driverKey()) && agree(a.description(), b.description())
                && agree(a.virtual(), b.virtual()) && agree(a.hotPlug(), b.hotPlug());
    }

    private static boolean agree(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }

    private static String where(Adapter a) {
        return a.provenance() == null || a.provenance().location().isEmpty() ? "'" + a.name() + "'"
                : a.provenance().location();
    }
}
