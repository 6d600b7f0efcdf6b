package org.kbaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kbaudit.audit.WhatIfService;
import org.kbaudit.audit.WhatIfService.EventSpec;
import org.kbaudit.audit.WhatIfService.Kind;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Vlan;
import org.kbaudit.simulation.Assumptions;
import picocli.CommandLine;

class SimulateCommandTest {

    private static final Provenance HERE = new Provenance("fleet.json", "$[0]");

    private static final Server SERVER = Server.builder("SRV-DB-01", HERE).adapters(List.of(
            new Adapter("NIC1", null, "E1000", false, false, true, List.of(Vlan.of(10)), HERE),
            new Adapter("NIC2", null, "e1000", false, false, true, List.of(Vlan.of(20), Vlan.of(30)), HERE),
            new Adapter("NIC3", null, "b57w2k", false, false, true, List.of(Vlan.of(40)), HERE))).build();

    private static final Server DRIVERLESS = Server.builder("SRV-NODRV", HERE).adapters(List.of(
            new Adapter("NIC1", null, null, false, false, true, List.of(Vlan.of(10)), HERE),
            new Adapter("NIC2", null, null, false, false, true, List.of(), HERE))).build();

    private final List<Path> loaded = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** What the audit's fix evidence says of the server, for runs without --fixed or --defective. */
    private boolean evidenceSaysFixed;
    /** What the audit makes of the server otherwise; {@code null}: as the fix evidence above says. */
    private WhatIfService.Reading reading;

    private int run(String... args) {
        SimulateCommand command = new SimulateCommand((path, host) -> {
            loaded.add(path);
            return Stream.of(Server.builder("OTHER", HERE).build(), SERVER, DRIVERLESS)
                    .filter(s -> s.host().equalsIgnoreCase(host)).findFirst()
                    .orElseThrow(() -> new KbauditException("no server named " + host + " in " + path));
        }, new WhatIfService(new Assumptions(100, 200, 1_000)), server -> reading != null ? reading
                : new WhatIfService.Reading(evidenceSaysFixed ? Status.PROTECTED : Status.EXPOSED, evidenceSaysFixed,
                        List.of()));
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Nested
    class ParsingEvents {

        @Test
        void every_valid_form_is_read() {
            assertThat(EventSpec.parse("hotswap:NIC1")).isEqualTo(new EventSpec(Kind.HOTSWAP, "NIC1", null, null));
            assertThat(EventSpec.parse("REMOVE:Local Area Connection 2"))
                    .isEqualTo(new EventSpec(Kind.REMOVE, "Local Area Connection 2", null, null));
            assertThat(EventSpec.parse("restart:NIC3")).isEqualTo(new EventSpec(Kind.RESTART, "NIC3", null, null));
            assertThat(EventSpec.parse("add:NIC1")).isEqualTo(new EventSpec(Kind.ADD, "NIC1", null, null));
            assertThat(EventSpec.parse("add:NIC9:q57w2k")).isEqualTo(new EventSpec(Kind.ADD, "NIC9", null, "q57w2k"));
            assertThat(EventSpec.parse("add-vlan:NIC1:4094"))
                    .isEqualTo(new EventSpec(Kind.ADD_VLAN, "NIC1", 4094, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "hotswap", "hotswap:", "swap:NIC1", "add-vlan:NIC1", "add-vlan:NIC1:0",
                "add-vlan:NIC1:4095", "add-vlan:NIC1:x", "add-vlan::20", "add:NIC9:"})
        void a_bad_event_is_one_line_naming_the_valid_forms(String event) {
            int exit = run("fleet.json", "--host", "SRV-DB-01", "--event", event);

            assertThat(exit).isEqualTo(ExitCodes.NOTHING_AUDITED);
            assertThat(err.toString().lines()).singleElement().asString()
                    .startsWith("kbaudit simulate: invalid --event")
                    .contains("hotswap:ADAPTER", "add:ADAPTER", "remove:ADAPTER", "restart:ADAPTER",
                            "add-vlan:ADAPTER:ID");
            assertThat(out.toString()).isEmpty();
            assertThat(loaded).isEmpty();
        }
    }

    @Nested
    class Running {

        @Test
        void a_hot_swap_prints_the_sibling_halted_twice_with_assumed_times() {
            int exit = run("fleet.json", "--host", "srv-db-01", "--event", "hotswap:NIC1");

            assertThat(exit).isEqualTo(ExitCodes.AUDITED);
            assertThat(loaded).containsExactly(Path.of("fleet.json"));
            assertThat(out.toString())
                    .contains("Halted besides NIC1: NIC2\n")
                    .contains("NIC2 (collateral): no traffic from 0 to 300 ms (300 ms)")
                    .contains("NIC2 (collateral): no traffic from 1000 to 1300 ms (300 ms)")
                    .contains("No VLAN goes dark.")
                    .contains("Timeline (durations are assumptions, KB907019 gives none: halt 100 ms");
            assertThat(out.toString()).doesNotContain("NIC3");
            assertThat(err.toString()).isEmpty();
        }

        @Test
        void a_vlan_addition_names_the_vlans_that_go_dark_while_showing_active() {
            run("fleet.json", "--host", "SRV-DB-01", "--event", "add-vlan:NIC1:11");

            assertThat(out.toString())
                    .contains("VLANs disabled while Network Connections still shows them active")
                    .contains("  VLAN 20 on NIC2\n  VLAN 30 on NIC2\n");
        }

        @Test
        void without_a_flag_the_fix_evidence_decides_the_component() {
            evidenceSaysFixed = true;
            run("fleet.json", "--host", "SRV-DB-01", "--event", "add-vlan:NIC1:11");
            assertThat(out.toString()).contains("No adapter other than NIC1 is halted.");

            out.getBuffer().setLength(0);
            run("fleet.json", "--host", "SRV-DB-01", "--event", "add-vlan:NIC1:11", "--defective");
            assertThat(out.toString()).contains("VLAN 20 on NIC2");
        }

        @Test
        void fixed_and_defective_exclude_each_other() {
            assertThat(run("fleet.json", "--host", "SRV-DB-01", "--event", "hotswap:NIC1", "--fixed", "--defective"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("exclude each other");
        }

        @Test
        void the_fixed_component_halts_nothing_else() {
            run("fleet.json", "--host", "SRV-DB-01", "--event", "add-vlan:NIC1:11", "--fixed");

            assertThat(out.toString()).contains("No adapter other than NIC1 is halted.").contains("No VLAN goes dark.");
        }

        @Test
        void adding_one_more_adapter_like_an_existing_one_halts_its_whole_driver() {
            run("fleet.json", "--host", "SRV-DB-01", "--event", "add:NIC2");

            assertThat(out.toString()).contains("Halted besides NIC2 #2: NIC1, NIC2");
        }

        @Test
        void the_all_adapters_scope_reaches_every_adapter() {
            run("fleet.json", "--host", "SRV-DB-01", "--event", "restart:NIC3", "--scope", "all-adapters");

            assertThat(out.toString()).contains("Halted besides NIC3: NIC1, NIC2");
        }

        @Test
        void an_unknown_host_or_adapter_is_one_line() {
            assertThat(run("fleet.json", "--host", "NOPE", "--event", "hotswap:NIC1")).isEqualTo(2);
            assertThat(run("fleet.json", "--host", "SRV-DB-01", "--event", "hotswap:NIC7")).isEqualTo(2);
            assertThat(run("fleet.json", "--host", "SRV-DB-01", "--event", "add:NIC7")).isEqualTo(2);
            assertThat(run("fleet.json", "--host", "OTHER", "--event", "hotswap:NIC1")).isEqualTo(2);

            assertThat(err.toString().lines()).hasSize(4).satisfiesExactly(
                    l -> assertThat(l).contains("no server named NOPE in fleet.json"),
                    l -> assertThat(l).contains("no adapter 'NIC7' on SRV-DB-01; adapters: NIC1, NIC2, NIC3"),
                    l -> assertThat(l).contains("add:NEW:DRIVER"),
                    l -> assertThat(l).contains("adapters of OTHER are unknown"));
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void a_bad_scope_is_refused_before_reading_with_the_same_line_as_audit_gives() {
            assertThat(run("fleet.json", "--host", "SRV-DB-01", "--event", "hotswap:NIC1", "--scope", "x"))
                    .isEqualTo(ExitCodes.NOTHING_AUDITED);
            assertThat(loaded).isEmpty();
            assertThat(out.toString()).isEmpty();

            CommandLineTest.Result simulate = CommandLineTest.run("simulate", "fleet.json", "--host", "SRV-DB-01",
                    "--event", "hotswap:NIC1", "--scope", "x");
            CommandLineTest.Result audit = CommandLineTest.run("audit", "fleet.json", "--scope", "x");

            assertThat(simulate.exit()).isEqualTo(audit.exit()).isEqualTo(ExitCodes.NOTHING_AUDITED);
            assertThat(simulate.err().lines()).containsExactly(
                    "kbaudit: Invalid value for option '--scope': 'x' is not one of same-driver, all-adapters",
                    "Try 'kbaudit simulate --help'.");
            assertThat(audit.err().lines()).containsExactly(simulate.err().lines().findFirst().orElseThrow(),
                    "Try 'kbaudit audit --help'.");
            assertThat(simulate.out()).isEmpty();
        }
    }

    @Nested
    class Json {

        @TempDir
        Path dir;

        @Test
        void the_outcome_is_written_as_the_documented_object() throws Exception {
            Path file = dir.resolve("whatif.json");

            int exit = run("fleet.json", "--host", "SRV-DB-01", "--event", "add-vlan:NIC1:11", "--json", file.toString());

            assertThat(exit).isZero();
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            assertThat(root.get("host").asText()).isEqualTo("SRV-DB-01");
            assertThat(root.get("event").asText()).isEqualTo("add-vlan:NIC1:11");
            assertThat(root.get("fixed").asBoolean()).isFalse();
            assertThat(root.at("/collateral/adapters").toString()).isEqualTo("[\"NIC2\"]");
            assertThat(root.at("/collateral/vlans").toString())
                    .isEqualTo("[{\"adapter\":\"NIC2\",\"id\":20},{\"adapter\":\"NIC2\",\"id\":30}]");
            assertThat(root.at("/assumptions/note").asText()).contains("assumptions");
            assertThat(root.at("/assumptions/haltMillis").asLong()).isEqualTo(100);
            JsonNode dark = null;
            for (JsonNode e : root.get("timeline")) {
                if (e.get("what").asText().equals("VLAN_DISABLED_SHOWN_ACTIVE") && e.get("vlan").asInt() == 20) {
                    dark = e;
                }
            }
            assertThat(dark).isNotNull();
            assertThat(dark.get("adapter").asText()).isEqualTo("NIC2");
            assertThat(dark.get("atMillis").asLong()).isEqualTo(300);
            assertThat(dark.get("collateral").asBoolean()).isTrue();
        }

        @Test
        void the_json_never_overwrites_the_inventory() throws Exception {
            Path inventory = Files.writeString(dir.resolve("fleet.json"), "[]");

            int exit = run(inventory.toString(), "--host", "SRV-DB-01", "--event", "hotswap:NIC1", "--json",
                    inventory.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString()).contains("would overwrite the inventory");
            assertThat(Files.readString(inventory)).isEqualTo("[]");
        }

        @Test
        void the_rendering_is_a_pure_function_of_the_outcome() {
            WhatIfService service = new WhatIfService();
            var request = new WhatIfService.Request(null, "SRV-DB-01", EventSpec.parse("hotswap:NIC3"), false,
                    org.kbaudit.domain.Policy.Scope.SAME_DRIVER, null);

            String first = SimulateCommand.json("SRV-DB-01", "hotswap:NIC3", service.simulate(SERVER, request));
            String again = SimulateCommand.json("SRV-DB-01", "hotswap:NIC3", service.simulate(SERVER, request));

            assertThat(first).isEqualTo(again).contains("\"adapters\" : [ ]");
        }
    }

    @Test
    void an_unreadable_add_driver_form_is_refused_before_loading() {
        assertThatThrownBy(() -> EventSpec.parse("add:NIC9:  ")).hasMessageContaining("driver");
    }

    @Nested
    class WhatTheAuditLeavesOpen {

        @Test
        void a_server_outside_the_article_is_not_simulated_unless_asked_for_with_defective() {
            reading = new WhatIfService.Reading(Status.NOT_APPLICABLE, null, List.of());

            assertThat(run("fleet.json", "--host", "SRV-DB-01", "--event", "hotswap:NIC1")).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("kbaudit simulate: SRV-DB-01 is outside KB907019 (NOT_APPLICABLE): the"
                    + " defect does not apply to it; --defective simulates it anyway" + System.lineSeparator());
            assertThat(run("fleet.json", "--host", "SRV-DB-01", "--event", "hotswap:NIC1", "--fixed")).isEqualTo(2);
            assertThat(run("fleet.json", "--host", "SRV-DB-01", "--event", "hotswap:NIC1", "--defective")).isZero();
        }

        @Test
        void adapters_without_a_driver_name_that_the_audit_could_decide_get_no_note() {
            reading = new WhatIfService.Reading(Status.VULNERABLE, false, List.of());

            assertThat(run("fleet.json", "--host", "SRV-NODRV", "--event", "add-vlan:NIC1:5")).isZero();
            assertThat(out.toString()).doesNotContain("No driver name");
        }

        @Test
        void an_undecided_fix_is_simulated_without_it_and_says_so() {
            reading = new WhatIfService.Reading(Status.UNKNOWN, null, List.of("hotfixes", "files"));

            assertThat(run("fleet.json", "--host", "SRV-DB-01", "--event", "hotswap:NIC1")).isZero();
            assertThat(out.toString()).contains("Note: The inventory does not decide whether the fix is in effect"
                    + " (missing: hotfixes, files): simulated without it; --fixed shows it fixed.")
                    .contains("Halted besides NIC1: NIC2");
        }

        @Test
        void adapters_without_a_driver_name_are_no_all_clear() {
            reading = new WhatIfService.Reading(Status.UNKNOWN, false, List.of("adapterDrivers"));

            assertThat(run("fleet.json", "--host", "SRV-NODRV", "--event", "add-vlan:NIC1:5")).isZero();
            assertThat(out.toString()).contains("Note: No driver name for NIC1, NIC2: which adapters share their"
                    + " miniport driver is unknown");
        }
    }
}
