package org.kbaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.kbaudit.domain.Action;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Exposure;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Platform;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Vlan;
import org.kbaudit.rules.facts.Verdict;

/**
 * Laws of VERDICTS.md 3 to 5 over random in-scope servers: random captions, versions, architectures,
 * service packs, hotfix lists, file versions, adapters (drivers in varying case, some unnamed) and VLANs,
 * under both scopes and both preferences. The expectations are computed here from VERDICTS.md, not from
 * the rules.
 */
class RulesProperties {

    private static final Provenance HERE = new Provenance("property", "");
    private static final FileVersion FIXED = FileVersion.parse("5.2.3790.2520");
    private static final Pattern KB = Pattern.compile("(?i)(KB|Q)?907019(-?V\\d+)?");

    // ------------------------------------------------------------------------------------------ laws

    @Property(tries = 200)
    void exactly_one_status_and_it_is_the_one_verdicts_md_gives(@ForAll("servers") Server server,
                                                                @ForAll("policies") Policy policy) {
        Conclusions c = Rules.conclude(server, policy);
        assertThat(c.all(Verdict.class)).hasSize(1);
        Finding f = FindingAssembler.assemble(server, c);

        Boolean fix = expectedFix(server);
        assertThat(f.fix().present()).as("fix present").isEqualTo(fix);
        assertThat(f.status() == Status.PROTECTED).as("PROTECTED iff the fix is present")
                .isEqualTo(Boolean.TRUE.equals(fix));
        assertThat(f.status()).isEqualTo(expectedStatus(server, policy, fix));
        Statistics.label("status").collect(f.status());
    }

    @Property(tries = 200)
    void while_the_fix_is_absent_the_at_risk_sets_are_the_shared_groups(@ForAll("servers") Server server,
                                                                        @ForAll("policies") Policy policy) {
        Finding f = Rules.finding(server, policy);
        if (!Boolean.FALSE.equals(f.fix().present())) {
            assertThat(f.status()).isIn(Status.PROTECTED, Status.UNKNOWN);
            return;
        }
        Expected expected = Expected.of(server.adapters(), policy.scope());

        assertThat(f.atRiskAdapters()).containsExactlyElementsOf(expected.adapters);
        assertThat(f.atRiskVlans()).containsExactlyElementsOf(expected.vlans);
        if (f.status() == Status.EXPOSED) {
            assertThat(f.exposures()).isNotEmpty();
            assertThat(f.atRiskAdapters()).isNotEmpty();
            assertThat(f.exposures().contains(Exposure.SILENT_VLAN_LOSS)).isEqualTo(!expected.vlans.isEmpty());
            assertThat(f.priority()).isEqualTo(expected.vlans.isEmpty() ? 2 : 1);
        } else {
            assertThat(f.exposures()).isEmpty();
        }
    }

    @Property(tries = 200)
    void the_recommended_action_is_one_of_the_options(@ForAll("servers") Server server,
                                                      @ForAll("policies") Policy policy) {
        Finding f = Rules.finding(server, policy);

        if (Boolean.FALSE.equals(f.fix().present())) {
            assertThat(f.remediation().recommended()).isNotNull();
            assertThat(f.remediation().options()).contains(f.remediation().recommended());
            assertThat(f.remediation().restartRequired()).isTrue();
            if (awaitingRestart(server)) {
                assertThat(f.remediation().options()).containsExactly(Action.RESTART);
            } else {
                assertThat(f.remediation().options()).contains(Action.INSTALL_SP2).doesNotContain(Action.RESTART);
            }
        } else {
            assertThat(f.remediation().options()).isEmpty();
            assertThat(f.remediation().recommended()).isNull();
        }
    }

    // ------------------------------------------------------------------------------------------ VERDICTS.md, written out

    /** VERDICTS.md 3, strongest evidence first: {@code null} when the evidence does not decide. */
    static Boolean expectedFix(Server s) {
        FileVersion netcfgx = loadedNetcfgx(s);
        if (netcfgx != null) {
            return netcfgx.compareTo(FIXED) >= 0;
        }
        Integer sp = expectedServicePack(s);
        if (sp != null && sp >= 2) {
            return !s.restartPending();
        }
        if (listsKb(s)) {
            return !s.restartPending();
        }
        if (sp != null && sp == 0 && expectedPlatform(s) != Platform.X64) {
            return false;
        }
        if (sp != null && s.hotfixes() != null && s.hotfixes().complete()) {
            return false;
        }
        return null;
    }

    /**
     * The native Netcfgx.dll that Windows loads: in system32 (or wherever, without a path), not the 32-bit copy in
     * SysWOW64 nor a backup elsewhere; when several disagree, the lowest. {@code null} when none is known.
     */
    static FileVersion loadedNetcfgx(Server s) {
        if (s.files() == null) {
            return null;
        }
        return s.files().stream().filter(f -> {
            String where = f.path() == null ? "" : f.path().toLowerCase(Locale.ROOT);
            String name = f.name().toLowerCase(Locale.ROOT);
            return name.endsWith("netcfgx.dll") && !name.endsWith("wnetcfgx.dll")
                    && (where.isEmpty() || where.contains("system32") && !where.contains("dllcache"));
            // (SysWOW64 holds the 32-bit copy, the article's Wnetcfgx.dll: not "system32")
        }).map(InstalledFile::version).min(Comparator.naturalOrder()).orElse(null);
    }

    /** VERDICTS.md 5: SP2 or KB907019 installed, a restart pending, and no loaded Netcfgx.dll at the fixed version. */
    static boolean awaitingRestart(Server s) {
        FileVersion netcfgx = loadedNetcfgx(s);
        Integer sp = expectedServicePack(s);
        boolean hotfixInstallable = !(sp != null && sp == 0 && expectedPlatform(s) != Platform.X64);
        return (netcfgx == null || netcfgx.compareTo(FIXED) < 0) && s.restartPending()
                && ((sp != null && sp >= 2) || (listsKb(s) && (netcfgx == null || hotfixInstallable)));
    }

    static Status expectedStatus(Server s, Policy policy, Boolean fix) {
        if (fix == null) {
            return Status.UNKNOWN;
        }
        if (fix) {
            return Status.PROTECTED;
        }
        if (s.adapters() == null) {
            return Status.UNKNOWN;
        }
        if (!Expected.of(s.adapters(), policy.scope()).adapters.isEmpty()) {
            return Status.EXPOSED;
        }
        boolean someUnnamed = s.adapters().stream().anyMatch(a -> a.driver() == null);
        if (policy.scope() == Policy.Scope.SAME_DRIVER && s.adapters().size() >= 2 && someUnnamed) {
            return Status.UNKNOWN;
        }
        return Status.VULNERABLE;
    }

    private static boolean listsKb(Server s) {
        return s.hotfixes() != null && s.hotfixes().entries().stream().anyMatch(e -> KB.matcher(e.strip()).matches());
    }

    private static Integer expectedServicePack(Server s) {
        if (s.servicePack() != null) {
            return SERVICE_PACKS.get(s.servicePack());
        }
        if (s.osVersion() != null) {
            Matcher m = Pattern.compile("Service Pack (\\d)").matcher(s.osVersion());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    private static Platform expectedPlatform(Server s) {
        String arch = s.architecture() == null ? "" : s.architecture().toLowerCase(Locale.ROOT);
        boolean itaniumCaption = s.os().toLowerCase(Locale.ROOT).contains("itanium");
        if (arch.contains("itanium") || arch.contains("ia64")) {
            return Platform.IA64;
        }
        if (arch.contains("x64") || arch.contains("amd64") || arch.contains("em64t")) {
            return Platform.X64;
        }
        if (arch.contains("x86")) {
            return Platform.X86;
        }
        if (arch.equals("64-bit")) {
            return itaniumCaption ? Platform.IA64 : Platform.X64;
        }
        return itaniumCaption ? Platform.IA64 : s.os().contains("x64") ? Platform.X64 : Platform.X86;
    }

    /** VERDICTS.md 4: driver groups of two or more (case-insensitive), or the whole server under all-adapters. */
    record Expected(TreeSet<String> adapters, TreeSet<AdapterVlan> vlans) {

        static Expected of(List<Adapter> adapters, Policy.Scope scope) {
            Expected expected = new Expected(new TreeSet<>(), new TreeSet<>());
            if (adapters == null) {
                return expected;
            }
            Map<String, List<Adapter>> groups = new HashMap<>();
            for (Adapter a : adapters) {
                String key = scope == Policy.Scope.ALL_ADAPTERS ? "*"
                        : a.driver() == null ? null : a.driver().toLowerCase(Locale.ROOT);
                if (key != null) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                }
            }
            for (List<Adapter> group : groups.values()) {
                if (group.size() >= 2) {
                    for (Adapter a : group) {
                        expected.adapters.add(a.name());
                        a.vlans().forEach(v -> expected.vlans.add(new AdapterVlan(a.name(), v.id())));
                    }
                }
            }
            return expected;
        }
    }

    // ------------------------------------------------------------------------------------------ generators

    private static final Map<String, Integer> SERVICE_PACKS = Map.of("RTM", 0, "None", 0, "SP1", 1,
            "Service Pack 1", 1, "SP2", 2, "2", 2, "Service Pack 3", 3);

    @Provide
    Arbitrary<Policy> policies() {
        return Combinators.combine(Arbitraries.of(Policy.Prefer.class), Arbitraries.of(Policy.Scope.class)).as(Policy::new);
    }

    @Provide
    Arbitrary<Server> servers() {
        Arbitrary<String> os = Arbitraries.of("Microsoft(R) Windows(R) Server 2003, Enterprise Edition",
                "Microsoft Windows Server 2003, Web Edition", "Microsoft Windows Server 2003 R2 Standard x64 Edition",
                "Microsoft Windows Server 2003, Datacenter Edition for 64-Bit Itanium-based Systems",
                "Microsoft Windows XP Professional x64 Edition", "Microsoft Windows Small Business Server 2003");
        Arbitrary<String> version = Arbitraries.of("5.2.3790", "5.2.3790.3959", "5.2.3790 Service Pack 1 Build 3790",
                "5.2.3790 Service Pack 2 Build 3790").injectNull(0.25);
        Arbitrary<String> arch = Arbitraries.of("x86", "X86-based PC", "x64-based PC", "AMD64", "EM64T", "Itanium",
                "IA64", "64-bit").injectNull(0.3);
        Arbitrary<String> sp = Arbitraries.of(SERVICE_PACKS.keySet().stream().sorted().toList()).injectNull(0.2);
        Arbitrary<Boolean> restart = Arbitraries.of(true, false, false);
        Arbitrary<Server.Builder> base = Combinators.combine(os, version, arch, sp, restart)
                .as((o, v, a, s, r) -> Server.builder("SRV", HERE).os(o).osVersion(v).architecture(a).servicePack(s)
                        .restartPending(r));
        return Combinators.combine(base, hotfixes(), files(), adapters())
                .as((b, h, f, a) -> b.hotfixes(h).files(f).adapters(a).build());
    }

    private static Arbitrary<HotfixInventory> hotfixes() {
        Arbitrary<String> entry = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("KB885835", "KB890046", "KB896358", "KB907010", "KB9070190")),
                Tuple.of(2, Arbitraries.of("KB907019", "Q907019", "907019", "kb907019-v2", "q907019")),
                Tuple.of(1, Arbitraries.of("File 1", "File 2")));
        Arbitrary<List<String>> entries = entry.list().ofMaxSize(4);
        return Arbitraries.frequencyOf(
                Tuple.of(4, entries.map(HotfixInventory::listed)),
                Tuple.of(2, Combinators.combine(entries, Arbitraries.of(0, 0, 3))
                        .as((e, more) -> HotfixInventory.announced(e, e.size() + more))),
                Tuple.of(1, Arbitraries.<HotfixInventory>just(null)));
    }

    private static Arbitrary<List<InstalledFile>> files() {
        Arbitrary<InstalledFile> file = Combinators.combine(
                Arbitraries.of("Netcfgx.dll", "NETCFGX.DLL", "netcfgx.dll", "Wnetcfgx.dll",
                        "C:\\WINDOWS\\system32\\netcfgx.dll", "C:\\WINDOWS\\system32\\dllcache\\netcfgx.dll"),
                Arbitraries.of("5.2.3790.0", "5.2.3790.999", "5.2.3790.1830", "5.2.3790.2519", "5.2.3790.2520",
                        "5.2.3790.3959", "5.2.3790.10000"),
                Arbitraries.of("C:\\WINDOWS\\system32", "D:\\WINNT\\System32\\netcfgx.dll",
                        "C:\\WINDOWS\\SysWOW64\\", "C:\\WINDOWS\\$NtUninstallKB907019$").injectNull(0.7))
                .as((name, v, path) -> new InstalledFile(name, FileVersion.parse(v), null, path));
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.<List<InstalledFile>>just(null)),
                Tuple.of(2, file.list().ofMaxSize(3)));
    }

    private static Arbitrary<List<Adapter>> adapters() {
        Arbitrary<String> driver = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("E1000", "e1000", "E1000 ", "b57w2k", "B57W2K", "q57w2k")),
                Tuple.of(1, Arbitraries.<String>just(null)));
        Arbitrary<List<Vlan>> vlans = Arbitraries.integers().between(1, 4094).set().ofMaxSize(3)
                .map(ids -> ids.stream().sorted().map(Vlan::of).toList());
        Arbitrary<List<Adapter>> list = Combinators.combine(driver, vlans)
                .as((d, v) -> new Adapter("x", null, d, false, null, null, v, HERE))
                .list().ofMaxSize(6)
                .map(raw -> {
                    List<Adapter> named = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        Adapter a = raw.get(i);
                        named.add(new Adapter("NIC" + (i + 1), null, a.driver(), false, null, null, a.vlans(), HERE));
                    }
                    return named;
                });
        return Arbitraries.frequencyOf(Tuple.of(7, list), Tuple.of(1, Arbitraries.<List<Adapter>>just(null)));
    }
}
