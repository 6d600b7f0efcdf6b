package org.kbaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.kbaudit.domain.OwnReports;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/**
 * Reads any mix of files and folders: folders are walked (in name order, hidden entries and Office's
 * {@code ~$} owner files skipped) for
 * every file a format recognises; a file named explicitly that no format reads is a rejection. A file
 * that fails as a whole becomes a rejection naming it; the other inputs go on. A file that is part of
 * another (a CSV adapters file beside its servers file) is read through that one, and each file is read
 * once per run however often it is named.
 */
public final class Inventories {

    private static final int HEAD_BYTES = 4096;

    private final List<InventoryFormat> formats;

    public Inventories(List<InventoryFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public static Inventories standard() {
        return new Inventories(InventoryFormats.all());
    }

    /** Streams every record of every input into the sink, input by input, in the order given. */
    public void read(List<Path> inputs, RecordSink sink) {
        read(inputs, Set.of(), sink);
    }

    /**
     * Streams every record of every input into the sink, input by input, in the order given; a file found in
     * a folder whose real path is one of {@code notInputs} (a report this run writes) is not read.
     */
    public void read(List<Path> inputs, Set<Path> notInputs, RecordSink sink) {
        Set<Path> done = new HashSet<>();
        for (Path input : inputs) {
            String name = input.toString();
            if (Files.isDirectory(input)) {
                readFolder(input, notInputs, done, sink);
            } else if (!Files.exists(input)) {
                sink.reject(new Rejection(name, "", "no such file or folder"));
            } else {
                readFile(input, name, true, done, sink);
            }
        }
    }

    /**
     * Whether the file is one of kbaudit's own reports, which every format rejects as a report rather than
     * reading it: only the start of the file is read, up to its first record.
     */
    public boolean isOwnReport(Path file) {
        boolean[] report = {false};
        StopReading enough = new StopReading(new IllegalStateException("the first record is enough"));
        RecordSink probe = new RecordSink() {
            @Override
            public void server(Server server) {
                throw enough;
            }

            @Override
            public void reject(Rejection rejection) {
                report[0] = rejection.reason().equals(OwnReports.NOT_AN_INVENTORY);
                throw enough;
            }

            @Override
            public void pending(PendingRecord record) {
                throw enough;
            }
        };
        try {
            readFile(file, file.toString(), true, new HashSet<>(), probe);
        } catch (StopReading e) {
            if (e != enough) {
                throw e;
            }
        }
        return report[0];
    }

    /**
     * The files of the input folders that no format reads (a README, a PDF, an export saved with another
     * extension): a folder's reading passes them over, and the console names them so that nothing is passed over
     * unseen. Files named as inputs (read, or rejected) and the reports of this run ({@code notInputs}, real paths)
     * are not listed, and a file two input folders hold is listed once.
     */
    public List<Path> notInventories(List<Path> inputs, Set<Path> notInputs) {
        List<Path> passed = new java.util.ArrayList<>();
        Set<Path> seen = new HashSet<>(notInputs);
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                seen.add(identity(input)); // named: read, or rejected
            }
        }
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                continue;
            }
            List<Path> files;
            try {
                files = walk(input);
            } catch (RuntimeException e) {
                continue; // the reading rejects the folder, naming why
            }
            for (Path file : files) {
                if (!seen.add(identity(file))) {
                    continue; // named, a report of this run, or listed already (a folder inside another)
                }
                byte[] head;
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(HEAD_BYTES);
                } catch (IOException e) {
                    continue; // the reading rejects it, naming why
                }
                if (formats.stream().noneMatch(f -> f.recognises(file, head))) {
                    passed.add(file);
                }
            }
        }
        return passed;
    }

    /** Whether reading the folder reads the file: it is inside the folder and not hidden (both real paths). */
    public static boolean listedIn(Path folder, Path file) {
        return file.startsWith(folder) && !file.equals(folder) && !isHidden(folder.relativize(file));
    }

    private void readFolder(Path folder, Set<Path> notInputs, Set<Path> done, RecordSink sink) {
        List<Path> files;
        try {
            files = walk(folder);
        } catch (RuntimeException e) {
            sink.reject(new Rejection(folder.toString(), "", "cannot list the folder: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            if (notInputs.isEmpty() || !notInputs.contains(identity(file))) {
                readFile(file, file.toString(), false, done, sink);
            }
        }
    }

    /**
     * The files of the folder, named under the folder as given. A folder given as a symbolic link is walked
     * where it leads (links inside it are not followed, as before).
     */
    private static List<Path> walk(Path folder) {
        Path start;
        try {
            start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        } catch (IOException e) {
            throw new InventoryFormatException(folder + ": cannot list the folder: " + e.getMessage(), e);
        }
        try (Stream<Path> paths = Files.walk(start)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(start.relativize(p)))
                    .map(p -> start == folder ? p : folder.resolve(start.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new InventoryFormatException(folder + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    /**
     * Dot files, and the owner file Excel keeps beside a workbook while it is open ({@code ~$fleet.xlsx},
     * hidden on Windows, visible on a share mounted elsewhere).
     */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".") || part.toString().startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, String name, boolean named, Set<Path> done, RecordSink sink) {
        if (done.contains(identity(file))) {
            return;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            sink.reject(new Rejection(name, "", "cannot read the file: " + describe(e)));
            return;
        }
        Optional<InventoryFormat> format = formats.stream().filter(f -> f.recognises(file, head)).findFirst();
        if (format.isEmpty()) {
            if (named) {
                sink.reject(new Rejection(name, "", "not an inventory kbaudit reads (JSON, JSON Lines, "
                        + ".xlsx, .xls, CSV or systeminfo text)"));
            }
            return;
        }
        Path whole = format.get().partOf(file);
        if (whole != null) {
            if (named) {
                readFile(whole, Path.of(name).resolveSibling(whole.getFileName()).toString(), true, done, sink);
            }
            return;
        }
        done.add(identity(file));
        try {
            format.get().read(file, name, sink);
        } catch (StopReading e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            sink.reject(new Rejection(name, "", "cannot read as " + format.get().name() + ": " + describe(e)));
        }
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
