package org.kbaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample fleet gives the verdicts {@code inventories/README.md} describes, host by host: that page is
 * the first thing a new user reads beside the report, so it must stay true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleFleetTest {

    @TempDir
    static Path dir;

    private Map<String, JsonNode> standard;
    private JsonNode standardReport;

    @BeforeAll
    void audit() throws Exception {
        standardReport = report();
        standard = byHost(standardReport);
    }

    private JsonNode report(String... options) throws Exception {
        Path json = dir.resolve("report-" + String.join("", options).replace("-", "") + ".json");
        List<String> args = new java.util.ArrayList<>(List.of("audit", "inventories", "--quiet", "--json", json.toString()));
        args.addAll(List.of(options));
        CommandLineTest.Result r = CommandLineTest.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(json.toFile());
    }

    private static Map<String, JsonNode> byHost(JsonNode report) {
        Map<String, JsonNode> hosts = new LinkedHashMap<>();
        report.get("servers").forEach(s -> hosts.put(s.get("host").asText(), s));
        return hosts;
    }

    /** Each host of a group with the status the sample's README gives it (and the priority, where it says). */
    private void expect(String status, Integer priority, String... hosts) {
        for (String host : hosts) {
            JsonNode finding = standard.get(host);
            assertThat(finding).as(host).isNotNull();
            assertThat(finding.get("status").asText()).as(host).isEqualTo(status);
            if (priority != null) {
                assertThat(finding.get("priority").asInt()).as(host).isEqualTo(priority);
            }
        }
    }

    private String recommended(Map<String, JsonNode> findings, String host) {
        return findings.get(host).get("remediation").get("recommended").asText();
    }

    @Test
    void fifty_seven_records_fifty_three_audited_and_four_rejected_naming_their_places() {
        JsonNode summary = standardReport.get("summary");
        assertThat(summary.get("read").asInt()).isEqualTo(57);
        assertThat(summary.get("audited").asInt()).isEqualTo(53);
        assertThat(standardReport.get("rejected")).extracting(r -> r.get("location").asText()).containsExactly(
                "$.servers[20].host", "$.servers[21]", "line 9 $.adapters[0].vlans[0]", "line 10 $.files[0].version");
        assertThat(standardReport.get("rejected").get(1).get("reason").asText()).contains("DC1-SQL-01");
    }

    @Test
    void the_asset_database_export() {
        expect("EXPOSED", 1, "DC1-SQL-01", "DC1-WEB-01", "DC2-ERP-01", "DC1-FS-02");
        assertThat(standard.get("DC1-FS-02").get("warnings").toString()).contains("5.2.3790.1830");
        expect("EXPOSED", 2, "DC1-APP-03", "DC2-VS-01", "BR-LON-DC01");
        expect("VULNERABLE", 3, "DC1-PRN-01", "BR-PAR-FS01", "DEV-XP64-07", "DC2-MON-01");
        for (String host : List.of("DC1-EX-01", "DC2-SP2-PENDING")) {
            assertThat(recommended(standard, host)).as(host).isEqualTo("RESTART");
        }
        expect("PROTECTED", null, "DC1-DC-01", "DC1-SQL-02", "DC2-WEB-02", "DC1-CTX-04", "DC2-HV-02", "DC1-R2-05",
                "LAB-XP64-02");
        assertThat(standard.get("DC2-HV-02").get("warnings").toString()).contains("hotfix file set incomplete");
        assertThat(standard.get("DC1-R2-05").get("warnings")).isNotEmpty();
        assertThat(standard.get("DC2-OLD-09").get("warnings")).isNotEmpty();
        assertThat(standard.get("BR-MAD-DC01").get("platform").asText()).isEqualTo("X86");
        assertThat(standard.get("BR-MAD-DC01").get("warnings")).isNotEmpty();
        expect("UNKNOWN", 4, "DC1-ARCH-01", "DC2-BKP-01", "DC1-NOINV-01", "DC2-NODRV-01");
        for (String host : List.of("DC1-ARCH-01", "DC2-BKP-01")) {
            assertThat(standard.get(host).get("ifUnpatched").isNull()).as(host).isFalse();
        }
        assertThat(standard.get("DC1-NOINV-01").get("missing").toString()).contains("adapters");
        assertThat(standard.get("DC2-NODRV-01").get("missing").toString()).contains("adapterDrivers");
    }

    @Test
    void the_branch_offices_and_the_workbook_and_the_sccm_export_and_the_captures() {
        expect("UNKNOWN", null, "DC1-MYSTERY-01");
        assertThat(standard.get("DC1-MYSTERY-01").get("missing").toString()).contains("os");
        expect("NOT_APPLICABLE", null, "DC1-W2K-01", "WKS-XP-112", "DC2-2008-01", "DC1-RHEL-01", "DC2-SOL-01",
                "EAST-LEGACY01", "SCCM-HV01", "SCCM-OLD01");
        expect("EXPOSED", 1, "EAST-DC01", "SCCM-FILE01");
        assertThat(standard.get("EAST-DC01").get("exposures").toString()).contains("SILENT_VLAN_LOSS");
        expect("EXPOSED", null, "EAST-FS01");
        assertThat(recommended(standard, "EAST-FS01")).isEqualTo("RESTART");
        expect("EXPOSED", 2, "EAST-ITAN01", "SCCM-TERM01", "CAP-SP1-X64");
        expect("VULNERABLE", 3, "EAST-WEB01", "CAP-RTM-X86");
        expect("UNKNOWN", 4, "EAST-APP01", "SCCM-DB02");
        assertThat(standard.get("EAST-APP01").get("platform").asText()).isEqualTo("X86");
        expect("PROTECTED", null, "EAST-DC02", "EAST-SQL01", "SCCM-PRINT01", "SCCM-MAIL01", "CAP-SP2-X86");
        assertThat(standard.get("SCCM-PRINT01").get("warnings").toString()).contains("Location");
    }

    @Test
    void the_london_branch_collected_with_systeminfo_as_csv() {
        expect("EXPOSED", 2, "BR-LON-WEB01");
        assertThat(standard.get("BR-LON-WEB01").get("atRiskAdapters")).extracting(JsonNode::asText)
                .containsExactly("Backup", "Public");
        assertThat(standard.get("BR-LON-WEB01").get("warnings").toString()).contains("inferred from their product names");
        expect("VULNERABLE", 3, "BR-LON-APP01");
        expect("PROTECTED", null, "BR-LON-FS01");
        assertThat(standard.get("BR-LON-FS01").get("platform").asText()).isEqualTo("X64");
    }

    @Test
    void under_the_other_policies_the_changes_the_readme_names() throws Exception {
        Map<String, JsonNode> hotfix = byHost(report("--prefer", "hotfix"));
        assertThat(recommended(hotfix, "DC2-ERP-01")).isEqualTo("INSTALL_SP1_THEN_HOTFIX");
        assertThat(recommended(hotfix, "BR-LON-DC01")).as("x64 at RTM: the hotfix needs no service pack")
                .isEqualTo("INSTALL_HOTFIX");
        Map<String, JsonNode> wide = byHost(report("--scope", "all-adapters"));
        assertThat(wide.get("DC1-PRN-01").get("status").asText()).isEqualTo("EXPOSED");
    }
}
