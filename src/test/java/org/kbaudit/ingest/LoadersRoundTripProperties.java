package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/**
 * One fleet, written as JSON, as both workbook layouts (.xlsx, and .xls for the flat one) and as both CSV
 * layouts, loads back as the same servers, provenance and notes aside.
 *
 * <p>What a table cannot express is left out of the generated fleets, on purpose:
 * <ul>
 * <li>an adapter list known to be empty: a table has only "no adapter rows", which means unknown;</li>
 * <li>an adapter's virtual / hot-plug flag that is not said: under a {@code Virtual} column an empty cell
 *     means no, so the fleets always say yes or no;</li>
 * <li>VLAN names, file sizes and paths, two files of one name: tables have no columns for them;</li>
 * <li>text with leading or trailing blanks (every loader strips it) and service packs written {@code 2.0}
 *     (tables read a spreadsheet's {@code 2.0} as {@code 2}).</li>
 * </ul>
 */
class LoadersRoundTripProperties {

    private record AdapterView(String name, String description, String driver, boolean driverInferred,
                               Boolean virtual, Boolean hotPlug, List<Vlan> vlans) {
        static AdapterView of(Adapter a) {
            return new AdapterView(a.name(), a.description(), a.driver(), a.driverInferred(), a.virtual(), a.hotPlug(),
                    a.vlans());
        }
    }

    private record ServerView(String host, String os, String osVersion, String architecture, String servicePack,
                              HotfixInventory hotfixes, List<InstalledFile> files, List<AdapterView> adapters,
                              boolean restartPending, String site, Criticality criticality, String maintenanceWindow,
                              String owner) {
        static ServerView of(Server s) {
            return new ServerView(s.host(), s.os(), s.osVersion(), s.architecture(), s.servicePack(), s.hotfixes(),
                    s.files(), s.adapters() == null ? null : s.adapters().stream().map(AdapterView::of).toList(),
                    s.restartPending(), s.site(), s.criticality(), s.maintenanceWindow(), s.owner());
        }
    }

    @Property(tries = 40)
    void everyFormatLoadsTheSameFleet(@ForAll("fleets") List<Server> fleet, @ForAll boolean semicolons,
                                      @ForAll boolean bom) throws IOException {
        List<ServerView> expected = fleet.stream().map(ServerView::of).toList();
        Path dir = Files.createTempDirectory("kbaudit-roundtrip");
        try {
            char delimiter = semicolons ? ';' : ',';
            Path pair = Files.createDirectory(dir.resolve("pair"));
            FleetRenderers.csv(FleetRenderers.serverRows(fleet), pair.resolve("fleet-servers.csv"), delimiter, bom);
            FleetRenderers.csv(FleetRenderers.adapterRows(fleet), pair.resolve("fleet-adapters.csv"), delimiter, bom);
            List<Path> inputs = List.of(
                    FleetRenderers.json(fleet, dir.resolve("fleet.json")),
                    Workbooks.xlsx(dir.resolve("two-sheets.xlsx"), FleetRenderers.twoSheetBook(fleet)),
                    Workbooks.xlsx(dir.resolve("flat.xlsx"), FleetRenderers.flatBook(fleet)),
                    Workbooks.xls(dir.resolve("flat.xls"), FleetRenderers.flatBook(fleet)),
                    FleetRenderers.csv(FleetRenderers.flatRows(fleet), dir.resolve("flat.csv"), delimiter, bom),
                    pair.resolve("fleet-servers.csv"));
            for (Path input : inputs) {
                CollectingSink sink = new CollectingSink();
                Inventories.standard().read(List.of(input), sink);
                assertThat(sink.rejections).as("rejections from %s", input.getFileName()).isEmpty();
                assertThat(sink.servers.stream().map(ServerView::of).toList()).as("servers from %s", input.getFileName())
                        .isEqualTo(expected);
                assertThat(sink.servers).as("notes from %s", input.getFileName()).allMatch(s -> s.notes().isEmpty());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    // ---- generators

    @Provide
    Arbitrary<List<Server>> fleets() {
        return server().list().ofMinSize(1).ofMaxSize(6).map(LoadersRoundTripProperties::uniqueHosts);
    }

    private static List<Server> uniqueHosts(List<Server> servers) {
        List<Server> unique = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            Server s = servers.get(i);
            String host = (i % 2 == 0 ? "Srv-" : "SRV-") + String.format(Locale.ROOT, "%03d", i) + s.host();
            Server.Builder b = Server.builder(host, s.provenance());
            unique.add(copy(s, b));
        }
        return unique;
    }

    private static Server copy(Server s, Server.Builder b) {
        return b.os(s.os()).osVersion(s.osVersion()).architecture(s.architecture()).servicePack(s.servicePack())
                .hotfixes(s.hotfixes()).files(s.files()).adapters(s.adapters()).restartPending(s.restartPending())
                .site(s.site()).criticality(s.criticality()).maintenanceWindow(s.maintenanceWindow()).owner(s.owner())
                .build();
    }

    private Arbitrary<Server> server() {
        Arbitrary<String> suffix = Arbitraries.of("", "-web", "-sql", ".corp.example");
        Arbitrary<String> os = Arbitraries.oneOf(Arbitraries.of(
                "Microsoft(R) Windows(R) Server 2003, Enterprise Edition",
                "Windows Server 2003 R2 Standard x64 Edition", "Microsoft Windows XP Professional x64 Edition",
                "Microsoft Windows Server 2003 Datacenter Edition for 64-Bit Itanium-based Systems",
                "Windows Server 2008 R2 Enterprise", "Microsoft Windows 2000 Server"), text()).injectNull(0.15);
        Arbitrary<String> osVersion = Arbitraries.of("5.2.3790", "5.2.3790.1830", "5.2.3790 Service Pack 1 Build 3790",
                "6.0.6001", "5.0.2195").injectNull(0.3);
        Arbitrary<String> architecture = Arbitraries.of("x86", "x64", "ia64", "X86-based PC", "x64-based PC",
                "Itanium (TM) -based System", "AMD64", "EM64T", "64-bit", "32-bit").injectNull(0.3);
        Arbitrary<String> servicePack = Arbitraries.of("SP1", "Service Pack 2", "2", "RTM", "None", "0", "SP0")
                .injectNull(0.25);
        Arbitrary<Boolean> restart = Arbitraries.of(true, false);
        Arbitrary<String> site = Arbitraries.oneOf(Arbitraries.of("East DC", "Paris; Bldg 2"), text()).injectNull(0.4);
        Arbitrary<Criticality> criticality = Arbitraries.of(Criticality.class).injectNull(0.3);
        Arbitrary<String> window = Arbitraries.of("Sun 02:00-04:00", "Sat 22:00").injectNull(0.5);
        Arbitrary<String> owner = text().injectNull(0.5);
        return Combinators.combine(suffix, os, osVersion, architecture, servicePack, hotfixes(), files(), adapters())
                .flatAs((host, o, v, a, sp, hf, fi, ad) -> Combinators.combine(restart, site, criticality, window, owner)
                        .as((r, si, c, w, ow) -> Server.builder(host, new Provenance("generated", ""))
                                .os(o).osVersion(v).architecture(a).servicePack(sp).hotfixes(hf).files(fi).adapters(ad)
                                .restartPending(r).site(si).criticality(c).maintenanceWindow(w).owner(ow).build()));
    }

    /** Free text with the characters that trouble CSV and spreadsheets: separators, quotes, line breaks. */
    private Arbitrary<String> text() {
        return Arbitraries.strings().alpha().numeric().withChars(" ,;\"'\n-()#=")
                .ofMinLength(1).ofMaxLength(24).map(String::strip).filter(t -> !t.isEmpty());
    }

    private Arbitrary<HotfixInventory> hotfixes() {
        Arbitrary<String> id = Arbitraries.of("KB907019", "Q907019", "907019", "KB893803v2", "KB2536276-v2", "File 1",
                "Q147222", "KB958644");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just((HotfixInventory) null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(HotfixInventory.listed(List.of()))),
                net.jqwik.api.Tuple.of(4, id.list().ofMinSize(1).ofMaxSize(6).map(HotfixInventory::listed)));
    }

    private Arbitrary<List<InstalledFile>> files() {
        Arbitrary<FileVersion> version = Arbitraries.of("5.2.3790.1830", "5.2.3790.2520", "5.2.3790.3959", "5.2.3790.0")
                .map(FileVersion::parse);
        Arbitrary<InstalledFile> netcfgx = version.map(v -> new InstalledFile("Netcfgx.dll", v, null, null)).injectNull(0.3);
        Arbitrary<InstalledFile> wnetcfgx = version.map(v -> new InstalledFile("Wnetcfgx.dll", v, null, null)).injectNull(0.6);
        return Combinators.combine(netcfgx, wnetcfgx).as((n, w) -> {
            List<InstalledFile> files = new ArrayList<>();
            if (n != null) {
                files.add(n);
            }
            if (w != null) {
                files.add(w);
            }
            return files.isEmpty() ? null : files;
        });
    }

    private Arbitrary<List<Adapter>> adapters() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("Local Area Connection", "Local Area Connection 2",
                "Public", "Backup", "iSCSI", "Prod, VLAN trunk", "Team \"A\""), text());
        Arbitrary<String> description = Arbitraries.of("Broadcom BCM5708C NetXtreme II GigE",
                "Intel(R) PRO/1000 MT Network Connection", "HP NC7782 Gigabit Server Adapter #2").injectNull(0.3);
        Arbitrary<String> driver = Arbitraries.of("b57w2k", "E1000", "q57w2k", "bxnd52x", "vmxnet").injectNull(0.2);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<List<Vlan>> vlans = Arbitraries.integers().between(1, 4094).map(Vlan::of).list().ofMaxSize(3);
        Arbitrary<Adapter> adapter = Combinators.combine(name, description, driver, flag, flag, vlans)
                .as((n, d, dr, v, h, vl) -> new Adapter(n, d, dr, false, v, h, vl, new Provenance("generated", "")));
        return adapter.list().ofMinSize(1).ofMaxSize(4).uniqueElements(Adapter::name).injectNull(0.25);
    }
}
