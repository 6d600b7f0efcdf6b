package org.kbaudit.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/**
 * Test support: the top-level {@code rules/} folder compiled once per test run, and a fluent way to
 * describe a server. Every evaluation gets a fresh session.
 */
final class Rules {

    private static RuleBase base;

    private Rules() {
    }

    static synchronized RuleBase base() {
        if (base == null) {
            base = RuleBase.compile(RuleFiles.folder(Path.of("rules")));
        }
        return base;
    }

    /** The conservative scope (--scope all-adapters) with the default remediation preference. */
    static final Policy ALL_ADAPTERS = new Policy(Policy.Prefer.SERVICE_PACK, Policy.Scope.ALL_ADAPTERS);
    /** The hotfix preference (--prefer hotfix) with the default scope. */
    static final Policy PREFER_HOTFIX = new Policy(Policy.Prefer.HOTFIX, Policy.Scope.SAME_DRIVER);

    /**
     * The rule name, checked against the compiled rules: a misspelt name would make every
     * "did not fire" assertion pass for the wrong reason.
     */
    static String rule(String name) {
        if (!base().ruleNames().contains(name)) {
            throw new IllegalArgumentException("no rule named '" + name + "' in rules/");
        }
        return name;
    }

    /** The names of the rules one DRL file declares, read from the file itself. */
    static Set<String> ruleNamesIn(String drlFile) {
        String drl = RuleFiles.folder(Path.of("rules")).drlByName().get(drlFile);
        if (drl == null) {
            throw new IllegalArgumentException("no rules/" + drlFile);
        }
        Set<String> names = new TreeSet<>();
        drl.lines().map(String::strip).filter(l -> l.startsWith("rule \""))
                .forEach(l -> names.add(l.substring(6, l.indexOf('"', 6))));
        return names;
    }

    /**
     * The rules a test class covers: the {@code RULE} constant of each of its {@code @Nested} classes
     * (one nested class per rule).
     */
    static Set<String> rulesCoveredBy(Class<?> testClass) {
        Set<String> names = new TreeSet<>();
        for (Class<?> nested : testClass.getDeclaredClasses()) {
            try {
                java.lang.reflect.Field field = nested.getDeclaredField("RULE");
                field.setAccessible(true);
                names.add((String) field.get(null));
            } catch (NoSuchFieldException e) {
                // a nested class that is not about one rule
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    static Conclusions conclude(Server server) {
        return conclude(server, Policy.DEFAULT);
    }

    static Conclusions conclude(Server server, Policy policy) {
        return new RuleEvaluator(base(), KbArticle.KB907019).evaluate(server, policy);
    }

    static Finding finding(Server server) {
        return finding(server, Policy.DEFAULT);
    }

    static Finding finding(Server server, Policy policy) {
        return FindingAssembler.assemble(server, conclude(server, policy));
    }

    static ServerSpec server() {
        return new ServerSpec();
    }

    static Adapter nic(String name, String driver, Integer... vlans) {
        List<Vlan> list = new ArrayList<>();
        for (Integer id : vlans) {
            list.add(Vlan.of(id));
        }
        return new Adapter(name, null, driver, false, null, null, list, new Provenance("test", name));
    }

    /** A Windows Server 2003 Enterprise x86 SP1 server with a complete, empty hotfix list and no adapters. */
    static final class ServerSpec {
        private final Server.Builder b = Server.builder("SRV", new Provenance("test", "$[0]"))
                .os("Microsoft(R) Windows(R) Server 2003, Enterprise Edition")
                .osVersion("5.2.3790").architecture("x86").servicePack("SP1")
                .hotfixes(HotfixInventory.listed(List.of())).adapters(List.of());

        ServerSpec os(String v) { b.os(v); return this; }
        ServerSpec version(String v) { b.osVersion(v); return this; }
        ServerSpec arch(String v) { b.architecture(v); return this; }
        ServerSpec sp(String v) { b.servicePack(v); return this; }
        ServerSpec hotfixes(String... ids) { b.hotfixes(HotfixInventory.listed(List.of(ids))); return this; }
        ServerSpec hotfixes(HotfixInventory h) { b.hotfixes(h); return this; }
        ServerSpec restartPending() { b.restartPending(true); return this; }
        ServerSpec adapters(Adapter... a) { b.adapters(a == null ? null : List.of(a)); return this; }
        ServerSpec noAdapterData() { b.adapters(null); return this; }
        ServerSpec unknownHotfixes() { b.hotfixes(null); return this; }
        ServerSpec x64() { return arch("x64-based PC"); }
        ServerSpec itanium() { return arch("Itanium-based System"); }

        ServerSpec netcfgx(String version) {
            return file(KbArticle.NATIVE_FILE, version);
        }

        ServerSpec netcfgx(String version, String path) {
            return file(KbArticle.NATIVE_FILE, version, path);
        }

        ServerSpec wnetcfgx(String version) {
            return file(KbArticle.WOW64_FILE, version);
        }

        /** A file as an inventory lists it: a name (perhaps a full path), a version and a path (perhaps null). */
        ServerSpec file(String name, String version, String path) {
            Server now = b.build();
            List<InstalledFile> files = new ArrayList<>(now.files() == null ? List.of() : now.files());
            files.add(new InstalledFile(name, FileVersion.parse(version), null, path));
            b.files(files);
            return this;
        }

        ServerSpec adaptersIncomplete() { b.adaptersIncomplete(true); return this; }

        private ServerSpec file(String name, String version) {
            Server now = b.build();
            List<InstalledFile> files = new ArrayList<>(now.files() == null ? List.of() : now.files());
            files.add(new InstalledFile(name, FileVersion.parse(version), null, null));
            b.files(files);
            return this;
        }

        Server build() {
            return b.build();
        }
    }
}
