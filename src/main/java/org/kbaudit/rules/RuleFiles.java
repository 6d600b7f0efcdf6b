package org.kbaudit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.kbaudit.domain.KbauditException;

/**
 * The DRL files of one rule set, by file name, with where they came from and a hash of their content
 * (reports print both, so two audits can be told apart by the rules that made them).
 *
 * @param origin {@code bundled} or the folder given with {@code --rules}
 */
public record RuleFiles(String origin, Map<String, String> drlByName) {

    /** Where the build puts the top-level {@code rules/} folder inside the jar. */
    static final String BUNDLED_FOLDER = "kbaudit-rules";

    public RuleFiles {
        drlByName = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(drlByName));
    }

    /** The rules shipped inside the jar (a copy of the top-level {@code rules/} folder). */
    public static RuleFiles bundled() {
        URL url = RuleFiles.class.getClassLoader().getResource(BUNDLED_FOLDER);
        if (url == null) {
            throw new KbauditException("the bundled rules are missing from the build (" + BUNDLED_FOLDER + "/)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new RuleFiles("bundled", readDrl(jar.getPath(BUNDLED_FOLDER)));
                }
            }
            return new RuleFiles("bundled", readDrl(Path.of(uri)));
        } catch (IOException | URISyntaxException e) {
            throw new KbauditException("cannot read the bundled rules: " + e.getMessage(), e);
        }
    }

    /** Every {@code *.drl} file directly inside the folder. */
    public static RuleFiles folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new KbauditException(folder + ": no such rules folder");
        }
        try {
            Map<String, String> drl = readDrl(folder);
            if (drl.isEmpty()) {
                throw new KbauditException(folder + ": no .drl files in the rules folder");
            }
            return new RuleFiles(folder.toString(), drl);
        } catch (IOException e) {
            throw new KbauditException(folder + ": cannot read the rules: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readDrl(Path folder) throws IOException {
        Map<String, String> drl = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".drl")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    drl.put(file.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return drl;
    }

    /** SHA-256 over the files' names and contents, in name order. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : new TreeMap<>(drlByName).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
