package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;
import org.kbaudit.generate.SyntheticFleet;

/**
 * Memoised decisions are a pure optimisation: for any server of any synthetic fleet, under both policies,
 * the finding from the memoised bundled rules equals the one from evaluating the rules on that very server,
 * even when the decision was first made for another server of the same shape, with another host, other
 * carried fields, other adapter, driver and VLAN names, its adapters in another order and loader notes.
 */
class MemoizedDecisionsProperties {

    static final AuditService MEMOIZED = AuditService.withRules(null);
    /** Rules from a folder are evaluated server by server, never memoised. */
    static final AuditService DIRECT = AuditService.withRules(java.nio.file.Path.of("rules"));

    @Property(tries = 300)
    void memoised_findings_equal_direct_ones(@ForAll @LongRange(max = 1_000_000) long index,
                                             @ForAll boolean preferHotfix, @ForAll boolean allAdapters) {
        Policy policy = new Policy(preferHotfix ? Policy.Prefer.HOTFIX : Policy.Prefer.SERVICE_PACK,
                allAdapters ? Policy.Scope.ALL_ADAPTERS : Policy.Scope.SAME_DRIVER);
        Server server = new SyntheticFleet(index % 7).server(index);
        Server lookalike = lookalike(server);

        Finding first = MEMOIZED.audit(lookalike, policy);
        Finding memoised = MEMOIZED.audit(server, policy);

        assertThat(memoised).isEqualTo(DIRECT.audit(server, policy));
        assertThat(first).isEqualTo(DIRECT.audit(lookalike, policy));
    }

    /**
     * The decision key leaves out nothing the rules read: a server that differs from one decided just before in
     * a single field the rules read (taken from another server of the fleet) is decided as itself, never
     * given the other's finding.
     */
    @Property(tries = 400)
    void a_server_differing_in_one_field_the_rules_read_is_decided_as_itself(
            @ForAll @LongRange(max = 1_000_000) long index, @ForAll @LongRange(max = 1_000_000) long donorIndex,
            @ForAll @IntRange(min = 0, max = 12) int field) {
        SyntheticFleet fleet = new SyntheticFleet(index % 5);
        Server server = fleet.server(index);
        Server variant = withFieldOf(server, fleet.server(donorIndex), field);

        MEMOIZED.audit(server, Policy.DEFAULT);
        assertThat(MEMOIZED.audit(variant, Policy.DEFAULT)).isEqualTo(DIRECT.audit(variant, Policy.DEFAULT));
    }

    /**
     * The server with one field the rules read taken from the donor (0 os ... 7 adapters), or changed within
     * itself: 8 one hotfix entry swapped for the article's, or the article's for another, the list as long;
     * 9 the hotfix list said to be longer than it is; 10 the files' names swapped; 11 the first file found in
     * SysWOW64 instead (which makes a Netcfgx.dll the 32-bit copy); 12 the adapter list said to be cut short.
     */
    private static Server withFieldOf(Server s, Server donor, int field) {
        HotfixInventory hotfixes = s.hotfixes();
        if (field == 8 && hotfixes != null && !hotfixes.entries().isEmpty()) {
            List<String> entries = new ArrayList<>(hotfixes.entries());
            entries.set(0, hotfixes.mentions(907019) ? "KB123456" : "KB907019");
            hotfixes = HotfixInventory.listed(entries);
        } else if (field == 9 && hotfixes != null) {
            int more = 1 + (int) (donor.hashCode() & 7);
            hotfixes = HotfixInventory.announced(hotfixes.entries(), hotfixes.entries().size() + more);
        }
        List<InstalledFile> files = s.files();
        if (field == 10 && files != null && files.size() == 2) {
            files = List.of(new InstalledFile(files.get(1).name(), files.get(0).version(), files.get(0).size(), null),
                    new InstalledFile(files.get(0).name(), files.get(1).version(), files.get(1).size(), null));
        }
        if (field == 11 && files != null && !files.isEmpty()) {
            List<InstalledFile> moved = new ArrayList<>(files);
            InstalledFile first = files.get(0);
            moved.set(0, new InstalledFile(first.name(), first.version(), first.size(), "C:\\WINDOWS\\SysWOW64"));
            files = moved;
        }
        return Server.builder("VARIANT-" + s.host(), s.provenance())
                .os(field == 0 ? donor.os() : s.os())
                .osVersion(field == 1 ? donor.osVersion() : s.osVersion())
                .architecture(field == 2 ? donor.architecture() : s.architecture())
                .servicePack(field == 3 ? donor.servicePack() : s.servicePack())
                .restartPending(field == 4 ? !s.restartPending() : s.restartPending())
                .hotfixes(field == 5 ? donor.hotfixes() : hotfixes)
                .files(field == 6 ? donor.files() : files)
                .adapters(field == 7 ? donor.adapters() : s.adapters())
                .adaptersIncomplete(field == 12 != s.adaptersIncomplete())
                .site(s.site()).owner(s.owner()).maintenanceWindow(s.maintenanceWindow()).criticality(s.criticality())
                .notes(s.notes()).build();
    }

    @Example
    void adapters_of_the_same_name_are_decided_as_they_are() {
        Server server = Server.builder("SRV-TWIN", new Provenance("test", "#1"))
                .os("Windows Server 2003").osVersion("5.2.3790").architecture("x86").servicePack("SP1")
                .hotfixes(null).files(null)
                .adapters(List.of(adapter("NIC", "e1000", 10), adapter("NIC", "e1000", 20),
                        adapter("NIC 2", "e1000", 30)))
                .build();

        assertThat(MEMOIZED.audit(server, Policy.DEFAULT)).isEqualTo(DIRECT.audit(server, Policy.DEFAULT));
    }

    @Example
    void trunks_of_many_vlans_repeated_in_another_order_are_decided_as_themselves() {
        // more than a few VLANs an adapter takes the other way of numbering them (and once took cubic time)
        List<Vlan> trunk = new ArrayList<>();
        for (int id = 100; id < 160; id++) {
            trunk.add(Vlan.of(id));
            trunk.add(Vlan.of(100 + (id * 7) % 60));
        }
        List<Vlan> reversed = new ArrayList<>(trunk);
        java.util.Collections.reverse(reversed);
        Server one = Server.builder("SRV-TRUNK-1", new Provenance("test", "#1")).os("Windows Server 2003")
                .osVersion("5.2.3790").architecture("x86").servicePack("SP1").hotfixes(HotfixInventory.listed(List.of()))
                .adapters(List.of(new Adapter("A", null, "E1000", false, null, null, trunk, null),
                        new Adapter("B", null, "E1000", false, null, null, List.of(Vlan.of(5)), null))).build();
        Server two = Server.builder("SRV-TRUNK-2", new Provenance("test", "#2")).os("Windows Server 2003")
                .osVersion("5.2.3790").architecture("x86").servicePack("SP1").hotfixes(HotfixInventory.listed(List.of()))
                .adapters(List.of(new Adapter("C", null, "E1000", false, null, null, List.of(Vlan.of(7)), null),
                        new Adapter("D", null, "E1000", false, null, null, reversed, null))).build();

        assertThat(MEMOIZED.audit(one, Policy.DEFAULT)).isEqualTo(DIRECT.audit(one, Policy.DEFAULT));
        assertThat(MEMOIZED.audit(two, Policy.DEFAULT)).isEqualTo(DIRECT.audit(two, Policy.DEFAULT));
        assertThat(MEMOIZED.audit(one, Policy.DEFAULT).atRiskVlans()).hasSize(61);
    }

    @Example
    void lists_cut_short_for_different_reasons_keep_their_own_reason() {
        // the reason is quoted in a warning: two lists, both incomplete, must not share one decision
        Server five = hotfixList("SRV-FIVE", HotfixInventory.announced(List.of("KB123", "KB456"), 5));
        Server six = hotfixList("SRV-SIX", HotfixInventory.announced(List.of("KB123", "KB456"), 6));

        MEMOIZED.audit(five, Policy.DEFAULT);
        assertThat(MEMOIZED.audit(six, Policy.DEFAULT)).isEqualTo(DIRECT.audit(six, Policy.DEFAULT));
    }

    private static Server hotfixList(String host, HotfixInventory hotfixes) {
        return Server.builder(host, new Provenance("test", "#" + host)).os("Windows Server 2003").osVersion("5.2.3790")
                .architecture("x86").servicePack("SP1").hotfixes(hotfixes).adapters(List.of()).build();
    }

    @Example
    void texts_that_would_read_alike_once_joined_are_told_apart() {
        Server oneEntry = hotfixes("SRV-ONE", List.of("KB123, KB456"), "5.2.3790");
        Server twoEntries = hotfixes("SRV-TWO", List.of("KB123", "KB456"), "5.2.3790");
        Server pipe = Server.builder("SRV-PIPE", new Provenance("test", "#3")).os("Windows Server 2003|5.2.3790")
                .architecture("x86").servicePack("SP1").hotfixes(HotfixInventory.listed(List.of("KB123"))).build();
        Server split = Server.builder("SRV-SPLIT", new Provenance("test", "#4")).os("Windows Server 2003")
                .osVersion("5.2.3790").architecture("x86").servicePack("SP1")
                .hotfixes(HotfixInventory.listed(List.of("KB123"))).build();

        for (Server server : List.of(oneEntry, twoEntries, pipe, split)) {
            assertThat(MEMOIZED.audit(server, Policy.DEFAULT)).isEqualTo(DIRECT.audit(server, Policy.DEFAULT));
        }
    }

    private static Server hotfixes(String host, List<String> entries, String version) {
        return Server.builder(host, new Provenance("test", "#" + host)).os("Windows Server 2003").osVersion(version)
                .architecture("x86").servicePack("SP1").hotfixes(HotfixInventory.listed(entries))
                .adapters(List.of()).build();
    }

    private static Adapter adapter(String name, String driver, int vlan) {
        return new Adapter(name, null, driver, false, null, null, List.of(Vlan.of(vlan)), null);
    }

    /**
     * The same decision problem under other names: every name and id mapped one to one onto another, the
     * adapters reversed, the carried fields changed and a loader note added.
     */
    private static Server lookalike(Server server) {
        List<Adapter> adapters = null;
        if (server.adapters() != null) {
            adapters = new ArrayList<>();
            for (Adapter a : server.adapters()) {
                List<Vlan> vlans = a.vlans().stream().map(v -> Vlan.of(4095 - v.id())).toList();
                String driver = a.driver() == null ? null : "other-" + a.driver().toUpperCase(Locale.ROOT);
                adapters.add(0, new Adapter("Other " + a.name(), "Another card", driver, false, a.virtual(),
                        a.hotPlug(), vlans, a.provenance()));
            }
        }
        return Server.builder("LOOKALIKE-" + server.host(), new Provenance("elsewhere", "#0"))
                .os(server.os()).osVersion(server.osVersion()).architecture(server.architecture())
                .servicePack(server.servicePack()).hotfixes(server.hotfixes()).files(server.files())
                .restartPending(server.restartPending()).adapters(adapters)
                .site("Elsewhere").owner("Someone else").maintenanceWindow("never")
                .notes(List.of("a note from the loader")).build();
    }
}
