package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Provenance;
import org.kbaudit.ingest.SysteminfoLabels.Field;

/**
 * The cards of systeminfo's {@code Network Card(s)} list as adapters, from its text or from the cell of a
 * {@code systeminfo /FO CSV} export (or a sheet made of one) alike. A card is named by its
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
        } else if (list.announced() != null && list.announced() < list.entries().size()) {
            notes.add("systeminfo announces " + list.announced() + " network cards but lists " + list.entries().size()
                    + ": lines under a card (its IP addresses) may have lost their indentation and been read as cards");
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

    /**
     * The cards of a table's {@code Network Card(s)} cell: systeminfo's list as {@code /FO CSV} writes it, its
     * lines joined by commas ({@code 2 NIC(s) Installed.,[01]: HP NC7782,      Connection Name: Public,...}), or
     * {@code N/A} for none. Each card is placed at the cell, by its number ({@code line 2 (Network Card(s)), card [02]}).
     *
     * @throws IllegalArgumentException when the cell holds neither a count nor a numbered card
     */
    static Cards ofCell(String text, Provenance cell) {
        SysteminfoList list = SysteminfoList.ofCell(text);
        if (list.announced() == null && list.entries().isEmpty()) {
            throw new IllegalArgumentException("'" + shortened(text) + "' is not systeminfo's list of network cards:"
                    + " expected its count and numbered cards, as systeminfo /FO CSV writes them ('2 NIC(s) Installed.,"
                    + "[01]: <product>,...,[02]: <product>,...'), or N/A for none");
        }
        Cards cards = of(list, card -> cell.at(cell.location() + ", card [" + card.number() + "]"));
        if (list.announced() != null) {
            return cards;
        }
        List<String> notes = new ArrayList<>(cards.notes());
        notes.add(0, cell.location() + ": the network card list gives no count"
                + (list.head().isEmpty() ? "" : " ('" + shortened(list.head()) + "')"));
        return new Cards(cards.adapters(), false, notes);
    }

    /** A cell's text for a one-line message: its white space as single spaces, cut after 60 characters. */
    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 60) + "...";
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
