package org.kbaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.kbaudit.domain.OwnReports;
import org.kbaudit.domain.Rejection;

/**
 * CSV inventories: one flat file (one row per adapter, server columns repeated), or a pair of files in
 * one folder, {@code *servers*.csv} and {@code *adapters*.csv} (the two-sheet layout). The servers file
 * reads its adapters sibling; the adapters file is never read on its own ({@link #partOf} names its
 * servers file), and without a servers sibling it is rejected. kbaudit's own CSV report, recognised by its
 * header row, is rejected as a report rather than read.
 */
public final class CsvInventoryFormat implements InventoryFormat {

    private static final String SERVERS = "servers";
    private static final String ADAPTERS = "adapters";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public String name() {
        return "CSV";
    }

    @Override
    public boolean recognises(Path file, byte[] head) {
        String name = lowerName(file);
        return name.endsWith(".csv") || name.endsWith(".txt") && isSysteminfoCsv(head);
    }

    /**
     * {@code systeminfo /FO CSV} saved under the name cmd.exe users give command output ({@code > hosts.txt}): its
     * first line is the quoted header, the host name's label first ({@code "Host Name","OS Name",...}), in any of
     * the languages and encodings systeminfo's text is read in.
     */
    static boolean isSysteminfoCsv(byte[] head) {
        for (String line : SysteminfoText.lines(SysteminfoText.decode(head))) {
            String text = line.strip(); // decoded without its byte-order mark
            if (text.isEmpty()) {
                continue;
            }
            for (String label : SysteminfoLabels.labels(SysteminfoLabels.Field.HOST)) {
                String quoted = "\"" + label + "\",\"";
                if (text.regionMatches(true, 0, quoted, 0, quoted.length())) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    @Override
    public Path partOf(Path file) {
        return isAdapters(file) ? sibling(file, ADAPTERS, SERVERS).orElse(null) : null;
    }

    @Override
    public void read(Path file, String displayName, RecordSink target) throws IOException {
        if (isKbauditReport(file)) {
            target.reject(new Rejection(displayName, "", OwnReports.NOT_AN_INVENTORY));
            return;
        }
        CountingSink sink = new CountingSink(target);
        try {
            if (isAdapters(file)) {
                Optional<Path> servers = sibling(file, ADAPTERS, SERVERS);
                if (servers.isEmpty()) {
                    sink.reject(new Rejection(displayName, "", "an adapters file is read together with its servers "
                            + "file, and there is no *servers*.csv beside it (for one flat file, name it without "
                            + "'adapters')"));
                    return;
                }
                readPair(servers.get(), displayNameOf(displayName, servers.get()), file, displayName, sink);
                return;
            }
            Optional<Path> adapters = lowerName(file).contains(SERVERS) && lowerName(file).endsWith(".csv")
                    ? sibling(file, SERVERS, ADAPTERS) : Optional.empty();
            if (adapters.isPresent()) {
                readPair(file, displayName, adapters.get(), displayNameOf(displayName, adapters.get()), sink);
            } else {
                TableLoader.flat(new CsvSheet(file, displayName), sink);
            }
        } catch (CountingSink.SinkFailed e) {
            throw e.rethrow();
        } catch (TableLayoutException e) {
            target.reject(new Rejection(displayName, e.location(), e.getMessage()));
        } catch (IOException | java.io.UncheckedIOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            target.reject(new Rejection(displayName, "", "malformed CSV: " + message + sink.kept()));
        }
    }

    /** Whether the file's first line is the header row of kbaudit's own CSV report ({@code --csv}). */
    private static boolean isKbauditReport(Path file) throws IOException {
        int longest = String.join(",", OwnReports.FINDINGS_HEADERS).length();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(BOM.length + longest + 1);
        }
        int start = Arrays.equals(head, 0, Math.min(head.length, BOM.length), BOM, 0, BOM.length) ? BOM.length : 0;
        int end = start;
        while (end < head.length && head[end] != '\r' && head[end] != '\n') {
            end++;
        }
        return OwnReports.isCsvReportHeader(new String(head, start, end - start, StandardCharsets.UTF_8));
    }

    private static void readPair(Path servers, String serversName, Path adapters, String adaptersName, RecordSink sink)
            throws IOException {
        TableLoader.twoSheets(new CsvSheet(servers, serversName), new CsvSheet(adapters, adaptersName), sink);
    }

    private static boolean isAdapters(Path file) {
        String name = lowerName(file);
        return name.endsWith(".csv") && name.contains(ADAPTERS) && !name.contains(SERVERS);
    }

    /**
     * The other file of a pair: the same name with {@code from} replaced by {@code to} (case-insensitive),
     * or else the only {@code *to*.csv} of the folder when the file is the only {@code *from*.csv}.
     */
    static Optional<Path> sibling(Path file, String from, String to) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        List<Path> csvs;
        try (Stream<Path> list = Files.list(folder)) {
            csvs = list.filter(Files::isRegularFile).filter(p -> lowerName(p).endsWith(".csv")).toList();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        int at = name.toLowerCase(Locale.ROOT).indexOf(from);
        String wanted = name.substring(0, at) + to + name.substring(at + from.length());
        Optional<Path> byName = csvs.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(wanted)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        List<Path> froms = csvs.stream().filter(p -> lowerName(p).contains(from) && !lowerName(p).contains(to)).toList();
        List<Path> tos = csvs.stream().filter(p -> lowerName(p).contains(to) && !lowerName(p).contains(from)).toList();
        return froms.size() == 1 && tos.size() == 1 ? Optional.of(tos.get(0)) : Optional.empty();
    }

    private static String displayNameOf(String displayName, Path sibling) {
        return Path.of(displayName).resolveSibling(sibling.getFileName()).toString();
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
