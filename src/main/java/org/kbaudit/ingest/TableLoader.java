package org.kbaudit.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/**
 * Turns the rows of a tabular inventory (workbook sheets or CSV files) into servers, in either layout of
 * INVENTORY.md. Every data row ends in a server or a rejection naming its cell: a row without a host, a
 * cell that cannot be read, a second Servers row for a host, an adapter row whose host has no Servers row.
 * A wrong adapter row rejects its whole server, since the verdict depends on every adapter.
 *
 * <p>A server for which no row gives adapter data (no adapter row, or only rows with empty adapter
 * columns) has unknown adapters ({@code null}): a table cannot say "known to have none".
 */
final class TableLoader {

    /** How many non-blank rows may stand above the header row (a title, a date, a note). */
    static final int TITLE_ROWS = 3;

    /**
     * Whether a row says nothing of a server beside its host cell: its other cells are empty or numbers (the
     * counts and sums of a totals row). A server really named {@code TOTAL} has a caption, a service pack or an
     * adapter, and is read.
     */
    private static boolean saysNothingButNumbers(TableRecord record) {
        for (TableColumn column : TableColumn.values()) {
            if (column == TableColumn.HOST || !record.header().has(column)) {
                continue;
            }
            String text = record.get(column);
            if (text != null && !NUMBER.matcher(text).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?[\\d.,\\s]*%?\\s*");

    /** What a totals row under a hand-kept table says in its first column: no host name has a space or colon. */
    private static final Pattern TOTALS = Pattern.compile("(?i)(grand\\s+)?totals?\\s*:?|summe\\s*:?|gesamt\\s*:?");

    /**
     * A message of a Windows console tool where a host's row would be: {@code systeminfo /S host /FO CSV /NH >> fleet.csv 2>&1}
     * appends {@code ERROR: The RPC server is unavailable.} (German {@code FEHLER:}, French {@code ERREUR :}) for a host it
     * cannot reach. No host name has a space or colon.
     */
    private static final Pattern TOOL_MESSAGE = Pattern.compile(
            "(?iu)(error|warning|info|fehler|warnung|erreur|avertissement|advertencia)\\s*:\\s*\\S.*");
    /**
     * A line of the error record PowerShell writes for the same failure ({@code ... 2>&1} in PowerShell):
     * {@code systeminfo.exe : ERROR: ...}, {@code At line:1 char:1}, {@code + systeminfo /S ...}, {@code + ~~~~},
     * {@code + CategoryInfo : ...}, {@code + FullyQualifiedErrorId : ...}. Its commas may split it over several
     * cells, so the host cell alone decides: it has a blank and a colon, or starts with {@code +}, as no host name can.
     */
    private static final Pattern POWERSHELL_ERROR_LINE = Pattern.compile("(?u)\\+\\s.*|\\S+\\s.*:.*|.*:\\S*\\s.*");

    private TableLoader() {
    }

    /**
     * Why a row's host cell names no server, or {@code null} when it may: a totals row, or a line of a tool's output
     * appended where a host's row would be (no host name has a blank beside a colon, or starts with {@code +}).
     */
    private static String notAServer(TableRecord record) {
        String host = record.host();
        if (TOTALS.matcher(host).matches() && saysNothingButNumbers(record)) {
            return "the row reads as a totals row ('" + host + "' in the host column), not a server, so it is not audited";
        }
        if (TOOL_MESSAGE.matcher(host).matches()) {
            return "the row is a message ('" + host + "'), such as systeminfo writes for a host it cannot reach, not a"
                    + " server, so it is not audited";
        }
        if (POWERSHELL_ERROR_LINE.matcher(host).matches()) {
            return "the host cell ('" + host + "') is not a host name, which has no blank beside a colon and does not"
                    + " start with '+': a line of PowerShell's error output, such as it writes for a host systeminfo"
                    + " cannot reach? The row is not audited";
        }
        return null;
    }

    /**
     * One sheet, one row per adapter, the server columns repeated on each row of a host. The rows of a host
     * need not stand together, so the sheet is read twice: first to count each host's rows, then to build
     * the servers, each delivered as soon as its last row is read (and every server that started before it
     * is delivered), in the order of their first rows. Memory holds only the servers still open — one, when
     * a host's rows stand together — not the whole sheet. The counting pass reads the cells as stored and
     * finds the merged regions (they follow the rows in an .xlsx); the reading pass gives every cell of a
     * region its top-left value, so a host merged over its adapter rows holds its server open to the last.
     */
    static void flat(TableSheet sheet, RecordSink sink) throws IOException {
        Map<String, int[]> rowsLeft = new HashMap<>();
        ColumnFocus hostOnly = new ColumnFocus();
        boolean hasHeader = records(sheet, SheetRole.FLAT, IGNORE, null, row ->
                rowsLeft.computeIfAbsent(key(row.host()), k -> new int[1])[0]++, hostOnly);
        requireHeader(hasHeader, sheet);
        Map<String, FlatServer> open = new LinkedHashMap<>();
        Consumer<TableRecord> passedOver = row -> {
            // the counting pass counted it under its host cell: it is read, and ends no server
            int[] left = row.host() == null ? null : rowsLeft.get(key(row.host()));
            if (left != null) {
                left[0]--;
            }
            deliverFinished(open, rowsLeft, sink, row.rowNumber());
        };
        records(sheet, SheetRole.FLAT, sink, passedOver, row -> {
            String key = key(row.host());
            FlatServer server = open.computeIfAbsent(key, k -> new FlatServer());
            server.rows.add(row);
            int number = row.rowNumber();
            int hostColumn = row.header().index(TableColumn.HOST);
            // a host merged over several rows: the counting pass saw it once, on the region's first row
            server.openUntil = Math.max(server.openUntil, sheet.mergedUntil(number, hostColumn));
            int[] left = sheet.mergedCopy(number, hostColumn) ? null : rowsLeft.get(key);
            if (left != null) {
                left[0]--;
            }
            deliverFinished(open, rowsLeft, sink, number);
        }, null);
        open.values().forEach(sink::pending);
    }

    /**
     * Delivers the servers at the head of the open ones whose last row has been read: every row the counting
     * pass saw, and every row of a merged region their host cell lies in.
     */
    private static void deliverFinished(Map<String, FlatServer> open, Map<String, int[]> rowsLeft, RecordSink sink,
                                        int rowRead) {
        var head = open.entrySet().iterator();
        while (head.hasNext()) {
            Map.Entry<String, FlatServer> next = head.next();
            int[] left = rowsLeft.get(next.getKey());
            if (left != null && left[0] > 0 || next.getValue().openUntil > rowRead) {
                return;
            }
            head.remove();
            rowsLeft.remove(next.getKey());
            sink.pending(next.getValue());
        }
    }

    /**
     * The rows of one host of a flat sheet, all read: made into its server (or its rejection) wherever the
     * sink maps records, as that is most of the work of reading them.
     */
    private static final class FlatServer implements PendingRecord {
        final List<TableRecord> rows = new ArrayList<>(2);
        /** The last row of a merged region the host cell lies in. */
        int openUntil;

        @Override
        public Provenance provenance() {
            return rows.get(0).provenance();
        }

        @Override
        public void deliverTo(RecordSink sink) {
            ServerDraft draft = new ServerDraft(rows.get(0));
            for (TableRecord row : rows) {
                draft.take(row);
                row.repeatedColumns(draft::note, row == rows.get(0) ? column -> true : TableAdapters::isAdapterColumn);
                try {
                    Adapter adapter = TableAdapters.adapter(row);
                    if (adapter != null) {
                        draft.add(adapter);
                    }
                } catch (CellException e) {
                    draft.fail(e);
                }
            }
            deliver(draft, sink, null);
        }
    }

    /** Takes nothing: the counting pass of a flat sheet leaves the rejections to the reading pass. */
    private static final RecordSink IGNORE = new RecordSink() {
        @Override
        public void server(Server server) {
            // the counting pass delivers nothing
        }

        @Override
        public void reject(Rejection rejection) {
            // the reading pass rejects
        }
    };

    /**
     * A Servers sheet (one row per server) and an Adapters sheet (one row per adapter, joined by host,
     * case-insensitive). The adapters are read first, then the servers are streamed out row by row.
     */
    static void twoSheets(TableSheet servers, TableSheet adapters, RecordSink sink) throws IOException {
        Map<String, AdapterRows> byHost = new LinkedHashMap<>();
        records(adapters, SheetRole.ADAPTERS, sink, row -> {
            AdapterRows rows = byHost.computeIfAbsent(key(row.host()), k -> new AdapterRows(row.host()));
            rows.places.add(row.whereRow());
            row.repeatedColumns(rows.notes::add);
            try {
                Adapter adapter = TableAdapters.adapter(row);
                if (adapter != null) {
                    rows.adapters.add(adapter);
                }
            } catch (CellException e) {
                if (rows.failure == null) {
                    rows.failure = e;
                }
            }
        });
        Map<String, String> firstRows = new HashMap<>();
        boolean hasHeader = records(servers, SheetRole.SERVERS, sink, row -> {
            String key = key(row.host());
            String first = firstRows.putIfAbsent(key, row.whereRow());
            if (first != null) {
                sink.reject(Rejection.at(row.provenance(), "host " + row.host() + " already has a row at " + first
                        + "; this second row is not audited").withHost(row.host()));
                return;
            }
            ServerDraft draft = new ServerDraft(row);
            draft.take(row);
            row.repeatedColumns(draft::note);
            AdapterRows rows = byHost.remove(key);
            String context = null;
            if (rows != null) {
                if (rows.failure != null) {
                    draft.fail(rows.failure);
                }
                rows.adapters.forEach(draft::add);
                rows.notes.forEach(draft::note);
                context = rows.places.size() + " adapter row(s) of " + adapters.describe() + " go with it";
            }
            deliver(draft, sink, context);
        });
        requireHeader(hasHeader, servers);
        for (AdapterRows orphan : byHost.values()) {
            for (String place : orphan.places) {
                sink.reject(new Rejection(adapters.source(), place, "host " + orphan.host + " has no row in "
                        + servers.describe() + ", so this adapter cannot be audited").withHost(orphan.host));
            }
        }
    }

    private static void deliver(ServerDraft draft, RecordSink sink, String context) {
        try {
            sink.server(draft.build());
        } catch (CellException e) {
            String because = "so " + draft.host() + " (" + draft.provenance().location() + ") is not audited"
                    + (context == null ? "" : "; " + context);
            sink.reject(e.rejection(because).withHost(draft.host()));
        }
    }

    /**
     * Streams a sheet's data rows: the first non-blank row that names a host column is the header (up to
     * {@value #TITLE_ROWS} rows above it, such as a title, are passed over), blank rows are skipped, a row
     * without a host is rejected.
     *
     * @return whether the sheet had a header row
     * @throws TableLayoutException naming the first row's headers when none of the first rows names a host
     */
    private static boolean records(TableSheet sheet, SheetRole role, RecordSink sink, Consumer<TableRecord> each)
            throws IOException {
        return records(sheet, role, sink, row -> { }, each, null);
    }

    /**
     * As {@link #records(TableSheet, SheetRole, RecordSink, Consumer)}; with a focus, the rows after the
     * header may hold the host cell alone (a row without a host is then blank, and skipped). Without one, a
     * row that is no data goes to {@code passedOver}: the header row again (files appended one to another,
     * each with its header, as {@code systeminfo /FO CSV >>} does) or PowerShell's {@code #TYPE} line.
     */
    private static boolean records(TableSheet sheet, SheetRole role, RecordSink sink, Consumer<TableRecord> passedOver,
                                   Consumer<TableRecord> each, ColumnFocus hostOnly) throws IOException {
        HeaderSearch search = new HeaderSearch();
        Consumer<TableRow> rows = row -> {
            if (row.isBlank()) {
                return;
            }
            if (search.header == null) {
                search.offer(row, role, sheet);
                if (search.header != null) {
                    sheet.headerAt(row.number());
                    if (hostOnly != null) {
                        hostOnly.only(search.header.index(TableColumn.HOST));
                    }
                }
                return;
            }
            TableRecord record = new TableRecord(sheet, search.header, row);
            if (hostOnly == null && (search.header.repeatedBy(row) || isTypeLine(row))) {
                passedOver.accept(record);
                return;
            }
            if (record.host() == null) {
                sink.reject(Rejection.at(record.provenance(TableColumn.HOST), "the row has no host name (column "
                        + search.header.text(TableColumn.HOST) + ")"));
                return;
            }
            String notAServer = notAServer(record);
            if (notAServer != null) {
                sink.reject(Rejection.at(record.provenance(TableColumn.HOST), notAServer));
                return;
            }
            if (CellText.isError(record.host())) {
                sink.reject(Rejection.at(record.provenance(TableColumn.HOST), "the host cell holds an Excel error ("
                        + record.host() + "), not a host name, so the row cannot be given to a server"));
                return;
            }
            each.accept(record);
        };
        if (hostOnly == null) {
            sheet.rows(rows);
        } else {
            sheet.rows(rows, hostOnly);
        }
        if (search.header == null && search.bestMiss != null) {
            throw search.bestMiss;
        }
        return search.header != null;
    }

    /** PowerShell's {@code #TYPE} line, alone in its row: what {@code Export-Csv} writes above its header. */
    private static boolean isTypeLine(TableRow row) {
        String first = row.cell(0);
        if (first == null || !first.startsWith("#TYPE ")) {
            return false;
        }
        for (int i = 1; i < row.cells().size(); i++) {
            if (row.cell(i) != null && !row.cell(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the header row among the first rows. When none names a host, the miss to report is the row that
     * names the most other columns (the header row itself, rather than a title or {@code #TYPE} line above it).
     */
    private static final class HeaderSearch {
        TableHeader header;
        TableLayoutException bestMiss;
        int missNames = -1;
        int tried;

        void offer(TableRow row, SheetRole role, TableSheet sheet) {
            try {
                header = TableHeader.of(row, role, sheet);
            } catch (TableLayoutException e) {
                int names = TableHeader.columnsNamed(row, role);
                if (names > missNames) {
                    bestMiss = e;
                    missNames = names;
                }
                if (++tried > TITLE_ROWS) {
                    throw bestMiss;
                }
            }
        }
    }

    /** Stops a sheet's rows at the first that is not blank. */
    private static final class NotBlank extends RuntimeException {
        NotBlank() {
            super(null, null, false, false);
        }
    }

    /** Whether the sheet has a row that is not blank; reads no further than that row. */
    static boolean hasRows(TableSheet sheet) throws IOException {
        try {
            sheet.rows(row -> {
                if (!row.isBlank()) {
                    throw new NotBlank();
                }
            }, new ColumnFocus()); // as stored: a merged region's top-left cell has the value anyway
            return false;
        } catch (NotBlank e) {
            return true;
        }
    }

    private static void requireHeader(boolean hasHeader, TableSheet sheet) {
        if (!hasHeader) {
            throw new TableLayoutException.Empty(sheet.place(), sheet.describe() + " is empty: expected a header row naming a host column ("
                    + String.join(", ", TableColumn.HOST.headers()) + ") and rows of servers");
        }
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    /** The adapter rows of one host on the Adapters sheet. */
    private static final class AdapterRows {
        final String host;
        final List<Adapter> adapters = new ArrayList<>();
        final List<String> places = new ArrayList<>();
        final List<String> notes = new ArrayList<>(0);
        CellException failure;

        AdapterRows(String host) {
            this.host = host;
        }
    }
}
