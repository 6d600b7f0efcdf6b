package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.generate.FleetFormat;
import org.kbaudit.generate.FleetWriter;
import org.kbaudit.generate.SyntheticFleet;

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
    void a_list_of_one_that_convert_to_json_wrote_without_its_array_is_a_list_of_one() throws Exception {
        read("ps.json", "[{\"host\": \"A\", \"files\": {\"name\": \"Netcfgx.dll\", \"version\": \"5.2.3790.1830\"},"
                + " \"adapters\": {\"name\": \"LAN\", \"driver\": \"E1000\", \"vlans\": 10}},"
                + " {\"host\": \"B\", \"adapters\": [{\"name\": \"LAN\", \"vlans\": {\"id\": 20}}, {\"name\": \"LAN 2\", \"vlans\": \"x\"}]}]");
        assertThat(servers).extracting(Server::host).containsExactly("A");
        Server a = servers.get(0);
        assertThat(a.files()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("Netcfgx.dll"));
        assertThat(a.adapters()).singleElement().satisfies(n -> {
            assertThat(n.driver()).isEqualTo("E1000");
            assertThat(n.vlans()).extracting(v -> v.id()).containsExactly(10);
        });
        assertThat(rejections).singleElement().extracting(Rejection::location).as("the element's own path")
                .isEqualTo("$[1].adapters[1].vlans");
    }

    @Test
    void hotfixes_given_as_get_hotfix_objects_are_their_ids() throws Exception {
        read("qfe.json", "[{\"host\": \"A\", \"hotfixes\": [{\"HotFixID\": \"KB896358\", \"InstalledOn\": \"\\/Date(1132000000000)\\/\"},"
                + " {\"hotfixid\": \"File 1\"}]}]");
        assertThat(rejections).isEmpty();
        assertThat(servers.get(0).hotfixes().entries()).containsExactly("KB896358", "File 1");
        assertThat(servers.get(0).hotfixes().complete()).isFalse();
    }

    @Test
    void one_get_hotfix_object_that_convert_to_json_wrote_without_its_array_is_a_list_of_one() throws Exception {
        read("one.json", "[{\"host\": \"A\", \"hotfixes\": {\"HotFixID\": \"KB907019\", \"Description\": \"Hotfix\"}}]");
        assertThat(rejections).isEmpty();
        assertThat(servers.get(0).hotfixes().entries()).containsExactly("KB907019");
    }

    @Test
    void a_hotfix_list_that_convert_to_json_cut_to_its_type_name_rejects_its_server() throws Exception {
        read("ps.json", "{\"servers\": [{\"host\": \"A\", \"servicePack\": \"Service Pack 1\", \"hotfixes\": \"System.Object[]\"},"
                + " {\"host\": \"B\", \"hotfixes\": \"KB907019\"}]}");
        assertThat(servers).extracting(Server::host).containsExactly("B");
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("$.servers[0].hotfixes");
            assertThat(r.reason()).contains("System.Object[]").contains("-Depth");
        });
    }

    @Test
    void a_model_field_given_twice_rejects_its_server_naming_the_field_and_the_others_are_read() throws Exception {
        read("dup.json", "[{\"host\": \"A\", \"host\": \"B\"},"
                + " {\"host\": \"C\", \"adapters\": [{\"name\": \"N\", \"driver\": \"E1000\", \"driver\": \"b57w2k\"}]},"
                + " {\"host\": \"D\", \"files\": [{\"name\": \"Netcfgx.dll\", \"version\": \"5.2.3790.2520\","
                + " \"version\": \"5.2.3790.1830\"}]},"
                + " {\"host\": \"E\", \"note\": 1, \"note\": 2, \"adapters\": [{\"name\": \"N\", \"x\": 1, \"x\": 2}]},"
                + " {\"host\": \"F\\u0041\", \"os\": \"W\", \"os\": \"W\"}]");
        read("dup.jsonl", "{\"host\": \"G\"}\n{\"host\": \"H\", \"servicePack\": \"SP1\", \"servicePack\": \"SP2\"}\n");

        assertThat(servers).extracting(Server::host).as("fields kbaudit does not read may repeat").containsExactly("E", "G");
        assertThat(rejections).extracting(Rejection::location).containsExactly("$[0].host", "$[1].adapters[0].driver",
                "$[2].files[0].version", "$[4].os", "line 2 $.servicePack");
        assertThat(rejections.get(0).reason()).isEqualTo("the field 'host' is given twice in one object;"
                + " which value is meant cannot be told, so this server is not read");
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
    void a_json_lines_line_with_anything_after_its_server_is_rejected_whole_never_read_in_part() throws Exception {
        read("two.jsonl", "{\"host\": \"A\", \"os\": \"Windows Server 2003\"} {\"host\": \"B\"}\n"
                + "{\"host\": \"C\"} junk\n"
                + "{\"host\": \"D\"}  \t\n");
        assertThat(servers).extracting(Server::host).as("trailing white space is nothing").containsExactly("D");
        assertThat(rejections).hasSize(2);
        assertThat(rejections.get(0).location()).isEqualTo("line 1, column 44");
        assertThat(rejections.get(0).reason()).isEqualTo("another JSON value after the first;"
                + " a JSON Lines line holds one server, so nothing on this line was read");
        assertThat(rejections.get(1).location()).startsWith("line 2, column ");
        assertThat(rejections.get(1).reason()).startsWith("malformed JSON: Unrecognized token 'junk'");
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
    void a_truncated_document_names_where_the_unclosed_value_started_in_the_file_not_jacksons_source() throws Exception {
        read("f.json", "{\"servers\": [{\"host\": \"A\"},\n {\"host\": \"B\"");
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.location()).startsWith("line 2, column ");
            assertThat(r.reason()).endsWith("expected close marker for Object (start marker at line 2, column 2)")
                    .doesNotContain("Source").doesNotContain("RecordingInputStream");
        });
    }

    @Test
    void a_truncated_json_lines_line_names_where_the_unclosed_value_started_on_that_line() throws Exception {
        read("g.jsonl", "{\"host\": \"A\"}\n{\"host\": \"B\", \"hotfixes\": [\n");
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.location()).startsWith("line 2, column ");
            assertThat(r.reason()).endsWith("expected close marker for Array (start marker at line 2, column 27)")
                    .doesNotContain("Source").doesNotContain("REDACTED");
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

    /**
     * Server objects are handed over as their bytes and mapped the quick way when they are plain, by the tree
     * otherwise: what comes out must be what the tree alone gave before.
     */
    @Nested
    class MappedFromTheirBytes {

        static final ObjectMapper MAPPER = new ObjectMapper();

        final CollectingSink collected = new CollectingSink();

        void readDirectly(Path file) throws Exception {
            new JsonInventoryFormat().read(file, file.getFileName().toString(), collected);
        }

        /** What the JSON format reads of the file, named {@code name}. */
        CollectingSink readAs(Path file, String name) throws java.io.IOException {
            CollectingSink sink = new CollectingSink();
            new JsonInventoryFormat().read(file, name, sink);
            return sink;
        }

        static byte[] concat(Object... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object part : parts) {
                out.writeBytes(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }

        /** What the tree mapper makes of each element of the array at {@code arrayPath}: the reading before the quick way. */
        static CollectingSink byTheTree(JsonNode array, String source, String arrayPath) {
            CollectingSink expected = new CollectingSink();
            for (int i = 0; i < array.size(); i++) {
                String path = arrayPath + "[" + i + "]";
                JsonServerMapper.deliver(array.get(i), new Provenance(source, path), path, expected);
            }
            return expected;
        }

        @Test
        void a_json_lines_line_that_is_not_utf8_is_that_lines_rejection_only() throws Exception {
            Path file = dir.resolve("broken.jsonl");
            Files.write(file, concat("{\"host\": \"A\"}\r\n", "{\"host\": \"B", new byte[] {(byte) 0xFF}, "\"}\r\n",
                    "{\"host\": \"C\"}\r\n"));
            readDirectly(file);
            assertThat(collected.servers).extracting(Server::host).containsExactly("A", "C");
            assertThat(collected.servers).extracting(s -> s.provenance().location()).containsExactly("line 1", "line 3");
            assertThat(collected.rejections).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo("broken.jsonl");
                assertThat(r.location()).isEqualTo("line 2");
                assertThat(r.reason()).startsWith("not UTF-8 text");
            });
        }

        @Test
        void a_json_lines_line_cut_inside_a_character_is_rejected_and_the_numbering_goes_on() throws Exception {
            Path file = dir.resolve("cut.jsonl");
            Files.write(file, concat("\n{\"host\": \"A\"}\n", "{\"host\": \"caf", new byte[] {(byte) 0xC3}, "\n",
                    "\n{\"host\": \"D\", \"os\": 5}"));
            readDirectly(file);
            assertThat(collected.servers).extracting(Server::host).containsExactly("A", "D");
            assertThat(collected.servers).extracting(s -> s.provenance().location()).containsExactly("line 2", "line 5");
            assertThat(collected.servers.get(1).os()).as("a number read as text, by the tree").isEqualTo("5");
            assertThat(collected.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 3");
                assertThat(r.reason()).startsWith("not UTF-8 text");
            });
        }

        /**
         * Jackson decodes some sequences that are not UTF-8 (an overlong NUL, an encoded surrogate) and ignores
         * bytes after the object; the quick way then accepts the line, while the same bytes with any field the
         * quick way gives up on are rejected as "not UTF-8 text". Whether a line is read must not depend on that.
         */
        @Test
        void a_json_lines_line_that_is_not_utf8_is_rejected_whichever_way_it_is_mapped() throws Exception {
            Path file = dir.resolve("lenient.jsonl");
            byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
            byte[] overlongNul = {(byte) 0xC0, (byte) 0x80};
            Files.write(file, concat(
                    "{\"host\": \"A\"}\n",
                    "{\"host\": \"B\", \"note\": \"", surrogate, "\"}\n",
                    "{\"host\": \"C", overlongNul, "\"}\n",
                    "{\"host\": \"D\"} ", new byte[] {(byte) 0xFF}, "\n",
                    "{\"host\": \"E\", \"os\": [], \"note\": \"", surrogate, "\"}\n"));
            readDirectly(file);
            assertThat(collected.servers).extracting(Server::host).containsExactly("A");
            assertThat(collected.rejections).extracting(Rejection::location)
                    .containsExactly("line 2", "line 3", "line 4", "line 5");
            assertThat(collected.rejections).allSatisfy(r -> assertThat(r.reason()).startsWith("not UTF-8 text"));
        }

        @Test
        void plain_servers_and_those_left_to_the_tree_read_as_the_tree_alone_read_them() throws Exception {
            List<String> objects = List.of(
                    "{\"host\": \"GOOD\", \"os\": \"Windows Server 2003\", \"hotfixes\": \"KB1; KB2\","
                            + " \"adapters\": [{\"name\": \"LAN\", \"vlans\": [10, \"20\"]}]}",
                    "{\"host\": \"NUMBER\", \"os\": 5}",
                    "{\"host\": \"ARRAY\", \"os\": [\"Windows\"]}",
                    "{\"host\": \"VLAN\", \"adapters\": [{\"name\": \"LAN\", \"vlans\": [10, 5000]}]}",
                    "{\"host\": \"WORD\", \"adapters\": [{\"name\": \"LAN\", \"vlans\": \"ten\"}]}",
                    "{\"host\": \"SIZE\", \"files\": [{\"name\": \"Netcfgx.dll\", \"version\": \"5.2.3790.1830\", \"size\": -1}]}",
                    "{\"host\": \"  \"}",
                    "{\"host\": \"YES\", \"restartPending\": \"yes\", \"criticality\": \"urgent\"}");
            String document = "{\"exportedAt\": \"2026-11-20\", \"servers\": [\n  " + String.join(",\n  ", objects) + "\n]}";
            // the document takes both ways
            List<Boolean> quick = objects.stream().map(o -> JsonServerStream.read(o.getBytes(StandardCharsets.UTF_8),
                    new Provenance("inv.json", "$"), "$") != null).toList();
            assertThat(quick).containsExactly(true, false, false, false, false, false, false, false);

            Path file = dir.resolve("inv.json");
            Files.writeString(file, document);
            readDirectly(file);

            assertThat(collected.servers).extracting(Server::host).containsExactly("GOOD", "NUMBER", "YES");
            assertThat(collected.servers.get(1).os()).isEqualTo("5");
            assertThat(collected.servers.get(2).restartPending()).isTrue();
            assertThat(collected.servers.get(2).notes()).containsExactly(
                    "$.servers[7].criticality: criticality 'urgent' is not one of low, medium, high, critical; left empty");
            assertThat(collected.servers.get(0).adapters().get(0).provenance())
                    .isEqualTo(new Provenance("inv.json", "$.servers[0].adapters[0]"));
            assertThat(collected.rejections).containsExactly(
                    new Rejection("inv.json", "$.servers[2].os", "expected text, found an array", "ARRAY"),
                    new Rejection("inv.json", "$.servers[3].adapters[0].vlans[1]", "VLAN id 5000 is outside 1-4094", "VLAN"),
                    new Rejection("inv.json", "$.servers[4].adapters[0].vlans",
                            "VLAN id 'ten' is not a whole number from 1 to 4094", "WORD"),
                    new Rejection("inv.json", "$.servers[5].files[0].size", "expected a size in bytes, found the number -1",
                            "SIZE"),
                    new Rejection("inv.json", "$.servers[6].host", "the server has no host name"));

            CollectingSink tree = byTheTree(MAPPER.readTree(document).get("servers"), "inv.json", "$.servers");
            assertThat(collected.servers).isEqualTo(tree.servers);
            assertThat(collected.rejections).isEqualTo(tree.rejections);
        }

        @Test
        void a_generated_fleet_reads_as_the_tree_reads_it_in_both_shapes() throws Exception {
            SyntheticFleet fleet = new SyntheticFleet(20_261_126);
            Path document = dir.resolve("fleet.json");
            FleetWriter.write(fleet, 2_000, FleetFormat.JSON, document);
            readDirectly(document);
            CollectingSink tree = byTheTree(MAPPER.readTree(document.toFile()).get("servers"), "fleet.json", "$.servers");
            assertThat(collected.rejections).isEmpty();
            assertThat(collected.servers).hasSize(2_000).isEqualTo(tree.servers);

            Path lines = dir.resolve("fleet.jsonl");
            FleetWriter.write(fleet, 2_000, FleetFormat.JSONL, lines);
            CollectingSink fromLines = readAs(lines, "fleet.jsonl");
            List<String> all = Files.readAllLines(lines);
            CollectingSink lineTree = new CollectingSink();
            for (int i = 0; i < all.size(); i++) {
                JsonServerMapper.deliver(MAPPER.readTree(all.get(i)), new Provenance("fleet.jsonl", "line " + (i + 1)),
                        "line " + (i + 1) + " $", lineTree);
            }
            assertThat(fromLines.rejections).isEmpty();
            assertThat(fromLines.servers).hasSize(2_000).isEqualTo(lineTree.servers);
        }

        @Test
        void server_objects_larger_than_the_read_buffers_are_cut_at_the_right_bytes() throws Exception {
            String big = "{\"host\": \"BIG-%d\", \"owner\": \"é\", \"hotfixes\": [" + "\"KB123456\", ".repeat(30_000)
                    + "\"KB907019\"], \"os\": %s}";
            String document = "[{\"host\": \"A\"}, " + big.formatted(1, "\"Windows\"") + ", {\"host\": \"B\"}, "
                    + big.formatted(2, "[]") + ", " + big.formatted(3, "7") + ", {\"host\": \"C\"}]";
            Path file = dir.resolve("big.json");
            Files.writeString(file, document);
            readDirectly(file);
            CollectingSink tree = byTheTree(MAPPER.readTree(document), "big.json", "$");
            assertThat(collected.servers).extracting(Server::host).containsExactly("A", "BIG-1", "B", "BIG-3", "C");
            assertThat(collected.servers).isEqualTo(tree.servers);
            assertThat(collected.rejections).containsExactly(
                    new Rejection("big.json", "$[3].os", "expected text, found an array", "BIG-2"));
        }

        @Test
        void a_document_with_a_byte_order_mark_or_in_utf16_reads_the_same_servers() throws Exception {
            String document = "{\"servers\": [{\"host\": \"A\", \"owner\": \"Zoë\"}, {\"host\": \"B\", \"os\": 2003},"
                    + " {\"host\": \"C\", \"os\": {}}]}";
            Path plain = dir.resolve("plain.json");
            Files.writeString(plain, document);
            Path bom = dir.resolve("bom.json");
            Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, document));
            Path utf16 = dir.resolve("utf16.json");
            Files.write(utf16, document.getBytes(StandardCharsets.UTF_16));

            CollectingSink fromPlain = readAs(plain, "inv.json");
            assertThat(fromPlain.servers).extracting(Server::host).containsExactly("A", "B");
            assertThat(fromPlain.rejections).extracting(Rejection::location).containsExactly("$.servers[2].os");
            for (Path file : List.of(bom, utf16)) {
                CollectingSink other = readAs(file, "inv.json");
                assertThat(other.servers).as("servers of %s", file.getFileName()).isEqualTo(fromPlain.servers);
                assertThat(other.rejections).as("rejections of %s", file.getFileName()).isEqualTo(fromPlain.rejections);
            }
        }

        @Test
        void a_document_in_utf16_or_utf32_with_or_without_a_mark_reads_as_its_utf8_twin() throws Exception {
            String document = "{\"servers\": [{\"host\": \"A\", \"owner\": \"Zoë \uD83D\uDE00\"},"
                    + " {\"host\": \"B\", \"os\": {}}, 7, {\"host\": \"C\", \"servicePack\": \"SP1\", \"servicePack\": \"SP2\"}]}";
            Path plain = dir.resolve("plain.json");
            Files.writeString(plain, document);
            CollectingSink fromPlain = readAs(plain, "inv.json");
            assertThat(fromPlain.servers).extracting(Server::host).containsExactly("A");
            assertThat(fromPlain.servers.get(0).owner()).isEqualTo("Zoë \uD83D\uDE00");
            assertThat(fromPlain.rejections).extracting(Rejection::location)
                    .containsExactly("$.servers[1].os", "$.servers[2]", "$.servers[3].servicePack");

            byte[] utf16leMark = {(byte) 0xFF, (byte) 0xFE};
            byte[] utf16beMark = {(byte) 0xFE, (byte) 0xFF};
            byte[] utf32leMark = {(byte) 0xFF, (byte) 0xFE, 0, 0};
            byte[] utf32beMark = {0, 0, (byte) 0xFE, (byte) 0xFF};
            java.util.Map<String, byte[]> encoded = new java.util.LinkedHashMap<>();
            encoded.put("UTF-16LE", document.getBytes(StandardCharsets.UTF_16LE));
            encoded.put("UTF-16LE, marked", concat(utf16leMark, document.getBytes(StandardCharsets.UTF_16LE)));
            encoded.put("UTF-16BE", document.getBytes(StandardCharsets.UTF_16BE));
            encoded.put("UTF-16BE, marked", concat(utf16beMark, document.getBytes(StandardCharsets.UTF_16BE)));
            encoded.put("UTF-32LE", document.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
            encoded.put("UTF-32LE, marked", concat(utf32leMark, document.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
            encoded.put("UTF-32BE", document.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
            encoded.put("UTF-32BE, marked", concat(utf32beMark, document.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))));
            for (java.util.Map.Entry<String, byte[]> e : encoded.entrySet()) {
                Path file = dir.resolve("other.json");
                Files.write(file, e.getValue());
                CollectingSink other = readAs(file, "inv.json");
                assertThat(other.servers).as("servers in %s", e.getKey()).isEqualTo(fromPlain.servers);
                assertThat(other.rejections).as("rejections in %s (a field given twice included)", e.getKey())
                        .isEqualTo(fromPlain.rejections);
            }
        }

        @Test
        void bytes_that_are_no_utf16_character_end_the_document_there_and_every_server_before_them_is_read()
                throws Exception {
            StringBuilder before = new StringBuilder("[");
            for (int i = 0; i < 3_000; i++) { // far more than one buffer of the decoder or the parser
                before.append("{\"host\": \"S").append(i).append("\"},\n");
            }
            byte[] good = before.toString().getBytes(StandardCharsets.UTF_16LE);
            byte[] loneSurrogate = {0x00, (byte) 0xDC}; // a low surrogate with no high one before it
            Path file = dir.resolve("broken.json");
            // the damage is inside the last server's object, after the 3,000 servers before it
            byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, good,
                    "{\"host\": \"X".getBytes(StandardCharsets.UTF_16LE), loneSurrogate,
                    "\"}]".getBytes(StandardCharsets.UTF_16LE));
            Files.write(file, bytes);

            CollectingSink collected = readAs(file, "broken.json");

            assertThat(collected.servers).hasSize(3_000);
            assertThat(collected.servers.get(2_999).host()).isEqualTo("S2999");
            long offset = 2 + good.length + "{\"host\": \"X".length() * 2L;
            assertThat(collected.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 3001");
                assertThat(r.reason()).isEqualTo("2 byte(s) at byte " + offset
                        + " of the file are no UTF-16LE character; the rest of the file was not read");
            });
        }

        @Test
        void json_lines_in_utf16_as_powershell_redirects_them_read_as_their_utf8_twin_up_to_bytes_that_are_no_character()
                throws Exception {
            String lines = "{\"host\": \"A\", \"owner\": \"Zoë\"}\r\n\r\n{\"host\": \"B\", \"os\": {}}\r\n{\"host\": \"C\"}\r\n";
            Path plain = dir.resolve("plain.jsonl");
            Files.writeString(plain, lines);
            CollectingSink fromPlain = readAs(plain, "inv.jsonl");
            assertThat(fromPlain.servers).extracting(Server::host).containsExactly("A", "C");
            Path utf16 = dir.resolve("utf16.jsonl");
            Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, lines.getBytes(StandardCharsets.UTF_16LE)));
            CollectingSink fromUtf16 = readAs(utf16, "inv.jsonl");
            assertThat(fromUtf16.servers).isEqualTo(fromPlain.servers);
            assertThat(fromUtf16.rejections).isEqualTo(fromPlain.rejections);

            Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    "{\"host\": \"A\"}\r\n{\"host\": \"B".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x00, (byte) 0xDC},
                    "\"}\r\n{\"host\": \"C\"}\r\n".getBytes(StandardCharsets.UTF_16LE)));
            CollectingSink damaged = readAs(utf16, "inv.jsonl");
            assertThat(damaged.servers).extracting(Server::host).containsExactly("A");
            assertThat(damaged.rejections).containsExactly(new Rejection("inv.jsonl", "line 2", "2 byte(s) at byte "
                    + (2 + 2 * "{\"host\": \"A\"}\r\n{\"host\": \"B".length()) + " of"
                    + " the file are no UTF-16LE character; the rest of the file was not read"));
        }

        @Test
        void a_document_in_the_ansi_code_page_as_powershell_set_content_writes_it_reads_as_its_utf8_twin()
                throws Exception {
            String document = "[{\"host\": \"A\", \"owner\": \"Équipe réseau\", \"site\": \"Zürich\"},"
                    + " {\"host\": \"B\", \"os\": {}}, {\"host\": \"C\", \"owner\": \"Ops – Nord\"}]";
            java.nio.charset.Charset ansi = java.nio.charset.Charset.forName("windows-1252");
            for (String name : List.of("fleet.json")) {
                String text = document;
                Path plain = dir.resolve("utf8-" + name);
                Files.writeString(plain, text);
                Path windows = dir.resolve("ansi-" + name);
                Files.write(windows, text.getBytes(ansi));
                CollectingSink fromPlain = readAs(plain, name);
                CollectingSink fromAnsi = readAs(windows, name);

                assertThat(fromPlain.servers).extracting(Server::owner).containsExactly("Équipe réseau", "Ops – Nord");
                assertThat(fromAnsi.servers).as(name).isEqualTo(fromPlain.servers);
                assertThat(fromAnsi.rejections).as(name).isEqualTo(fromPlain.rejections).hasSize(1);
            }
        }
}
}
