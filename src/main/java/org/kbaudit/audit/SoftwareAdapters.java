package org.kbaudit.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Server;

/**
 * Windows' own software adapters, which a WMI query of {@code Win32_NetworkAdapter} (and an export made from
 * one) lists beside the network cards: the WAN miniports of Routing and Remote Access ({@code NdisWan},
 * {@code PptpMiniport}, {@code Rasl2tp}, {@code RasPppoe}), the RAS async adapter ({@code AsyncMac}), Direct
 * Parallel ({@code Raspti}) and the QoS Packet Scheduler's miniport over each card ({@code PSched}). They are not
 * network cards: none is hot-swapped, added or removed, Network Connections does not show them, and the
 * article's operations concern cards. Yet several share a driver (WAN Miniport (IP) and (Network Monitor) both
 * run on {@code NdisWan}), so counting them would make almost every server of a raw WMI export EXPOSED with
 * phantom adapters at risk. They are left out before the rules run, and the finding names what was left out.
 * A list of nothing but them is an export that missed the cards: the adapters are then unknown.
 *
 * <p>Told by the driver's service name, or, when the inventory gives none, by the whole description Windows gives
 * them.
 */
final class SoftwareAdapters {

    /** The service names of Windows' software miniports on Windows Server 2003 and XP x64 (compared ignoring case). */
    private static final String[] DRIVERS = {"NdisWan", "PptpMiniport", "Rasl2tp", "RasPppoe", "Raspti", "AsyncMac",
            "PSched"};

    /** The descriptions Windows gives them, whole (a card an administrator named "WAN Miniport (primary)" stays). */
    private static final Pattern DESCRIPTIONS = Pattern.compile("(?i)\\s*(WAN Miniport \\((IP|IPv6|L2TP|PPTP|PPPOE|SSTP"
            + "|Network Monitor)\\)|RAS Async Adapter|Direct Parallel|Packet Scheduler Miniport)( #\\d+)?\\s*");

    private SoftwareAdapters() {
    }

    /** The server without Windows' software adapters, with a note naming them; the server itself when it has none. */
    static Server leftOut(Server server) {
        List<Adapter> adapters = server.adapters();
        if (adapters == null || !anySoftware(adapters)) {
            return server;
        }
        List<Adapter> cards = new ArrayList<>(adapters.size());
        List<String> names = new ArrayList<>();
        Set<String> drivers = new LinkedHashSet<>();
        for (Adapter a : adapters) {
            if (isSoftware(a)) {
                names.add(a.name());
                if (a.driver() != null) {
                    drivers.add(a.driver());
                }
            } else {
                cards.add(a);
            }
        }
        List<String> notes = new ArrayList<>(server.notes());
        notes.add("left out of the adapters: " + String.join(", ", names) + " - Windows' own software adapters"
                + (drivers.isEmpty() ? "" : " (" + String.join(", ", drivers) + ")")
                + " for remote access and QoS, not network cards that are hot-swapped, added or removed"
                + (cards.isEmpty() ? "; no network card is listed beside them, so the cards are unknown" : ""));
        // only software adapters: the export missed the cards rather than showing that there are none
        return server.toBuilder().adapters(cards.isEmpty() ? null : cards).notes(notes).build();
    }

    /** Whether any adapter is one of them: every server read is asked, so without streams or copies. */
    private static boolean anySoftware(List<Adapter> adapters) {
        for (int i = 0; i < adapters.size(); i++) {
            if (isSoftware(adapters.get(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isSoftware(Adapter adapter) {
        String driver = adapter.driver();
        if (driver != null) {
            for (String software : DRIVERS) {
                if (driver.equalsIgnoreCase(software)) {
                    return true;
                }
            }
            return false;
        }
        String description = adapter.description() != null ? adapter.description() : adapter.name();
        return DESCRIPTIONS.matcher(description).matches();
    }
}
