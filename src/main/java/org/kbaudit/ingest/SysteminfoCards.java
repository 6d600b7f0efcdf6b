package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Provenance;
import org.kbaudit.ingest.SysteminfoLabels.Field;

/**
 * The cards of systeminfo's {@code Network Card(s)} list as adapters. A card is named by its
 * {@code Connection Name} (a card without one, such as a disconnected card on some systems, by its product
 * name). systeminfo does not show a card's miniport driver: each card's driver is its product name without a
 * trailing {@code #2}, so cards of one product are taken to share a driver, and the server says so in a note.
 * VLANs are not shown either (none).
 */
final class SysteminfoCards {

    static final String INFERRED_DRIVERS = "the network adapters' miniport drivers were inferred from their product "
            + "names (systeminfo does not show drivers): cards of the same product are taken to share one driver";

    private static final Pattern INSTANCE_SUFFIX = Pattern.compile("\\s*#\\d+$");

    /**
     * What a card list says of a server.
     *
     * @param adapters   the cards, in order
     * @param incomplete whether the list announces more cards than it lists
     * @param notes      what was inferred or found missing, for the finding
     */
    record Cards(List<Adapter> adapters, boolean incomplete, List<String> notes) {
    }

    private SysteminfoCards() {
    }

    /** The cards of a list, each placed where {@code where} says. */
    static Cards of(SysteminfoList list, Function<SysteminfoList.Entry, Provenance> where) {
        List<String> notes = new ArrayList<>(2);
        if (list.cutShort()) {
            notes.add("systeminfo announces " + list.announced() + " network cards but lists " + list.entries().size());
        }
        List<Adapter> adapters = new ArrayList<>(list.entries().size());
        for (SysteminfoList.Entry card : list.entries()) {
            String connection = connectionName(card);
            String name = connection == null || connection.isBlank() ? card.text() : connection;
            String driver = INSTANCE_SUFFIX.matcher(card.text()).replaceFirst("");
            adapters.add(new Adapter(name, card.text(), driver, true, null, null, List.of(), where.apply(card)));
        }
        if (!adapters.isEmpty()) {
            notes.add(INFERRED_DRIVERS);
        }
        return new Cards(adapters, list.cutShort(), notes);
    }

    /** The last {@code Connection Name} line under the card; {@code null} when none. */
    private static String connectionName(SysteminfoList.Entry card) {
        String name = null;
        for (String line : card.under()) {
            var labelled = SysteminfoLabels.match(line);
            if (labelled.isPresent() && labelled.get().field() == Field.CONNECTION_NAME) {
                name = labelled.get().value();
            }
        }
        return name;
    }
}
