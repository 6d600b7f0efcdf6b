package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

class RepeatedAdaptersTest {

    private static Adapter nic(String name, String driver, int... vlans) {
        List<Vlan> list = java.util.Arrays.stream(vlans).mapToObj(Vlan::of).toList();
        return new Adapter(name, null, driver, false, null, null, list, new Provenance("fleet.csv", "line " + name.length()));
    }

    private static Server server(Adapter... adapters) {
        return Server.builder("SRV", new Provenance("fleet.csv", "line 2")).os("Windows Server 2003")
                .adapters(List.of(adapters)).build();
    }

    @Test
    void a_server_whose_adapter_names_differ_is_left_as_it_is() {
        Server s = server(nic("NIC1", "E1000", 10), nic("NIC2", "E1000"));

        assertThat(RepeatedAdapters.settle(s)).isSameAs(s);
    }

    @Test
    void one_adapter_listed_once_per_vlan_is_one_adapter_with_all_its_vlans_and_a_note() {
        Server s = server(nic("NIC1", "E1000", 10), nic("nic1", "e1000", 20, 10), nic("NIC2", "E1000"));

        Server settled = (Server) RepeatedAdapters.settle(s);

        assertThat(settled.adapters()).extracting(Adapter::name).containsExactly("NIC1", "NIC2");
        assertThat(settled.adapters().get(0).vlans()).containsExactly(Vlan.of(10), Vlan.of(20));
        assertThat(settled.notes()).containsExactly("adapter 'NIC1' is listed 2 times with the same driver;"
                + " read as one adapter with the VLANs of all of them");
    }

    @Test
    void two_different_adapters_under_one_name_reject_the_server_naming_both() {
        Server s = server(nic("NIC", "E1000", 10), nic("NIC", "b57w2k", 20));

        Object settled = RepeatedAdapters.settle(s);

        assertThat(settled).isInstanceOf(Rejection.class);
        Rejection r = (Rejection) settled;
        assertThat(r.source()).isEqualTo("fleet.csv");
        assertThat(r.location()).isEqualTo("line 2");
        assertThat(r.reason()).isEqualTo("adapter name 'NIC' is given to two different adapters (line 3 and line 3);"
                + " findings name the adapters at risk, so names must differ within a server; so SRV is not audited");
    }

    @Test
    void cards_named_only_by_their_description_are_different_cards_numbered_as_windows_does() {
        String model = "Intel(R) PRO/1000 MT Network Connection";
        Adapter card = new Adapter(model, model, "E1000", false, null, null, List.of(Vlan.of(10)), new Provenance("f", "row 2"));
        Adapter same = new Adapter(model, model, "E1000", false, null, null, List.of(Vlan.of(20)), new Provenance("f", "row 3"));
        Adapter taken = new Adapter(model + " #2", model, "E1000", false, null, null, List.of(), new Provenance("f", "row 4"));

        Server settled = (Server) RepeatedAdapters.settle(server(card, same, taken));

        assertThat(settled.adapters()).extracting(Adapter::name).containsExactly(model, model + " #3", model + " #2");
        assertThat(settled.adapters().get(1).vlans()).containsExactly(Vlan.of(20));
        assertThat(settled.notes()).singleElement().asString().contains("told apart");
    }

    @Test
    void reading_a_host_merges_its_repeated_adapter_and_names_the_rejection_of_an_ambiguous_one(@TempDir Path dir) throws IOException {
        Path fleet = dir.resolve("fleet.json");
        Files.writeString(fleet, """
                [{"host": "TWICE", "os": "Windows Server 2003", "osVersion": "5.2.3790", "architecture": "x86",
                  "servicePack": "SP1", "hotfixes": [],
                  "adapters": [{"name": "a", "driver": "E1000", "vlans": [10]}, {"name": "a", "driver": "E1000", "vlans": [20]},
                               {"name": "b", "driver": "E1000"}]},
                 {"host": "AMBIGUOUS", "os": "Windows Server 2003", "osVersion": "5.2.3790", "architecture": "x86",
                  "servicePack": "SP1", "hotfixes": [],
                  "adapters": [{"name": "a", "driver": "E1000"}, {"name": "a", "driver": "q57w2k"}]}]
                """);

        Server twice = Inventory.find(List.of(fleet), "TWICE");

        assertThat(twice.adapters()).hasSize(2);
        assertThatThrownBy(() -> Inventory.find(List.of(fleet), "AMBIGUOUS")).isInstanceOf(KbauditException.class)
                .hasMessageContaining("'a' is given to two different adapters ($[1].adapters[0] and $[1].adapters[1])")
                .hasMessageEndingWith("so AMBIGUOUS is not audited");
    }
}
