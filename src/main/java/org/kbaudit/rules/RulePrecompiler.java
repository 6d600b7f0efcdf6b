package org.kbaudit.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;

/**
 * Build step: compiles the top-level {@code rules/} folder with the executable model and puts the
 * generated classes beside kbaudit's own, with an index naming the rule models and the hash of the DRL
 * they came from. At run time the bundled rules then load in milliseconds instead of compiling for
 * seconds; {@code --rules DIR} still compiles at run time.
 */
public final class RulePrecompiler {

    /** The index of the precompiled rule models, inside the jar. */
    static final String INDEX = RuleFiles.BUNDLED_FOLDER + "/precompiled.properties";

    private RulePrecompiler() {
    }

    /** {@code RulePrecompiler <rules-folder> <classes-folder>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RulePrecompiler <rules-folder> <classes-folder>");
        }
        RuleFiles files = RuleFiles.folder(Path.of(args[0]));
        Path classes = Path.of(args[1]);
        byte[] kjar = ((InternalKieModule) RuleBase.build(files).getKieModule()).getBytes();
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    Path out = classes.resolve(name);
                    Files.createDirectories(out.getParent());
                    Files.write(out, zip.readAllBytes());
                } else if (name.endsWith("/drools-model")) {
                    String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    text.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).forEach(models::add);
                }
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model named no rule classes");
        }
        Properties index = new Properties();
        index.setProperty("sha256", files.sha256());
        index.setProperty("models", String.join(",", models));
        Path indexFile = classes.resolve(INDEX);
        Files.createDirectories(indexFile.getParent());
        try (OutputStream out = Files.newOutputStream(indexFile)) {
            index.store(out, "rule models precompiled from the top-level rules/ folder");
        }
    }
}
