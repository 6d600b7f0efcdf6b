package org.kbaudit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * One compiled rule set (a Drools {@link KieBase} built with the executable model), shared by every
 * per-server session of a run.
 */
public final class RuleBase {

    private static final String RESOURCE_FOLDER = "src/main/resources/kbaudit/rules/";
    /** What Drools appends to a message after the message itself: the frames of the failure it caught. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?s)\\s*Problem stacktrace\\s*:.*");

    private final RuleFiles files;
    private final KieBase kieBase;
    private final Map<String, Integer> position;

    private RuleBase(RuleFiles files, KieBase kieBase) {
        this.files = files;
        this.kieBase = kieBase;
        Map<String, Integer> position = new HashMap<>();
        for (String drl : files.drlByName().values()) {
            for (String name : ruleNamesIn(drl)) {
                position.putIfAbsent(name, position.size());
            }
        }
        this.position = Map.copyOf(position);
    }

    /**
     * Where a rule is declared: rule names are ordered as the files (by name) and the rules inside them declare
     * them (the rule trail's order); {@link Integer#MAX_VALUE} for a name not declared.
     */
    int position(String ruleName) {
        return position.getOrDefault(ruleName, Integer.MAX_VALUE);
    }

    private static List<String> ruleNamesIn(String drl) {
        return drl.lines().map(String::strip).filter(l -> l.startsWith("rule \""))
                .map(l -> l.substring(6, Math.max(6, l.indexOf('"', 6)))).toList();
    }

    /**
     * Compiles the rules.
     *
     * @throws RulesCompileException listing every problem as {@code file:line: message}
     */
    public static RuleBase compile(RuleFiles files) {
        KieServices kie = KieServices.Factory.get();
        KieBuilder builder = build(files);
        KieBase kieBase = kie.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        return new RuleBase(files, kieBase);
    }

    /**
     * The bundled rules: the models precompiled by the build when they match the bundled DRL (the usual
     * case, milliseconds), otherwise compiled now (seconds).
     */
    public static RuleBase bundled() {
        RuleFiles files = RuleFiles.bundled();
        List<Model> models = precompiledModels(files.sha256());
        if (models.isEmpty()) {
            return compile(files);
        }
        return new RuleBase(files, KieBaseBuilder.createKieBaseFromModel(models));
    }

    private static List<Model> precompiledModels(String sha256) {
        Properties index = new Properties();
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(RulePrecompiler.INDEX)) {
            if (in == null) {
                return List.of();
            }
            index.load(in);
        } catch (IOException e) {
            return List.of();
        }
        if (!sha256.equals(index.getProperty("sha256"))) {
            return List.of();
        }
        List<Model> models = new ArrayList<>();
        for (String name : index.getProperty("models", "").split(",")) {
            try {
                models.add((Model) Class.forName(name.strip()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                return List.of();
            }
        }
        return models;
    }

    /**
     * Builds the rules into a KIE module with the executable model.
     *
     * @throws RulesCompileException listing every problem as {@code file:line: message}
     */
    static KieBuilder build(RuleFiles files) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        // A release of its own per rule set: two builds in one process must not replace each other.
        ReleaseId release = kie.newReleaseId("org.kbaudit", "rules-" + files.sha256().substring(0, 16), "1.0.0");
        kfs.generateAndWritePomXML(release);
        for (Map.Entry<String, String> drl : files.drlByName().entrySet()) {
            kfs.write(RESOURCE_FOLDER + drl.getKey(), drl.getValue());
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> problems = new ArrayList<>();
        List<String> generatedSources = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String problem = describe(message, files);
            (problem.contains(": Java source of ") ? generatedSources : problems).add(problem);
        }
        if (problems.isEmpty()) {
            problems.addAll(generatedSources); // only then is the generated source all there is to show
        }
        if (!problems.isEmpty()) {
            throw new RulesCompileException(problems);
        }
        return builder;
    }

    private static String describe(Message message, RuleFiles files) {
        String path = message.getPath();
        String file = path == null ? null : path.substring(path.lastIndexOf('/') + 1);
        String text = withoutStackTrace(message.getText()).replaceAll("\\s*\\R\\s*", " ");
        if (file == null || !files.drlByName().containsKey(file)) {
            // Type errors of the executable model come back against generated Java, without a DRL line: a
            // consequence that calls what does not exist is found by the name it calls; otherwise, name the
            // DRL file whose rule the text mentions, or every file when none is named.
            String place = placeOfUnknownName(text, files);
            if (place != null) {
                return place + ": " + GENERATED_TYPE.matcher(text).replaceAll("");
            }
            file = files.drlByName().entrySet().stream()
                    .filter(e -> mentionsRuleOf(text, e.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElse(String.join(",", files.drlByName().keySet()));
            return file + ": " + text;
        }
        int line = message.getLine() > 0 ? message.getLine() : lineQuoted(text, files.drlByName().get(file));
        return file + ":" + (line > 0 ? line : "?") + ": " + text;
    }

    /**
     * The message without the Java stack trace Drools appends to some of them (a consequence that does not
     * parse comes back with {@code Problem stacktrace : com.github.javaparser...} and its frames): the
     * user needs the file, the line and what is wrong, not the frames of the parser that found it.
     */
    static String withoutStackTrace(String text) {
        if (text == null) {
            return "";
        }
        return STACK_TRACE.matcher(text).replaceFirst("").strip();
    }

    /**
     * Type errors of the executable model come back without a line; they quote the constraint
     * ({@code Unable to parse left part of expression: noSuchField == 1}): find the line that holds it.
     */
    private static int lineQuoted(String text, String drl) {
        java.util.regex.Matcher expression = QUOTED_EXPRESSION.matcher(text);
        int colon = text.lastIndexOf(": ");
        String quoted;
        if (expression.find()) {
            quoted = expression.group(1).strip();
        } else if (colon >= 0 && colon + 2 < text.length()) {
            quoted = text.substring(colon + 2).strip();
        } else {
            return 0;
        }
        List<String> lines = drl.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(quoted)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A constraint the compiler quotes at the end of its message ({@code Unable to Analyse Expression a == b:}). */
    private static final Pattern QUOTED_EXPRESSION = Pattern.compile("Expression (.+?):?\\s*$");

    /** A name the compiler could not find: a method, a type or a variable the consequence uses. */
    private static final Pattern UNKNOWN_NAME = Pattern.compile(
            "The method (\\w+)\\(|The constructor (\\w+)\\(|(\\w+) cannot be resolved");
    /** Where the executable model's generated class stands in a message. */
    private static final Pattern GENERATED_TYPE = Pattern.compile(" for the type \\w*Lambda\\w*");

    /**
     * {@code file:line} of the one DRL line (imports and comments aside) that uses the name the message says is
     * unknown; {@code null} when no line or several do.
     */
    private static String placeOfUnknownName(String text, RuleFiles files) {
        java.util.regex.Matcher m = UNKNOWN_NAME.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        Pattern use = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        String place = null;
        for (Map.Entry<String, String> drl : files.drlByName().entrySet()) {
            List<String> lines = drl.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith("//") && !line.startsWith("import ") && use.matcher(line).find()) {
                    if (place != null) {
                        return null; // used in several places: which one is wrong cannot be told from the name
                    }
                    place = drl.getKey() + ":" + (i + 1);
                }
            }
        }
        return place;
    }

    private static boolean mentionsRuleOf(String text, String drl) {
        return ruleNamesIn(drl).stream().anyMatch(name -> !name.isEmpty() && text.contains(name));
    }

    public RuleFiles files() {
        return files;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** The names of every rule, by package. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                names.add(rule.getName());
            }
        }
        return names;
    }
}
