package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

class JsonInventoryFormatTest {

    @TempDir
    Path dir;

    final List<Server> servers = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final RecordSink sink = RecordSink.into(servers, rejections);

    void read(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Inventories.standard().read(List.of(file), sink);
    }

    @Test
    void reads_a_top_level_array_with_the_json_path_of_each_server() throws Exception {
        read("a.json", "[{\"host\": \"A\"}, {\"host\": \"B\", \"adapters\": [{\"name\": \"N\", \"vlans\": [10, {\"id\": 20, \"name\": \"x\"}, \"30\"]}]}]");
        assertThat(servers).extracting(Server::host).containsExactly("A", "B");
        assertThat(servers.get(1).provenance().location()).isEqualTo("$[1]");
        assertThat(servers.get(1).adapters().get(0).vlans()).extracting(v -> v.id()).containsExactly(10, 20, 30);
        assertThat(servers.get(0).adapters()).as("absent = unknown").isNull();
        assertThat(servers.get(0).hotfixes()).isNull();
    }

    @Test
    void reads_servers_beside_metadata_in_either_order() throws Exception {
        read("b.json", "{\"exportedAt\": \"2026-11-20\", \"servers\": [{\"host\": \"A\", \"hotfixes\": []}], \"count\": 1}");
        assertThat(servers).extracting(Server::host).containsExactly("A");
        assertThat(servers.get(0).provenance().location()).isEqualTo("$.servers[0]");
        assertThat(servers.get(0).hotfixes().entries()).isEmpty();
        assertThat(servers.get(0).hotfixes().complete()).isTrue();
    }

    @Test
    void reads_json_lines_and_rejects_a_bad_line_without_stopping() throws Exception {
        read("c.jsonl", "{\"host\": \"A\"}\n{\"host\": \n\n{\"host\": \"C\", \"restartPending\": \"yes\"}\n");
        assertThat(servers).extracting(Server::host).containsExactly("A", "C");
        assertThat(servers.get(1).restartPending()).isTrue();
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.location()).startsWith("line 2");
            assertThat(r.reason()).startsWith("malformed JSON");
        });
    }

    @Test
    void a_truncated_document_keeps_the_servers_before_the_damage() throws Exception {
        read("d.json", "{\"servers\": [{\"host\": \"A\"},\n {\"host\": \"B\"},\n {\"host\": \"C\", \"os\": \"Win");
        assertThat(servers).extracting(Server::host).containsExactly("A", "B");
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).endsWith("d.json");
            assertThat(r.location()).startsWith("line 3, column");
        });
    }

    @Test
    void a_bad_field_rejects_its_server_with_the_path_and_the_rest_go_on_but_a_bad_criticality_only_warns() throws Exception {
        read("e.json", """
                [{"os": "Windows Server 2003"},
                 {"host": "V", "adapters": [{"name": "N", "vlans": [5000]}]},
                 {"host": "F", "files": [{"name": "Netcfgx.dll", "version": "5.2.x"}]},
                 {"host": "T", "adapters": "two"},
                 {"host": "C", "criticality": "urgent"},
                 {"host": "OK"}]""");
        assertThat(servers).extracting(Server::host).containsExactly("C", "OK");
        assertThat(rejections).extracting(Rejection::location).containsExactly(
                "$[0].host", "$[1].adapters[0].vlans[0]", "$[2].files[0].version", "$[3].adapters");
        assertThat(rejections.get(1).reason()).contains("5000").contains("1-4094");
        assertThat(servers.get(0).criticality()).as("an unreadable carried-through field is dropped").isNull();
        assertThat(servers.get(0).notes()).singleElement().asString()
                .contains("$[4].criticality").contains("low, medium, high, critical");
    }

    @Test
    void a_kbaudit_report_among_the_inputs_is_not_read_as_a_fleet() throws Exception {
        read("report.json", "{\"kb\": \"KB907019\", \"servers\": [{\"host\": \"A\"}]}");
        assertThat(servers).isEmpty();
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.reason()).contains("kbaudit report"));
    }

    @Test
    void an_empty_file_is_a_rejection_so_that_a_lost_export_is_noticed() throws Exception {
        read("empty.json", "  \n");
        read("empty.jsonl", "\n\n");
        assertThat(servers).isEmpty();
        assertThat(rejections).extracting(Rejection::reason).containsExactly("the file is empty: no servers in it",
                "the file is empty: no servers in it");
    }

    @Test
    void a_missing_input_is_a_rejection_naming_it() {
        Inventories.standard().read(List.of(dir.resolve("gone.json")), sink);
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).endsWith("gone.json");
            assertThat(r.reason()).isEqualTo("no such file or folder");
        });
    }
}
