package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbaudit.cli.KbauditCommand;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;

class SoftwareAdaptersTest {

    private static final Provenance HERE = new Provenance("wmi.csv", "line 2");

    private static Adapter adapter(String name, String description, String driver) {
        return new Adapter(name, description, driver, false, null, null, List.of(), HERE);
    }

    @Test
    void the_wan_miniports_and_packet_schedulers_are_left_out_and_named_the_cards_stay() {
        Server raw = Server.builder("WMI02", HERE).adapters(List.of(
                adapter("Local Area Connection", "Intel(R) PRO/1000 MT Network Connection", "E1000"),
                adapter("WAN Miniport (IP)", "WAN Miniport (IP)", "NdisWan"),
                adapter("WAN Miniport (Network Monitor)", "WAN Miniport (Network Monitor)", "NdisWan"),
                adapter("Packet Scheduler Miniport", "Packet Scheduler Miniport", "PSched"),
                adapter("RAS Async Adapter", "RAS Async Adapter", null))).build();

        Server settled = SoftwareAdapters.leftOut(raw);

        assertThat(settled.adapters()).extracting(Adapter::name).containsExactly("Local Area Connection");
        assertThat(settled.notes()).singleElement().asString()
                .startsWith("left out of the adapters: WAN Miniport (IP), WAN Miniport (Network Monitor), Packet"
                        + " Scheduler Miniport, RAS Async Adapter - Windows' own software adapters (NdisWan, PSched)");
    }

    @Test
    void a_list_of_nothing_but_them_missed_the_cards_which_are_then_unknown() {
        Server raw = Server.builder("WMI03", HERE).adapters(List.of(
                adapter("WAN Miniport (IP)", "WAN Miniport (IP)", "NdisWan"),
                adapter("WAN Miniport (Network Monitor)", "WAN Miniport (Network Monitor)", "NdisWan"))).build();

        Server settled = SoftwareAdapters.leftOut(raw);

        assertThat(settled.adapters()).as("unknown, not known to be none").isNull();
        assertThat(settled.notes()).singleElement().asString().endsWith("so the cards are unknown");
    }

    @Test
    void without_a_driver_only_the_whole_names_windows_gives_them_count() {
        for (String software : List.of("WAN Miniport (PPTP)", "wan miniport (network monitor)", "Packet Scheduler Miniport #3",
                "RAS Async Adapter", "Direct Parallel")) {
            assertThat(SoftwareAdapters.isSoftware(adapter(software, software, null))).as(software).isTrue();
        }
        for (String card : List.of("WAN Miniport (primary)", "Direct Parallel Link to HQ", "Intel(R) PRO/1000 MT")) {
            assertThat(SoftwareAdapters.isSoftware(adapter(card, card, null))).as(card).isFalse();
        }
    }

    @Test
    void a_server_without_them_is_left_as_it_is() {
        Server cards = Server.builder("S", HERE).adapters(List.of(adapter("NIC1", "Broadcom", "b57w2k"),
                adapter("NIC2", "Virtual Machine Network Adapter", "VMNet"))).build();
        assertThat(SoftwareAdapters.leftOut(cards)).isSameAs(cards);
        Server unknown = Server.builder("U", HERE).build();
        assertThat(SoftwareAdapters.leftOut(unknown)).isSameAs(unknown);
    }

    @Test
    void a_raw_win32_network_adapter_export_gives_the_verdict_of_its_cards(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("wmi.csv");
        Files.writeString(csv, "Host,Caption,OSVersion,CSDVersion,OSArchitecture,HotFixes,NetConnectionID,Description,ServiceName\n"
                + "WMI02,Microsoft Windows Server 2003 Standard Edition,5.2.3790,Service Pack 1,x86,KB890046;KB896358,"
                + "Local Area Connection,Intel(R) PRO/1000 MT Network Connection,E1000\n"
                + "WMI02,,,,,,,WAN Miniport (IP),NdisWan\n"
                + "WMI02,,,,,,,WAN Miniport (Network Monitor),NdisWan\n"
                + "WMI02,,,,,,,Packet Scheduler Miniport,PSched\n"
                + "WMI02,,,,,,,Packet Scheduler Miniport,PSched\n");
        Path json = dir.resolve("r.json");
        int exit = KbauditCommand.commandLine().execute("audit", csv.toString(), "--quiet", "--json", json.toString());

        assertThat(exit).isZero();
        JsonNode finding = new ObjectMapper().readTree(json.toFile()).get("servers").get(0);
        assertThat(finding.get("status").asText()).as("one card, fix absent").isEqualTo("VULNERABLE");
        assertThat(finding.get("atRiskAdapters")).isEmpty();
        assertThat(finding.get("warnings").toString()).contains("left out of the adapters: WAN Miniport (IP)");
    }
}
