package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * than its count make it incomplete), and the network cards, read as {@link SysteminfoCards} reads them (with
 * drivers inferred from their product names). Both lists are {@link SysteminfoList}s. VLANs are not shown
 * (none), nor files (unknown).
 */
final class SysteminfoParser {

    private static final Pattern SERVICE_PACK = Pattern.compile("(?i)\\bService Pack (\\d+)");
    /** A beta's or release candidate's "Service Pack 2, v.2805": not the release, so no level (the rules warn). */
    private static final Pattern PRE_RELEASE = Pattern.compile(
            "(?i)\\bService Pack \\d+\\s*(,?\\s*v\\.\\s*\\d|beta|rc\\d*\\b|release\\s*candidate|pre-?release)");

    private final String source;
    private final RecordSink sink;
    private Block block;
    /** The list whose lines the indented lines are, if any. */
    private SysteminfoList list;

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
        if (!indented) {
            list = null;
            Optional<Labelled> labelled = SysteminfoLabels.match(line);
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
        if (block != null && list != null) {
            list.add(line, number);
        }
        return false;
    }

    private void field(Labelled field, int number) {
        switch (field.field()) {
            case OS_NAME -> block.os = field.value();
            case OS_VERSION -> block.osVersion = field.value();
            case SYSTEM_TYPE -> block.architecture = field.value();
            case HOTFIXES -> block.hotfixes = list(field.value(), "Hotfix(s)", number);
            case NETWORK_CARDS -> block.cards = list(field.value(), "Network Card(s)", number);
            default -> {
            }
        }
    }

    /** The list a labelled line starts; a note when its head gives no count. */
    private SysteminfoList list(String value, String label, int number) {
        list = new SysteminfoList(value);
        if (list.announced() == null) {
            block.notes.add(label + " at line " + number + " gives no count ('" + value + "')");
        }
        return list;
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
        list = null;
    }

    /** What one host block says, as it is read. */
    private static final class Block {
        final String host;
        final int line;
        final List<String> notes = new ArrayList<>();
        String os;
        String osVersion;
        String architecture;
        SysteminfoList hotfixes;
        SysteminfoList cards;

        Block(String host, int line) {
            this.host = host;
            this.line = line;
        }

        Server server(Provenance where) {
            Server.Builder server = Server.builder(host, where)
                    .os(os)
                    .osVersion(osVersion)
                    .servicePack(servicePack())
                    .architecture(architecture)
                    .hotfixes(hotfixes == null ? null : hotfixes.hotfixes());
            if (cards != null) {
                SysteminfoCards.Cards read = SysteminfoCards.of(cards, card -> where.at("line " + card.line()));
                notes.addAll(read.notes());
                server.adapters(read.adapters()).adaptersIncomplete(read.incomplete());
            }
            return server.notes(notes).build();
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

    }
}
