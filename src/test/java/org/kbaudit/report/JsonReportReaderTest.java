package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbaudit.domain.Status;

class JsonReportReaderTest {

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        Path p = dir.resolve("r.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void readsTheServersOfTheContract() throws Exception {
        ReportedAudit report = JsonReportReader.read(file("""
                {"kb": "KB907019", "policy": {"prefer": "service-pack", "scope": "same-driver"},
                 "summary": {"read": 2, "byStatus": {"EXPOSED": 1}},
                 "servers": [
                   {"host": "SRV-DB-01", "status": "EXPOSED", "exposures": ["HOT_SWAP_CASCADE"],
                    "fix": {"present": false, "evidence": "Netcfgx.dll 5.2.3790.1830 < 5.2.3790.2520"},
                    "remediation": {"recommended": "INSTALL_SP2", "options": ["INSTALL_SP2"]}, "priority": 2,
                    "missing": [], "warnings": [], "rules": ["r"]},
                   {"host": "W2K", "status": "NOT_APPLICABLE", "fix": {"present": null}, "remediation": null}
                 ],
                 "rejected": []}
                """), "r.json");
        Map<String, ReportedServer> servers = report.servers();
        assertThat(servers).containsOnlyKeys("srv-db-01", "w2k");
        ReportedServer db = servers.get("srv-db-01");
        assertThat(db.status()).isEqualTo(Status.EXPOSED);
        assertThat(db.fixPresent()).isFalse();
        assertThat(db.fixEvidence()).contains("1830");
        assertThat(db.recommended()).isEqualTo("INSTALL_SP2");
        assertThat(db.exposures()).containsExactly("HOT_SWAP_CASCADE");
        assertThat(servers.get("w2k").fixPresent()).isNull();
        assertThat(servers.get("w2k").recommended()).isNull();
    }

    @Test
    void readsThePolicyAndRulesTheReportWasMadeWithWhereverTheyStand() throws Exception {
        ReportedAudit report = JsonReportReader.read(file("""
                {"kb": "KB907019", "servers": [{"host": "A", "status": "EXPOSED"}],
                 "rules": {"source": "my-rules", "sha256": "abc123"},
                 "policy": {"prefer": "hotfix", "scope": "all-adapters"}}
                """), "r.json");

        assertThat(report.settings()).isEqualTo(new ReportSettings("hotfix", "all-adapters", "my-rules", "abc123"));
        assertThat(report.servers()).containsOnlyKeys("a");
    }

    @Test
    void aReportThatDoesNotRecordItsSettingsIsReadWithThemUnrecorded() throws Exception {
        assertThat(JsonReportReader.read(file("{\"servers\": []}"), "r.json").settings())
                .isEqualTo(ReportSettings.UNRECORDED);
        assertThat(JsonReportReader.read(file("{\"policy\": null, \"rules\": {\"source\": \"bundled\"},"
                + " \"servers\": []}"), "r.json").settings())
                .isEqualTo(new ReportSettings(null, null, "bundled", null));
    }

    @Test
    void settingsOfTheWrongShapeAreRefusedNamingFileAndPosition() throws Exception {
        assertThatThrownBy(() -> JsonReportReader.read(file("{\"servers\": [],\n \"policy\": \"hotfix\"}"), "a.json"))
                .isInstanceOf(ReportFormatException.class).hasMessage("a.json line 2, column 12: 'policy' must be an object");
        assertThatThrownBy(() -> JsonReportReader.read(file("{\"rules\": {\"sha256\": 7}, \"servers\": []}"), "a.json"))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("a.json line 1")
                .hasMessageContaining("'rules.sha256' must be a string");
    }

    @Test
    void brokenJsonNamesFileLineAndColumn() throws Exception {
        Path p = file("{\"servers\": [\n  {\"host\": \"A\", \"status\": \"EXPOSED\"},\n  {\"host\": \"B\" \"status\": 1}\n]}");
        assertThatThrownBy(() -> JsonReportReader.read(p, "old.json"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageStartingWith("old.json line 3, column ");
    }

    @Test
    void anUnknownStatusIsRefusedWithTheValidValues() throws Exception {
        Path p = file("{\"servers\": [\n {\"host\": \"A\", \"status\": \"FINE\"}]}");
        assertThatThrownBy(() -> JsonReportReader.read(p, "new.json"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("new.json line 2").hasMessageContaining("FINE").hasMessageContaining("PROTECTED");
    }

    @Test
    void aServerWithoutHostOrADuplicateHostIsRefused() throws Exception {
        assertThatThrownBy(() -> JsonReportReader.read(file("{\"servers\": [{\"status\": \"EXPOSED\"}]}"), "a.json"))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> JsonReportReader.read(file(
                "{\"servers\": [{\"host\": \"A\", \"status\": \"EXPOSED\"}, {\"host\": \"a\", \"status\": \"EXPOSED\"}]}"), "a.json"))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("twice");
    }

    @Test
    void aDocumentWithoutServersIsNotAReport() throws Exception {
        assertThatThrownBy(() -> JsonReportReader.read(file("{\"hosts\": []}"), "x.json"))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("x.json").hasMessageContaining("servers");
        assertThatThrownBy(() -> JsonReportReader.read(file("[1, 2]"), "x.json"))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("x.json line 1");
        assertThatThrownBy(() -> JsonReportReader.read(file(""), "x.json"))
                .isInstanceOf(ReportFormatException.class);
    }
}
