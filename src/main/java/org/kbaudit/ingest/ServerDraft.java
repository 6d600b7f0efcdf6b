package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;

/**
 * A server being assembled from one or more rows. The first value given for each server column is kept;
 * a later row that gives another value (a flat sheet repeats the server columns) leaves a note naming both
 * values and both cells. Values are parsed only when the server is built, so that an error names the cell
 * of the value that was kept.
 */
final class ServerDraft {

    /** A cell kept; {@code emptyCsdVersion}: an empty cell under a CSDVersion header, which reads as RTM. */
    private record Cell(String text, Provenance where, boolean emptyCsdVersion) {
    }

    /** Carried through to the reports, not judged: an unreadable one is left empty with a note. */
    private static final Set<TableColumn> CARRIED = EnumSet.of(TableColumn.SITE, TableColumn.CRITICALITY,
            TableColumn.MAINTENANCE_WINDOW, TableColumn.OWNER);

    private final String host;
    private final Provenance provenance;
    private final boolean csdVersion;
    private final Map<TableColumn, Cell> values = new EnumMap<>(TableColumn.class);
    private final List<String> notes = new ArrayList<>();
    private List<Adapter> adapters;
    private CellException failure;

    ServerDraft(TableRecord first) {
        this.host = first.host();
        this.provenance = first.provenance();
        this.csdVersion = first.header().csdVersion();
    }

    String host() {
        return host;
    }

    Provenance provenance() {
        return provenance;
    }

    /** Takes the server columns of a row. */
    void take(TableRecord row) {
        boolean describesServer = describesServer(row);
        for (TableColumn column : TableColumn.values()) {
            if (column.kind() != TableColumn.Kind.SERVER || !row.header().has(column)) {
                continue;
            }
            String text = row.get(column);
            boolean emptyCsdVersion = text == null && column == TableColumn.SERVICE_PACK && row.header().csdVersion()
                    && describesServer; // a row that fills in only an adapter says nothing of the service pack
            if (emptyCsdVersion) {
                text = "RTM"; // Windows leaves CSDVersion empty at RTM: this row says RTM
            } else if (text == null) {
                continue;
            }
            if (CellText.isError(text)) {
                Provenance where = row.provenance(column);
                if (CARRIED.contains(column)) {
                    notes.add(where.location() + ": " + TableRecord.errorMessage(text) + "; left empty");
                } else {
                    fail(new CellException(where, TableRecord.errorMessage(text)));
                }
                continue;
            }
            Cell kept = values.get(column);
            Provenance where = row.provenance(column);
            if (kept == null) {
                values.put(column, new Cell(text, where, emptyCsdVersion));
            } else if (!kept.text.equals(text)) {
                notes.add("the rows of " + host + " disagree on " + row.header().text(column) + ": " + shown(kept.text, kept.emptyCsdVersion)
                        + " at " + kept.where.location() + ", " + shown(text, emptyCsdVersion) + " at " + where.location()
                        + "; the first was kept");
            }
        }
    }

    /** Whether the row gives any of the server's columns, rather than only another adapter of it. */
    private static boolean describesServer(TableRecord row) {
        for (TableColumn column : TableColumn.values()) {
            if (column.kind() == TableColumn.Kind.SERVER && row.header().has(column) && row.get(column) != null) {
                return true;
            }
        }
        return false;
    }

    /** A cell's text as a note quotes it: an empty CSDVersion as what it means. */
    private static String shown(String text, boolean emptyCsdVersion) {
        return emptyCsdVersion ? "empty (RTM)" : "'" + text + "'";
    }

    /** A warning for the finding. */
    void note(String note) {
        notes.add(note);
    }

    void add(Adapter adapter) {
        if (adapters == null) {
            adapters = new ArrayList<>();
        }
        adapters.add(adapter);
    }

    /** Marks the server as not auditable; the first failure is the one reported. */
    void fail(CellException e) {
        if (failure == null) {
            failure = e;
        }
    }

    CellException failure() {
        return failure;
    }

    /**
     * The server, with the adapters given (which win over any collected with {@link #add}).
     *
     * @throws CellException naming the first cell that is wrong
     */
    Server build() {
        if (failure != null) {
            throw failure;
        }
        HotfixInventory hotfixes = parse(TableColumn.HOTFIXES, FieldValues::hotfixCell);
        List<InstalledFile> files = files();
        SysteminfoCards.Cards cards = cards();
        String servicePack = FieldValues.wholeNumberText(text(TableColumn.SERVICE_PACK));
        if (servicePack == null && csdVersion) {
            servicePack = "RTM";
        }
        Server.Builder server = Server.builder(host, provenance)
                .os(text(TableColumn.OS))
                .osVersion(text(TableColumn.OS_VERSION))
                .architecture(text(TableColumn.ARCHITECTURE))
                .servicePack(servicePack)
                .hotfixes(hotfixes)
                .files(files)
                .adapters(cards == null ? adapters : cards.adapters())
                .adaptersIncomplete(cards != null && cards.incomplete())
                .restartPending(Boolean.TRUE.equals(parse(TableColumn.RESTART_PENDING, FieldValues::bool)))
                .criticality(carried(TableColumn.CRITICALITY, Criticality::parse))
                .site(text(TableColumn.SITE))
                .maintenanceWindow(text(TableColumn.MAINTENANCE_WINDOW))
                .owner(text(TableColumn.OWNER))
                .notes(notes);
        return server.build();
    }

    /**
     * The cards of systeminfo's Network Card(s) cell, with their notes taken; {@code null} when there is none.
     * A server whose cards are listed both there and in adapter columns is not audited: the two cannot be told to
     * be the same cards or others, and the verdict depends on every card.
     */
    private SysteminfoCards.Cards cards() {
        Cell cell = values.get(TableColumn.NETWORK_CARDS);
        if (cell == null) {
            return null;
        }
        if (adapters != null) {
            Provenance other = adapters.get(0).provenance();
            throw new CellException(cell.where, "the network cards are listed twice, in this Network Card(s) cell as "
                    + "systeminfo writes them and in adapter columns (" + (other.source().equals(cell.where.source())
                    ? other.location() : other) + "); kbaudit cannot tell whether they are the same cards: keep one of the two");
        }
        SysteminfoCards.Cards cards = parse(TableColumn.NETWORK_CARDS, text -> SysteminfoCards.ofCell(text, cell.where));
        notes.addAll(cards.notes());
        return cards;
    }

    private List<InstalledFile> files() {
        FileVersion netcfgx = parse(TableColumn.NETCFGX_VERSION, FileVersion::parse);
        FileVersion wnetcfgx = parse(TableColumn.WNETCFGX_VERSION, FileVersion::parse);
        if (netcfgx == null && wnetcfgx == null) {
            return null;
        }
        List<InstalledFile> files = new ArrayList<>();
        if (netcfgx != null) {
            files.add(new InstalledFile("Netcfgx.dll", netcfgx, null, null));
        }
        if (wnetcfgx != null) {
            files.add(new InstalledFile("Wnetcfgx.dll", wnetcfgx, null, null));
        }
        return files;
    }

    private String text(TableColumn column) {
        Cell cell = values.get(column);
        return cell == null ? null : cell.text;
    }

    /**
     * A field carried through to the reports but not used by the verdict: an unreadable value is dropped
     * with a note naming its cell, and the server is still audited.
     */
    private <T> T carried(TableColumn column, java.util.function.Function<String, T> parser) {
        try {
            return parse(column, parser);
        } catch (CellException e) {
            notes.add(e.where().location() + ": " + e.getMessage() + "; left empty");
            return null;
        }
    }

    private <T> T parse(TableColumn column, java.util.function.Function<String, T> parser) {
        Cell cell = values.get(column);
        if (cell == null) {
            return null;
        }
        try {
            return parser.apply(cell.text);
        } catch (IllegalArgumentException e) {
            throw new CellException(cell.where, e.getMessage());
        }
    }
}
