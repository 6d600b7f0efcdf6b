package org.kbaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar on the sample inventories, as the README tells a user to. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "kbaudit.jar");

    record Run(int exit, String out, String err) {
    }

    private static Run kbaudit(String... args) throws IOException, InterruptedException {
        return kbauditWithHeap("340m", args);
    }

    @Test
    void the_readme_audit_of_the_sample_inventories_writes_both_reports_and_accounts_for_every_record(@TempDir Path dir)
            throws Exception {
        Path json = dir.resolve("report.json");
        Path xlsx = dir.resolve("report.xlsx");
        Run run = kbaudit("audit", "inventories", "--json", json.toString(), "--xlsx", xlsx.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode summary = report.get("summary");
        assertThat(summary.get("read").asLong())
                .isEqualTo(summary.get("audited").asLong() + summary.get("rejected").asLong());
        assertThat(report.get("servers")).hasSize(summary.get("audited").asInt());
        assertThat(report.get("rejected")).hasSize(summary.get("rejected").asInt());
        for (String status : List.of("EXPOSED", "VULNERABLE", "UNKNOWN", "PROTECTED", "NOT_APPLICABLE")) {
            assertThat(summary.get("byStatus").get(status).asLong()).as(status).isPositive();
        }
        assertThat(summary.get("simulationDisagreements").asLong()).isZero();
        assertThat(run.out()).contains("audited").contains("Patch first (").containsPattern("(?m)^  P1 \\S+ +EXPOSED ");
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheet("Findings").getLastRowNum()).isEqualTo(summary.get("audited").asInt());
        }
    }

    @Test
    void fail_on_exposed_exits_1_and_a_missing_input_exits_2_with_one_line(@TempDir Path dir) throws Exception {
        assertThat(kbaudit("audit", "inventories", "--quiet", "--fail-on", "EXPOSED").exit()).isEqualTo(1);

        Run missing = kbaudit("audit", dir.resolve("nothing-here.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nothing-here.json").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void the_launcher_beside_the_jar_runs_it_with_its_class_data_archive() throws Exception {
        Path launcher = Path.of("target", "kbaudit");
        assertThat(launcher).isExecutable();
        assertThat(Path.of("target", "kbaudit.jsa")).as("class-data archive recorded by the build").exists();
        Process process = new ProcessBuilder(launcher.toString(), "--version")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).startsWith("kbaudit ").contains("KB907019");
        assertThat(err).as("no class-data sharing warnings").isEmpty();
    }

    @Test
    void rules_check_accepts_the_bundled_rules() throws Exception {
        Run run = kbaudit("rules", "check");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("rules OK");
    }

    @Test
    void the_same_input_gives_the_same_json_bytes(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        assertThat(kbaudit("audit", "inventories", "--quiet", "--json", first.toString()).exit()).isZero();
        assertThat(kbaudit("audit", "inventories", "--quiet", "--json", second.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void a_run_stopped_by_sigterm_leaves_no_report_and_no_temporary_file(@TempDir Path dir) throws Exception {
        Path fleet = dir.resolve("fleet.jsonl");
        assertThat(kbaudit("generate", "--servers", "300000", "--seed", "3", "--format", "jsonl", "--out",
                fleet.toString()).exit()).isZero();
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "audit", fleet.toString(), "--quiet",
                "--json", reports.resolve("r.json").toString(), "--xlsx", reports.resolve("r.xlsx").toString(),
                "--csv", reports.resolve("r.csv").toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (contents(reports).isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("still auditing when its temporary files are there").isTrue();
        assertThat(contents(reports)).as("temporary files while the audit runs").isNotEmpty()
                .allMatch(name -> name.startsWith(".") && name.endsWith(".tmp"));
        Thread.sleep(300); // well into the fleet: findings spilled, workbook parts written
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(contents(reports)).as("what the stopped run left beside its reports").isEmpty();
        assertThat(contents(tmp)).as("what it left in the temporary folder (POI's sheets included)").isEmpty();
    }

    @Test
    void explain_and_simulate_find_the_last_server_of_a_fleet_larger_than_their_heap(@TempDir Path dir) throws Exception {
        Path fleet = dir.resolve("fleet.jsonl");
        assertThat(kbaudit("generate", "--servers", "150000", "--seed", "5", "--format", "jsonl", "--out",
                fleet.toString()).exit()).isZero();
        String tail;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(fleet.toFile(), "r")) {
            byte[] end = new byte[16_384];
            file.seek(file.length() - end.length);
            file.readFully(end);
            tail = new String(end, StandardCharsets.UTF_8).strip();
        }
        JsonNode last = new ObjectMapper().readTree(tail.substring(tail.lastIndexOf('\n') + 1));
        String host = last.get("host").asText();

        Run explain = kbauditWithHeap("64m", "explain", fleet.toString(), "--host", host);
        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith(host + ": ");

        String adapter = last.get("adapters").get(0).get("name").asText();
        Run simulate = kbauditWithHeap("64m", "simulate", fleet.toString(), "--host", host, "--event",
                "hotswap:" + adapter, "--defective");
        assertThat(simulate.exit()).as(simulate.err()).isZero();
        assertThat(simulate.out()).contains(adapter + ": removed");
    }

    private static Run kbauditWithHeap(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> contents(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

}
