package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.ingest.SysteminfoLabels.Field;
import org.kbaudit.ingest.SysteminfoLabels.Labelled;

/**
 * Reads the hosts of a decoded systeminfo capture, one block per {@code Host Name} line. From each block:
 * host, OS name, OS version (whose {@code Service Pack N} gives the service pack, its absence RTM, a pre-release
 * such as {@code Service Pack 2, v.2805} none),
 * system type, the hotfix list with its announced count ({@code File 1} placeholders and a list shorter
 * than its count make it incomplete), and the network cards. systeminfo does not show a card's miniport
 * driver: each card's driver is its product name without a trailing {@code #2}, so cards of one product are
 * taken to share a driver, and the server says so in a note. VLANs are not shown either (none), nor files
 * (unknown).
 */
final class SysteminfoParser {

    static final String INFERRED_DRIVERS = "the network adapters' miniport drivers were inferred from their product "
            + "names (systeminfo does not show drivers): cards of the same product are taken to share one driver";

    private static final Pattern ENTRY = Pattern.compile("^(\\s*)\\[\\d+\\]\\s*:\\s*(.*?)\\s*$");
    private static final Pattern COUNT = Pattern.compile("^(\\d+)\\b.*");
    private static final Pattern SERVICE_PACK = Pattern.compile("(?i)\\bService Pack (\\d+)");
    /** A beta's or release candidate's "Service Pack 2, v.2805": not the release, so no level (the rules warn). */
    private static final Pattern PRE_RELEASE = Pattern.compile(
            "(?i)\\bService Pack \\d+\\s*(,?\\s*v\\.\\s*\\d|beta|rc\\d*\\b|release\\s*candidate|pre-?release)");
    private static final Pattern INSTANCE_SUFFIX = Pattern.compile("\\s*#\\d+$");

    private enum Section { NONE, HOTFIXES, CARDS }

    private final String source;
    private final RecordSink sink;
    private Block block;
    private Section section = Section.NONE;

    private SysteminfoParser(String source, RecordSink sink) {
        this.source = source;
        this.sink = sink;
    }

    /**
     * Delivers a server or a rejection for every host block of the text.
     *
     * @return how many host blocks there were
     */
    static int parse(List<String> lines, String source, RecordSink sink) {
        SysteminfoParser parser = new SysteminfoParser(source, sink);
        int blocks = 0;
        for (int i = 0; i < lines.size(); i++) {
            blocks += parser.line(SysteminfoLabels.spaces(lines.get(i)), i + 1) ? 1 : 0;
        }
        parser.finish();
        return blocks;
    }

    /** @return whether the line started a host block */
    private boolean line(String line, int number) {
        if (line.isBlank()) {
            return false;
        }
        boolean indented = Character.isWhitespace(line.charAt(0));
        Optional<Labelled> labelled = SysteminfoLabels.match(line);
        if (!indented) {
            section = Section.NONE;
            if (labelled.isEmpty()) {
                return false;
            }
            Labelled field = labelled.get();
            if (field.field() == Field.HOST) {
                finish();
                block = new Block(field.value(), number);
                return true;
            }
            if (block != null) {
                field(field, number);
            }
            return false;
        }
        if (block != null) {
            indentedLine(line, labelled, number);
        }
        return false;
    }

    private void field(Labelled field, int number) {
        switch (field.field()) {
            case OS_NAME -> block.os = field.value();
            case OS_VERSION -> block.osVersion = field.value();
            case SYSTEM_TYPE -> block.architecture = field.value();
            case HOTFIXES -> {
                section = Section.HOTFIXES;
                block.hotfixesGiven = true;
                block.hotfixCount = count(field.value(), "Hotfix(s)", number);
            }
            case NETWORK_CARDS -> {
                section = Section.CARDS;
                block.cards = new ArrayList<>();
                block.cardCount = count(field.value(), "Network Card(s)", number);
            }
            default -> {
            }
        }
    }

    private Integer count(String value, String label, int number) {
        Matcher m = COUNT.matcher(value);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        if (SysteminfoLabels.isNotApplicable(value)) {
            return 0;
        }
        block.notes.add(label + " at line " + number + " gives no count ('" + value + "')");
        return null;
    }

    private void indentedLine(String line, Optional<Labelled> labelled, int number) {
        Matcher entry = ENTRY.matcher(line);
        if (section == Section.HOTFIXES && entry.matches()) {
            block.hotfixes.add(entry.group(2));
        } else if (section == Section.CARDS && entry.matches()) {
            int indent = entry.group(1).length();
            if (block.cardIndent < 0) {
                block.cardIndent = indent;
            }
            if (indent == block.cardIndent) {
                block.cards.add(new Card(entry.group(2), number));
            }
        } else if (section == Section.CARDS && !block.cards.isEmpty() && labelled.isPresent()
                && labelled.get().field() == Field.CONNECTION_NAME) {
            block.cards.get(block.cards.size() - 1).connection = labelled.get().value();
        }
    }

    private void finish() {
        if (block == null) {
            return;
        }
        Provenance where = new Provenance(source, "line " + block.line);
        if (block.host.isBlank()) {
            sink.reject(Rejection.at(where, "the systeminfo block has no host name"));
        } else {
            sink.server(block.server(where));
        }
        block = null;
        section = Section.NONE;
    }

    private static final class Card {
        final String product;
        final int line;
        String connection;

        Card(String product, int line) {
            this.product = product;
            this.line = line;
        }
    }

    /** What one host block says, as it is read. */
    private static final class Block {
        final String host;
        final int line;
        final List<String> notes = new ArrayList<>();
        final List<String> hotfixes = new ArrayList<>();
        String os;
        String osVersion;
        String architecture;
        boolean hotfixesGiven;
        Integer hotfixCount;
        List<Card> cards;
        Integer cardCount;
        int cardIndent = -1;

        Block(String host, int line) {
            this.host = host;
            this.line = line;
        }

        Server server(Provenance where) {
            return Server.builder(host, where)
                    .os(os)
                    .osVersion(osVersion)
                    .servicePack(servicePack())
                    .architecture(architecture)
                    .hotfixes(hotfixes())
                    .adapters(adapters(where))
                    .adaptersIncomplete(cards != null && cardCount != null && cardCount > cards.size())
                    .notes(notes)
                    .build();
        }

        private String servicePack() {
            if (osVersion == null || osVersion.isBlank()) {
                return null;
            }
            if (PRE_RELEASE.matcher(osVersion).find()) {
                return null;
            }
            Matcher m = SERVICE_PACK.matcher(osVersion);
            return m.find() ? "SP" + m.group(1) : "RTM";
        }

        private HotfixInventory hotfixes() {
            if (!hotfixesGiven) {
                return null;
            }
            if (hotfixCount == null) {
                return hotfixes.isEmpty() ? null : HotfixInventory.listed(hotfixes);
            }
            return HotfixInventory.announced(hotfixes, hotfixCount);
        }

        private List<Adapter> adapters(Provenance where) {
            if (cards == null) {
                return null;
            }
            if (cardCount != null && cardCount > cards.size()) {
                notes.add("systeminfo announces " + cardCount + " network cards but lists " + cards.size());
            }
            List<Adapter> adapters = new ArrayList<>();
            for (Card card : cards) {
                String name = card.connection == null || card.connection.isBlank() ? card.product : card.connection;
                String driver = INSTANCE_SUFFIX.matcher(card.product).replaceFirst("");
                adapters.add(new Adapter(name, card.product, driver, true, null, null, List.of(),
                        where.at("line " + card.line)));
            }
            if (!adapters.isEmpty()) {
                notes.add(INFERRED_DRIVERS);
            }
            return adapters;
        }
    }
}
