package org.kbaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: output, one-line errors and exit codes, captured in-process. */
class CommandLineTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = KbauditCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    Path inventory(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    static final String EXPOSED_SERVER = """
            {"host": "SRV-EXPOSED", "os": "Windows Server 2003, Standard Edition", "osVersion": "5.2.3790",
             "architecture": "x86", "servicePack": "SP1", "hotfixes": [],
             "adapters": [{"name": "NIC1", "driver": "E1000", "vlans": [10]},
                          {"name": "NIC2", "driver": "e1000", "vlans": [20]}]}""";

    static final String PROTECTED_SERVER = """
            {"host": "SRV-OK", "os": "Windows Server 2003, Standard Edition", "osVersion": "5.2.3790",
             "architecture": "x86", "servicePack": "SP2", "adapters": []}""";

    @Nested
    class Audit {

        @Test
        void files_of_an_input_folder_that_are_no_inventory_are_named_in_the_summary_not_passed_over_unseen()
                throws Exception {
            Path folder = Files.createDirectories(dir.resolve("exports"));
            Files.writeString(folder.resolve("fleet.json"), "[" + PROTECTED_SERVER + "]");
            Files.writeString(folder.resolve("servers.txt"), "host\tos\nSRV-1\tWindows Server 2003\n");
            Files.writeString(folder.resolve("LICENSE"), "MIT");

            Result r = run("audit", folder.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("1 read, 1 audited, 0 rejected").contains("Passed over in the input folders, not"
                    + " inventories kbaudit reads: " + folder.resolve("LICENSE") + ", " + folder.resolve("servers.txt"));

            // named twice over (the folder and a file of it), with this run's report in the folder: each once, no report
            Result again = run("audit", folder.toString(), folder.resolve("LICENSE").toString(), folder.toString(),
                    "--csv", folder.resolve("out.dat").toString());
            assertThat(again.out()).contains("Passed over in the input folders, not inventories kbaudit reads: "
                    + folder.resolve("servers.txt") + "\n").doesNotContain("out.dat,").doesNotContain("out.dat\n"
                    + "Report").doesNotContain(", " + folder.resolve("LICENSE"));
        }

        @Test
        void the_owner_file_excel_keeps_beside_an_open_workbook_is_no_input() throws Exception {
            Path folder = Files.createDirectories(dir.resolve("share"));
            Files.writeString(folder.resolve("fleet.json"), "[" + PROTECTED_SERVER + "]");
            Files.write(folder.resolve("~$fleet.xlsx"), new byte[] {0x0b, 'J', 'S', 'm', 'i', 't', 'h', 0, 0, 0});

            Result r = run("audit", folder.toString(), "--fail-on", "REJECTED");

            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("1 read, 1 audited, 0 rejected").doesNotContain("~$fleet.xlsx");
        }

        @Test
        void writes_the_json_contract_and_a_summary_and_exits_0() throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "," + PROTECTED_SERVER + "]");
            Path report = dir.resolve("out.json");

            Result r = run("audit", in.toString(), "--json", report.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("2 read, 2 audited, 0 rejected").contains("EXPOSED").contains("SRV-EXPOSED");
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.get("kb").asText()).isEqualTo("KB907019");
            assertThat(json.get("policy").get("prefer").asText()).isEqualTo("service-pack");
            assertThat(json.get("policy").get("scope").asText()).isEqualTo("same-driver");
            JsonNode first = json.get("servers").get(0);
            assertThat(first.get("host").asText()).isEqualTo("SRV-EXPOSED");
            assertThat(first.get("status").asText()).isEqualTo("EXPOSED");
            assertThat(first.get("atRiskAdapters")).extracting(JsonNode::asText).containsExactly("NIC1", "NIC2");
            assertThat(first.get("atRiskVlans").get(0).get("adapter").asText()).isEqualTo("NIC1");
            assertThat(first.get("atRiskVlans").get(0).get("id").asInt()).isEqualTo(10);
            assertThat(first.get("remediation").get("recommended").asText()).isEqualTo("INSTALL_SP2");
            assertThat(first.get("remediation").get("minimumServicePackForHotfix").asInt()).isEqualTo(1);
            assertThat(first.get("simulation").get("confirmed").asBoolean()).isTrue();
            assertThat(first.get("simulation").get("collateralHalts").asInt()).isEqualTo(1);
            assertThat(first.get("priority").asInt()).isEqualTo(1);
            assertThat(first.get("rules")).isNotEmpty();
            for (String field : List.of("host", "status", "platform", "servicePack", "exposures", "atRiskAdapters",
                    "atRiskVlans", "fix", "remediation", "simulation", "priority", "missing", "warnings", "rules")) {
                assertThat(first.has(field)).as(field).isTrue();
            }
            assertThat(json.get("servers").get(1).get("status").asText()).isEqualTo("PROTECTED");
        }

        @Test
        void the_summary_accounts_for_every_server_in_scope_the_simulation_could_not_replay() throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + ", " + PROTECTED_SERVER + ", {\"host\": \"NO-NICS\","
                    + " \"osVersion\": \"5.2.3790\", \"architecture\": \"x86\", \"servicePack\": \"SP1\", \"hotfixes\": []},"
                    + " {\"host\": \"OLD\", \"os\": \"Windows 2000 Server\", \"osVersion\": \"5.0.2195\"}]");
            Result r = run("audit", in.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("simulation: 2 confirmed, 1 not simulated (the data they miss, see the findings),"
                    + " 0 disagreement(s)");

            Result all = run("audit", inventory("fleet2.json", "[" + EXPOSED_SERVER + "]").toString());
            assertThat(all.out()).contains("simulation: 1 confirmed, 0 disagreement(s)");
        }

        @Test
        void fail_on_exits_1_only_when_the_status_is_found() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            assertThat(run("audit", in.toString(), "--quiet", "--fail-on", "EXPOSED,VULNERABLE").exit()).isZero();
            assertThat(run("audit", in.toString(), "--quiet", "--fail-on", "PROTECTED").exit()).isEqualTo(1);
        }

        @Test
        void fail_on_rejected_exits_1_so_an_incomplete_audit_is_not_mistaken_for_a_clean_one() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + ", {\"os\": \"no host here\"}]");
            Result r = run("audit", in.toString(), "--fail-on", "REJECTED");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).contains("1 rejected").contains("$[1].host: the server has no host name");
        }

        @Test
        void nothing_audited_exits_2_with_a_line_naming_the_input() throws Exception {
            Path in = inventory("broken.json", "[{\"host\": ");
            Result r = run("audit", in.toString(), "--quiet");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("broken.json").doesNotContain("\tat ");
        }

        @Test
        void a_report_is_never_written_over_an_input() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            String before = Files.readString(in);
            Result r = run("audit", in.toString(), "--json", in.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("refusing to write a report over an input").contains("fleet.json");
            assertThat(Files.readString(in)).isEqualTo(before);
        }

        @Test
        void reports_written_into_the_input_folder_are_not_read_by_the_next_run_of_the_same_command() throws Exception {
            Path fold = Files.createDirectories(dir.resolve("fold"));
            Files.writeString(fold.resolve("fleet.json"), "[" + EXPOSED_SERVER + "," + PROTECTED_SERVER + "]");
            String[] command = {"audit", fold.toString(), "--json", fold.resolve("report.json").toString(),
                    "--csv", fold.resolve("report.csv").toString(), "--xlsx", fold.resolve("report.xlsx").toString()};

            Result first = run(command);
            Result second = run(command);

            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).doesNotContain("Not read");
            assertThat(second.exit()).as(second.err()).isZero();
            assertThat(second.out()).contains("2 read, 2 audited, 0 rejected")
                    .contains("Not read: " + fold.resolve("report.json") + " (a report of this run, in an input folder)")
                    .contains("Not read: " + fold.resolve("report.csv")).contains("Not read: " + fold.resolve("report.xlsx"));
            JsonNode json = new ObjectMapper().readTree(fold.resolve("report.json").toFile());
            assertThat(json.get("summary").get("read").asInt()).isEqualTo(2);
            assertThat(json.get("rejected")).isEmpty();
        }

        @Test
        void a_report_over_an_inventory_in_an_input_folder_is_still_refused() throws Exception {
            Path fold = Files.createDirectories(dir.resolve("fold"));
            Path fleet = fold.resolve("fleet.json");
            Files.writeString(fleet, "[" + PROTECTED_SERVER + "]");
            Path csv = fold.resolve("fleet.csv");
            Files.writeString(csv, "Host\nA\n");
            for (String[] report : List.of(new String[] {"--json", fleet.toString()}, new String[] {"--csv", csv.toString()})) {
                Result r = run("audit", fold.toString(), report[0], report[1]);
                assertThat(r.exit()).isEqualTo(2);
                assertThat(r.err().lines()).containsExactly("kbaudit: " + report[1] + ": refusing to write a report over an input");
            }
            assertThat(Files.readString(fleet)).isEqualTo("[" + PROTECTED_SERVER + "]");
            assertThat(Files.readString(csv)).isEqualTo("Host\nA\n");
        }

        @Test
        void a_report_named_as_an_input_file_is_still_refused_even_when_its_folder_is_an_input_too() throws Exception {
            Path fold = Files.createDirectories(dir.resolve("fold"));
            Files.writeString(fold.resolve("fleet.json"), "[" + PROTECTED_SERVER + "]");
            Path csv = fold.resolve("report.csv");
            Files.writeString(csv, "Host\nA\n");
            Result r = run("audit", fold.toString(), csv.toString(), "--csv", csv.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("refusing to write a report over an input").contains("report.csv");
            assertThat(Files.readString(csv)).isEqualTo("Host\nA\n");
        }

        @Test
        void kbaudit_reports_of_every_format_found_among_the_inputs_are_recognised_and_not_read_as_fleets()
                throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "," + PROTECTED_SERVER + "]");
            Path out = Files.createDirectories(dir.resolve("out"));
            Result written = run("audit", in.toString(), "--quiet", "--json", out.resolve("r.json").toString(),
                    "--csv", out.resolve("r.csv").toString(), "--xlsx", out.resolve("r.xlsx").toString());
            assertThat(written.exit()).as(written.err()).isZero();

            Path again = dir.resolve("again.json");
            Result r = run("audit", in.toString(), out.toString(), "--json", again.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("5 read, 2 audited, 3 rejected");
            JsonNode rejected = new ObjectMapper().readTree(again.toFile()).get("rejected");
            assertThat(rejected).extracting(n -> n.get("source").asText()).containsExactly(
                    out.resolve("r.csv").toString(), out.resolve("r.json").toString(), out.resolve("r.xlsx").toString());
            assertThat(rejected).extracting(n -> n.get("reason").asText())
                    .containsOnly("this is a kbaudit report, not an inventory; not read");

            Result alone = run("audit", out.resolve("r.csv").toString(), out.resolve("r.xlsx").toString(), "--quiet");
            assertThat(alone.exit()).as("nothing audited").isEqualTo(2);
        }

        @Test
        void the_data_quality_sheet_names_the_host_of_a_rejected_record_and_the_json_report_keeps_its_three_fields()
                throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "," + EXPOSED_SERVER + ","
                    + "{\"host\": \"SRV-VLAN\", \"adapters\": [{\"name\": \"N\", \"vlans\": [5000]}]}]");
            Path json = dir.resolve("r.json");
            Path xlsx = dir.resolve("r.xlsx");
            Result r = run("audit", in.toString(), "--quiet", "--json", json.toString(), "--xlsx", xlsx.toString());
            assertThat(r.exit()).as(r.err()).isZero();

            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
                var quality = wb.getSheet("Data quality");
                assertThat(quality.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Host");
                List<String> hosts = new java.util.ArrayList<>();
                for (int i = 1; i <= quality.getLastRowNum(); i++) {
                    if (quality.getRow(i).getCell(0).getStringCellValue().equals("Rejected record")) {
                        hosts.add(quality.getRow(i).getCell(1).getStringCellValue());
                    }
                }
                assertThat(hosts).containsExactlyInAnyOrder("SRV-EXPOSED", "SRV-VLAN");
            }
            JsonNode rejected = new ObjectMapper().readTree(json.toFile()).get("rejected");
            assertThat(rejected).hasSize(2).allSatisfy(n ->
                    assertThat(n.fieldNames()).toIterable().containsExactly("source", "location", "reason"));
        }

        @Test
        void a_report_whose_folder_is_a_file_is_one_line_naming_it_and_nothing_is_written() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            Files.writeString(dir.resolve("blocker"), "a file");
            Path json = dir.resolve("out.json");
            for (String report : List.of("blocker/x.xlsx", "blocker/deeper/x.xlsx")) {
                Path xlsx = dir.resolve(report);
                Result r = run("audit", in.toString(), "--json", json.toString(), "--xlsx", xlsx.toString());
                assertThat(r.exit()).isEqualTo(2);
                assertThat(r.err().lines()).singleElement().asString()
                        .isEqualTo("kbaudit: " + xlsx + ": cannot write the report: " + dir.resolve("blocker")
                                + " is a file, not a folder");
                assertThat(r.out()).isEmpty();
                assertThat(json).as("checked before any work").doesNotExist();
            }
        }

        @Test
        void two_reports_named_for_one_file_are_one_line_and_nothing_is_written() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            Path out = dir.resolve("out");
            Result r = run("audit", in.toString(), "--json", out.toString(), "--xlsx", dir.resolve(".").resolve("out").toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().lines()).containsExactly("kbaudit: " + dir.resolve(".").resolve("out")
                    + ": two reports are named for the same file; give each its own");
            assertThat(out).doesNotExist();
        }

        @Test
        void two_reports_named_for_one_file_through_a_symbolic_link_are_refused_too() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            Path real = Files.createDirectories(dir.resolve("real"));
            Path link = Files.createSymbolicLink(dir.resolve("link"), real);
            Result r = run("audit", in.toString(), "--json", real.resolve("r.out").toString(),
                    "--csv", link.resolve("r.out").toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("two reports are named for the same file");
        }

        @Test
        void a_report_path_that_is_a_folder_is_one_line_naming_it() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            Path folder = Files.createDirectories(dir.resolve("reports"));
            Result r = run("audit", in.toString(), "--csv", folder.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().lines()).containsExactly("kbaudit: " + folder + ": is a folder; name a report file");
        }

        @Test
        void a_report_in_a_folder_without_write_permission_is_one_line_naming_it() throws Exception {
            org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                    "permissions do not stop root");
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            Path locked = Files.createDirectories(dir.resolve("locked"));
            locked.toFile().setWritable(false);
            try {
                Result r = run("audit", in.toString(), "--json", locked.resolve("r.json").toString());
                assertThat(r.exit()).isEqualTo(2);
                assertThat(r.err().lines()).containsExactly("kbaudit: " + locked.resolve("r.json")
                        + ": cannot write the report: no permission to write in " + locked);
            } finally {
                locked.toFile().setWritable(true);
            }
        }

        @Test
        void a_report_folder_that_does_not_exist_yet_is_created() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            Path json = dir.resolve("new").resolve("sub").resolve("r.json");
            Result r = run("audit", in.toString(), "--quiet", "--json", json.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(json).isRegularFile();
        }

        @Test
        void a_bad_option_value_names_the_valid_ones() throws Exception {
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            Result r = run("audit", in.toString(), "--prefer", "newest");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("service-pack").contains("hotfix");
        }

        @Test
        void fail_on_takes_its_statuses_in_any_case() throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "]");
            assertThat(run("audit", in.toString(), "--quiet", "--fail-on", "exposed").exit()).isEqualTo(1);
            assertThat(run("audit", in.toString(), "--quiet", "--fail-on", "Not_Applicable,rejected,disagreement").exit())
                    .isZero();
        }

        @Test
        void a_bad_fail_on_status_is_one_line_naming_the_valid_ones_and_a_hint() throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "]");
            Result r = run("audit", in.toString(), "--fail-on", "sometimes");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().lines()).hasSize(2);
            assertThat(r.err()).contains("sometimes").contains("EXPOSED").contains("NOT_APPLICABLE")
                    .contains("REJECTED").contains("DISAGREEMENT").contains("Try 'kbaudit audit --help'.");
        }

        @Test
        void bad_arguments_are_one_line_and_a_hint_not_the_usage() {
            Result r = run("audit", "--bogus", "fleet.json");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).containsExactly("kbaudit: Unknown option: '--bogus'", "Try 'kbaudit audit --help'.");

            Result missing = run("audit");
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err().lines()).hasSize(2).last().isEqualTo("Try 'kbaudit audit --help'.");

            Result nested = run("rules", "check", "--rulez", "x");
            assertThat(nested.err().lines()).hasSize(2).last().isEqualTo("Try 'kbaudit rules check --help'.");
        }

        @Test
        void help_still_prints_the_whole_usage() {
            Result r = run("audit", "--help");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("Usage: kbaudit audit").contains("--fail-on=STATUS").contains("--xlsx=FILE");
            assertThat(r.err()).isEmpty();
        }

        @Test
        void the_command_list_gives_every_command_a_whole_sentence_in_the_imperative() {
            Result r = run("--help");
            assertThat(r.exit()).isZero();
            String list = r.out().substring(r.out().indexOf("Commands:"));
            // picocli lists a command with the first line of its description, wrapped: that line must be a
            // sentence of its own, not the start of one cut off where the description's array breaks it
            java.util.regex.Matcher entry = java.util.regex.Pattern
                    .compile("(?m)^  (audit|explain|diff|generate|rules|simulate) +(\\S[^\\n]*(?:\\n {8,}\\S[^\\n]*)*)")
                    .matcher(list);
            int commands = 0;
            while (entry.find()) {
                commands++;
                String summary = entry.group(2).replaceAll("\\s+", " ");
                assertThat(summary).as(entry.group(1)).endsWith(".").doesNotStartWith("Shows").doesNotStartWith("Compares");
            }
            assertThat(commands).isEqualTo(6);
        }

        @Test
        void each_command_s_description_wraps_at_the_help_s_width_not_where_its_source_breaks_a_line() {
            for (String command : List.of("audit", "explain", "diff", "generate", "rules", "simulate")) {
                Result r = run(command, "--help");
                assertThat(r.exit()).isZero();
                // the description: the unindented lines between the usage line(s) and the first parameter or option
                List<String> description = r.out().lines().dropWhile(l -> l.startsWith("Usage:") || l.startsWith(" "))
                        .takeWhile(l -> !l.startsWith(" ")).toList();
                assertThat(description).as(command).isNotEmpty();
                for (int i = 0; i + 1 < description.size(); i++) {
                    String line = description.get(i);
                    String nextWord = description.get(i + 1).split(" ")[0];
                    // picocli fills each line to at most 79 columns: a line that had room for the next word ends a paragraph
                    assertThat(line.endsWith(".") || line.length() + 1 + nextWord.length() > 79)
                            .as(command + ": '" + line + "' is broken off before '" + nextWord + "'").isTrue();
                }
            }
        }

        @Test
        void a_systeminfo_csv_export_reads_each_row_s_network_cards_two_of_one_product_exposed_two_others_vulnerable()
                throws Exception {
            String header = "\"Host Name\",\"OS Name\",\"OS Version\",\"OS Manufacturer\",\"System Type\",\"Hotfix(s)\","
                    + "\"Network Card(s)\"\r\n";
            String row = "\"%s\",\"Microsoft(R) Windows(R) Server 2003, Enterprise Edition\",\"5.2.3790 Service Pack 1 Build 3790\","
                    + "\"Microsoft Corporation\",\"X86-based PC\",\"3 Hotfix(s) Installed.,[01]: KB890046 - Update,"
                    + "[02]: KB893756 - Update,[03]: KB896358 - Update\",\"2 NIC(s) Installed.,[01]: %s,"
                    + "      Connection Name: Local Area Connection,      DHCP Enabled:    No,      IP address(es),"
                    + "      [01]: 10.0.0.5,[02]: %s,      Connection Name: Local Area Connection 2,      DHCP Enabled:    No\"\r\n";
            Path in = inventory("si.csv", header
                    + row.formatted("WEB01", "HP NC7782 Gigabit Server Adapter", "HP NC7782 Gigabit Server Adapter")
                    + row.formatted("APP01", "HP NC7782 Gigabit Server Adapter", "Intel(R) PRO/1000 MT Network Connection"));
            Path report = dir.resolve("out.json");

            Result r = run("audit", in.toString(), "--quiet", "--json", report.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode servers = new ObjectMapper().readTree(report.toFile()).get("servers");
            JsonNode web = servers.get(0);
            assertThat(web.get("host").asText()).isEqualTo("WEB01");
            assertThat(web.get("status").asText()).isEqualTo("EXPOSED");
            assertThat(web.get("atRiskAdapters")).extracting(JsonNode::asText)
                    .containsExactly("Local Area Connection", "Local Area Connection 2");
            assertThat(web.get("missing")).isEmpty();
            assertThat(web.get("warnings").toString()).contains("inferred from their product names");
            JsonNode app = servers.get(1);
            assertThat(app.get("host").asText()).isEqualTo("APP01");
            assertThat(app.get("status").asText()).isEqualTo("VULNERABLE");
        }

        @Test
        void the_conservative_scope_puts_every_adapter_of_the_server_at_risk() throws Exception {
            Path in = inventory("fleet.json", """
                    [{"host": "SRV", "osVersion": "5.2.3790", "architecture": "x86", "servicePack": "SP1",
                      "hotfixes": [], "adapters": [{"name": "A", "driver": "E1000"}, {"name": "B", "driver": "b57w2k"}]}]""");
            Path same = dir.resolve("same.json");
            Path all = dir.resolve("all.json");
            run("audit", in.toString(), "--quiet", "--json", same.toString());
            run("audit", in.toString(), "--quiet", "--json", all.toString(), "--scope", "all-adapters");
            ObjectMapper mapper = new ObjectMapper();
            assertThat(mapper.readTree(same.toFile()).get("servers").get(0).get("status").asText()).isEqualTo("VULNERABLE");
            JsonNode wide = mapper.readTree(all.toFile());
            assertThat(wide.get("policy").get("scope").asText()).isEqualTo("all-adapters");
            assertThat(wide.get("servers").get(0).get("status").asText()).isEqualTo("EXPOSED");
            assertThat(wide.get("servers").get(0).get("atRiskAdapters")).hasSize(2);
        }
    }

    @Nested
    class OneServerUnderItsDnsNameAndItsShortName {

        static final String SYSTEMINFO = """
                Host Name:                 WEB01
                OS Name:                   Microsoft(R) Windows(R) Server 2003, Standard Edition
                OS Version:                5.2.3790 Service Pack 1 Build 3790
                System Type:               X86-based PC
                Hotfix(s):                 1 Hotfix(s) Installed.
                                           [01]: KB896358 - Update
                Network Card(s):           1 NIC(s) Installed.
                                           [01]: Intel(R) PRO/1000 MT Network Connection
                                                 Connection Name: Local Area Connection
                """;

        static String server(String host) {
            return EXPOSED_SERVER.replace("SRV-EXPOSED", host);
        }

        @Test
        void is_audited_once_and_the_second_record_rejected_naming_both_places_and_both_names() throws Exception {
            Path assets = inventory("assets.json", "[" + server("web01.corp.example.com") + ", " + PROTECTED_SERVER + "]");
            Path capture = inventory("web01.txt", SYSTEMINFO);
            Path report = dir.resolve("report.json");

            Result r = run("audit", assets.toString(), capture.toString(), "--json", report.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("3 read, 2 audited, 1 rejected");
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.get("servers").findValuesAsText("host")).containsExactly("web01.corp.example.com", "SRV-OK");
            assertThat(json.get("rejected")).singleElement().satisfies(rejected -> {
                assertThat(rejected.get("source").asText()).isEqualTo(capture.toString());
                assertThat(rejected.get("reason").asText()).isEqualTo("duplicate host WEB01: already read from " + assets
                        + " $[0] as web01.corp.example.com; audited once");
            });
        }

        @Test
        void read_short_name_first_it_is_the_one_audited() throws Exception {
            Path capture = inventory("web01.txt", SYSTEMINFO);
            Path assets = inventory("assets.json", "[" + server("WEB01.corp.example.com.") + "]");
            Path report = dir.resolve("report.json");

            Result r = run("audit", capture.toString(), assets.toString(), "--json", report.toString());

            assertThat(r.out()).as(r.err()).contains("2 read, 1 audited, 1 rejected");
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.get("servers").findValuesAsText("host")).containsExactly("WEB01");
            assertThat(json.get("rejected").get(0).get("reason").asText()).startsWith("duplicate host"
                    + " WEB01.corp.example.com.: already read from " + capture).endsWith(" as WEB01; audited once");
        }

        @Test
        void simulate_finds_it_by_its_short_name_too() throws Exception {
            Path assets = inventory("assets.json", "[" + server("web01.corp.example.com") + "]");
            Result r = run("simulate", assets.toString(), "--host", "WEB01", "--event", "hotswap:NIC1");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("What if ").contains(" on web01.corp.example.com\n");
        }

        @Test
        void two_servers_of_one_short_name_in_two_domains_are_both_audited_and_the_short_name_alone_is_not()
                throws Exception {
            Path assets = inventory("assets.json", "[" + server("web01.corp-a.com") + ", " + server("web01.corp-b.com") + "]");
            Path capture = inventory("web01.txt", SYSTEMINFO);
            Path report = dir.resolve("report.json");

            Result r = run("audit", assets.toString(), capture.toString(), "--json", report.toString());

            assertThat(r.out()).as(r.err()).contains("3 read, 2 audited, 1 rejected");
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.get("servers").findValuesAsText("host")).containsExactly("web01.corp-a.com", "web01.corp-b.com");
            assertThat(json.get("rejected").get(0).get("reason").asText()).isEqualTo("duplicate host WEB01: the short"
                    + " name of two servers already read, web01.corp-a.com from " + assets + " $[0] and web01.corp-b.com"
                    + " from " + assets + " $[1]; not audited, as which of them it is cannot be told (its full name would tell)");
        }
    }

    @Nested
    class Explain {

        @Test
        void shows_the_facts_the_conclusions_and_the_rules_that_fired() throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "]");
            Result r = run("explain", in.toString(), "--host", "srv-exposed");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("SRV-EXPOSED: EXPOSED").contains("Facts the rules saw:")
                    .contains("Rules that fired:").contains("(Symptoms")
                    .contains("SharedGroup[driverKey=e1000, size=2]");
        }

        @Test
        void a_host_name_pasted_with_spaces_or_a_line_end_around_it_is_found() throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "]");
            Result r = run("explain", in.toString(), "--host", " srv-exposed\r");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("SRV-EXPOSED: EXPOSED");
        }

        @Test
        void simulate_finds_a_host_name_pasted_with_spaces_or_a_line_end_around_it_too() throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "]");
            Result r = run("simulate", in.toString(), "--host", "srv-exposed \r\n", "--event", "hotswap:NIC1");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("SRV-EXPOSED").contains("NIC2");
        }

        @Test
        void an_unknown_host_is_one_line_and_exit_2() throws Exception {
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + "]");
            Result r = run("explain", in.toString(), "--host", "NOPE");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("kbaudit: no server named NOPE").doesNotContain("\n");
        }

        @Test
        void a_host_whose_record_was_rejected_is_named_with_its_rejection() throws Exception {
            Path in = inventory("fleet.json", "[{\"host\": \"A\"}, {\"host\": \"SRV-BAD\", \"adapters\":"
                    + " [{\"name\": \"N\", \"vlans\": [\"x\"]}]}, {\"host\": \"B\", \"os\": {}}]");
            Result r = run("explain", in.toString(), "--host", "srv-bad");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("kbaudit: srv-bad is rejected, not audited: " + in + " $[1].adapters[0].vlans[0]")
                    .contains("vlans").doesNotContain("\n");
        }

        @Test
        void the_first_server_of_the_host_is_explained_as_the_audit_audits_it_and_later_damage_is_not_read()
                throws Exception {
            Path in = inventory("fleet.jsonl", "{\"host\": \"A\", \"os\": \"Windows 2000\"}\n{\"host\": \"a\","
                    + " \"os\": \"Windows Server 2003\"}\n{\"host\": \n");
            Result r = run("explain", in.toString(), "--host", "A");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("A: NOT_APPLICABLE");
        }

        @Test
        void a_short_name_finds_the_server_the_inventory_gives_under_its_dns_name_and_back() throws Exception {
            Path assets = inventory("assets.json", "[" + OneServerUnderItsDnsNameAndItsShortName.server("web01.corp.example.com")
                    + "]");
            Result byShortName = run("explain", assets.toString(), "--host", "WEB01");
            assertThat(byShortName.exit()).as(byShortName.err()).isZero();
            assertThat(byShortName.out()).contains("web01.corp.example.com: EXPOSED");

            Path capture = inventory("web01.txt", OneServerUnderItsDnsNameAndItsShortName.SYSTEMINFO);
            Result byDnsName = run("explain", capture.toString(), "--host", "web01.corp.example.com.");
            assertThat(byDnsName.exit()).as(byDnsName.err()).isZero();
            assertThat(byDnsName.out()).contains("WEB01: ");
        }

        @Test
        void a_short_name_of_two_servers_is_one_line_naming_both_and_exit_2() throws Exception {
            Path assets = inventory("assets.jsonl", OneServerUnderItsDnsNameAndItsShortName.server("web01.corp-a.com")
                    .replace("\n", " ") + "\n" + OneServerUnderItsDnsNameAndItsShortName.server("web01.corp-b.com")
                    .replace("\n", " ") + "\n");
            Result r = run("explain", assets.toString(), "--host", "WEB01");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("kbaudit: WEB01 is the short name of two servers, web01.corp-a.com ("
                    + assets + " line 1) and web01.corp-b.com (" + assets + " line 2): name one of them");

            Result one = run("explain", assets.toString(), "--host", "web01.corp-b.com");
            assertThat(one.out()).as(one.err()).contains("web01.corp-b.com: EXPOSED");
        }

        @Test
        void a_short_name_read_between_two_dns_names_of_it_finds_the_first_as_the_audit_merges_it_with_the_first()
                throws Exception {
            Path fleet = inventory("fleet.json", "[" + OneServerUnderItsDnsNameAndItsShortName.server("web01.corp-a.com")
                    + ", " + PROTECTED_SERVER.replace("SRV-OK", "WEB01") + ", "
                    + OneServerUnderItsDnsNameAndItsShortName.server("web01.corp-b.com") + "]");
            Path report = dir.resolve("between.json");
            run("audit", fleet.toString(), "--quiet", "--json", report.toString());
            JsonNode audit = new ObjectMapper().readTree(report.toFile());
            assertThat(audit.get("servers").findValuesAsText("host")).containsExactly("web01.corp-a.com", "web01.corp-b.com");
            assertThat(audit.get("rejected").get(0).get("reason").asText()).contains("already read from").contains("web01.corp-a.com");

            Result r = run("explain", fleet.toString(), "--host", "WEB01");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("web01.corp-a.com: EXPOSED");
        }

        @Test
        void a_dns_name_is_not_found_under_a_short_name_that_an_earlier_other_dns_name_took() throws Exception {
            Path fleet = inventory("fleet.json", "[" + PROTECTED_SERVER.replace("SRV-OK", "WEB01") + ", "
                    + OneServerUnderItsDnsNameAndItsShortName.server("web01.corp-a.com") + ", "
                    + OneServerUnderItsDnsNameAndItsShortName.server("web01.corp-b.com") + "]");
            assertThat(run("explain", fleet.toString(), "--host", "web01.corp-a.com").out()).contains("WEB01: PROTECTED");
            assertThat(run("explain", fleet.toString(), "--host", "web01.corp-b.com").out())
                    .contains("web01.corp-b.com: EXPOSED");
            assertThat(run("explain", fleet.toString(), "--host", "web01").out()).contains("WEB01: PROTECTED");
        }
    }

    @Nested
    class RulesCheck {

        @Test
        void a_rule_that_does_not_compile_is_reported_with_its_file_and_exit_2() throws Exception {
            Path rules = Files.createDirectories(dir.resolve("rules"));
            Files.copy(Path.of("rules", "10-scope.drl"), rules.resolve("10-scope.drl"));
            Files.writeString(rules.resolve("99-broken.drl"), """
                    package kbaudit.rules;
                    import org.kbaudit.domain.Server;
                    rule "A broken rule"
                    when
                        Server( noSuchField == 1 )
                    then
                    end
                    """);
            Result r = run("rules", "check", "--rules", rules.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("99-broken.drl:5:").contains("noSuchField");
        }

        @Test
        void a_consequence_that_does_not_parse_is_one_line_with_its_file_and_line_and_no_stack_trace() throws Exception {
            Path rules = brokenConsequence();
            Result r = run("rules", "check", "--rules", rules.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).containsPattern("(?m)^99-broken\\.drl:\\d+: ")
                    .doesNotContain("stacktrace").doesNotContain("com.github.javaparser").doesNotContain("java.base/");
            assertThat(r.err().lines()).hasSize(2);
        }

        @Test
        void an_audit_with_rules_that_do_not_compile_is_one_line_and_exit_2() throws Exception {
            Path rules = brokenConsequence();
            Path in = inventory("fleet.json", "[" + PROTECTED_SERVER + "]");
            Result r = run("audit", in.toString(), "--rules", rules.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("kbaudit: 99-broken.drl:").doesNotContain("\n")
                    .doesNotContain("stacktrace").doesNotContain("com.github.javaparser");
        }

        private Path brokenConsequence() throws Exception {
            Path rules = Files.createDirectories(dir.resolve("rules"));
            Files.copy(Path.of("rules", "10-scope.drl"), rules.resolve("10-scope.drl"));
            Files.writeString(rules.resolve("99-broken.drl"), """
                    package kbaudit.rules;
                    rule "x" when then junk( end
                    """);
            return rules;
        }

        @Test
        void rules_of_ones_own_that_conclude_two_statuses_reject_the_server_blaming_the_rules_not_kbaudit()
                throws Exception {
            Path rules = Files.createDirectories(dir.resolve("two-statuses"));
            try (java.util.stream.Stream<Path> bundled = Files.list(Path.of("rules"))) {
                for (Path drl : bundled.toList()) {
                    Files.copy(drl, rules.resolve(drl.getFileName()));
                }
            }
            Files.writeString(rules.resolve("99-also-unknown.drl"), """
                    package kbaudit.rules;
                    import org.kbaudit.domain.Server;
                    import org.kbaudit.domain.Status;
                    import org.kbaudit.rules.facts.Verdict;
                    rule "SRV-EXPOSED is UNKNOWN too (a mistake)"
                    when
                        Server( host == "SRV-EXPOSED" )
                    then
                        insertLogical(new Verdict(Status.UNKNOWN));
                    end
                    """);
            Path in = inventory("fleet.json", "[" + EXPOSED_SERVER + ", " + PROTECTED_SERVER + "]");
            Path json = dir.resolve("r.json");
            Result r = run("audit", in.toString(), "--rules", rules.toString(), "--quiet", "--json", json.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode rejected = new ObjectMapper().readTree(json.toFile()).get("rejected").get(0);
            assertThat(rejected.get("reason").asText()).startsWith("the rules gave no single finding for SRV-EXPOSED:")
                    .contains("2 Verdict facts").endsWith("(with --rules, a defect of those rules; with the bundled"
                            + " rules, of kbaudit: please report it)");
        }

        @Test
        void a_consequence_calling_what_does_not_exist_is_named_by_file_and_line_without_generated_java() throws Exception {
            Path rules = bundledWith("50-remediation.drl", "insertLogical\\(", "insertLogicl(");
            Result r = run("rules", "check", "--rules", rules.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).containsPattern("(?m)^50-remediation\\.drl:\\d+: The method insertLogicl\\(\\w+\\) is undefined$")
                    .doesNotContain("Java source of").doesNotContain("LambdaConsequence");
        }

        @Test
        void a_wrong_call_of_a_name_used_in_many_places_is_not_pinned_on_one_of_them() throws Exception {
            Path rules = bundledWith("30-exposure.drl", "new Warning\\(\\$n \\+", "new Warning(\\$n, ");
            Result r = run("rules", "check", "--rules", rules.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("The constructor Warning(").doesNotContainPattern("(?m)^10-scope\\.drl:\\d+:");
        }

        @Test
        void a_constraint_the_compiler_cannot_analyse_is_named_by_file_and_line() throws Exception {
            Path rules = bundledWith("40-status.drl", "applies == false", "applies == fals");
            Result r = run("rules", "check", "--rules", rules.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).containsPattern("(?m)^40-status\\.drl:\\d+: Unable to Analyse Expression applies == fals");
        }

        /** The bundled rules with the first match of {@code regex} in one file replaced. */
        private Path bundledWith(String file, String regex, String replacement) throws Exception {
            Path rules = Files.createDirectories(dir.resolve("edited-" + file));
            try (java.util.stream.Stream<Path> bundled = Files.list(Path.of("rules"))) {
                for (Path drl : bundled.toList()) {
                    String text = Files.readString(drl);
                    Files.writeString(rules.resolve(drl.getFileName()), drl.getFileName().toString().equals(file)
                            ? text.replaceFirst(regex, replacement) : text);
                }
            }
            return rules;
        }

        @Test
        void the_bundled_rules_compile() {
            Result r = run("rules", "check");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("rules OK").contains("bundled");
        }
    }
}
