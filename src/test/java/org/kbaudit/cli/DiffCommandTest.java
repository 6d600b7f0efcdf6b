package org.kbaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class DiffCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new DiffCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private Path report(String name, String... servers) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "{\"kb\": \"KB907019\", \"servers\": [" + String.join(",", servers) + "]}");
        return p;
    }

    private static String server(String host, String status, String evidence) {
        return "{\"host\": \"" + host + "\", \"status\": \"" + status + "\", \"fix\": {\"present\": "
                + status.equals("PROTECTED") + ", \"evidence\": \"" + evidence + "\"}}";
    }

    @Test
    void printsEachChangedHostWithWhyAndExitsZero() throws Exception {
        Path old = report("old.json", server("A", "EXPOSED", "Netcfgx.dll 5.2.3790.1830"), server("B", "PROTECTED", "SP2"),
                server("C", "VULNERABLE", "SP1"));
        Path neu = report("new.json", server("A", "PROTECTED", "Netcfgx.dll 5.2.3790.2520"), server("B", "EXPOSED", "restart pending"),
                server("C", "VULNERABLE", "SP1"));
        assertThat(run(old.toString(), neu.toString())).isEqualTo(ExitCodes.AUDITED);
        assertThat(err.toString()).isEmpty();
        String text = out.toString();
        assertThat(text).contains("fixed 1").contains("regressed 1").contains("unchanged 1");
        assertThat(text).containsPattern("(?m)^  A +EXPOSED -> PROTECTED.*5\\.2\\.3790\\.1830.*5\\.2\\.3790\\.2520");
        assertThat(text).containsPattern("(?m)^  B +PROTECTED -> EXPOSED.*restart pending");
        assertThat(text).doesNotContainPattern("(?m)^  C ");
    }

    @Test
    void writesTheComparisonAsAWorkbook() throws Exception {
        Path old = report("old.json", server("A", "EXPOSED", "x"), server("=HYPERLINK(\\\"http://x\\\")", "PROTECTED", "y"));
        Path neu = report("new.json", server("A", "PROTECTED", "z"));
        Path xlsx = dir.resolve("diff.xlsx");
        assertThat(run(old.toString(), neu.toString(), "--xlsx", xlsx.toString())).isEqualTo(ExitCodes.AUDITED);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet changes = wb.getSheet("Changes");
            assertThat(changes.getLastRowNum()).isEqualTo(2);
            List<String> hosts = new ArrayList<>();
            for (int r = 1; r <= 2; r++) {
                hosts.add(changes.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(hosts).containsExactly("A", "=HYPERLINK(\"http://x\")");
            assertThat(changes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("fixed");
            assertThat(changes.getRow(2).getCell(1).getStringCellValue()).isEqualTo("disappeared");
            assertThat(changes.getPaneInformation().isFreezePane()).isTrue();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("old.json", "new.json", "diff.xlsx");
        }
    }

    /** Two audits of the same fleet, apart from the options given to the second. */
    private Path[] twoAudits(String... secondOptions) throws Exception {
        Path fleet = Files.writeString(dir.resolve("fleet.json"), "[" + CommandLineTest.EXPOSED_SERVER + ","
                + CommandLineTest.PROTECTED_SERVER + "," + """
                {"host": "SRV-TWO-DRIVERS", "os": "Windows Server 2003, Standard Edition", "osVersion": "5.2.3790",
                 "architecture": "x86", "servicePack": "SP1", "hotfixes": [],
                 "adapters": [{"name": "NIC1", "driver": "E1000"}, {"name": "NIC2", "driver": "b57w2k"}]}]""");
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertThat(CommandLineTest.run("audit", fleet.toString(), "--quiet", "--json", first.toString()).exit()).isZero();
        List<String> args = new ArrayList<>(List.of("audit", fleet.toString(), "--quiet", "--json", second.toString()));
        args.addAll(List.of(secondOptions));
        assertThat(CommandLineTest.run(args.toArray(String[]::new)).exit()).isZero();
        return new Path[] {first, second};
    }

    @Test
    void anotherPreferenceIsSaidFirstAndEveryServerWhoseActionItChangedIsChanged() throws Exception {
        Path[] reports = twoAudits("--prefer", "hotfix");

        assertThat(run(reports[0].toString(), reports[1].toString())).isEqualTo(ExitCodes.AUDITED);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Made with different --prefer: service-pack in " + reports[0] + ", hotfix in "
                + reports[1] + " (a change of recommended action may come from this alone)");
        assertThat(lines.get(1)).startsWith(reports[0] + ": 3 servers");
        assertThat(out.toString()).contains("changed 2").contains("unchanged 1")
                .containsPattern("(?m)^  SRV-EXPOSED +action: INSTALL_SP2 -> INSTALL_HOTFIX$")
                .containsPattern("(?m)^  SRV-TWO-DRIVERS +action: INSTALL_SP2 -> INSTALL_HOTFIX$");
    }

    @Test
    void anotherScopeIsSaidFirstSoThatNewlyExposedServersAreNotTakenForAChangeOfTheFleet() throws Exception {
        Path[] reports = twoAudits("--scope", "all-adapters");
        Path xlsx = dir.resolve("diff.xlsx");

        assertThat(run(reports[0].toString(), reports[1].toString(), "--xlsx", xlsx.toString())).isEqualTo(ExitCodes.AUDITED);

        String scopeLine = "Made with different --scope: same-driver in " + reports[0] + ", all-adapters in " + reports[1]
                + " (a change of status, exposures or priority may come from this alone)";
        assertThat(out.toString().lines().toList().get(0)).isEqualTo(scopeLine);
        assertThat(out.toString()).contains("newly exposed 1").containsPattern("(?m)^  SRV-TWO-DRIVERS +VULNERABLE -> EXPOSED");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo(scopeLine);
            XSSFSheet changes = wb.getSheet("Changes");
            assertThat(changes.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Priority after");
            assertThat(changes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SRV-TWO-DRIVERS");
            assertThat(changes.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(3);
            assertThat(changes.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void reportsMadeWithTheSameSettingsSayNothingAboutThem() throws Exception {
        Path[] reports = twoAudits();

        assertThat(run(reports[0].toString(), reports[1].toString())).isEqualTo(ExitCodes.AUDITED);

        assertThat(out.toString()).doesNotContain("Made with").startsWith(reports[0] + ": 3 servers")
                .contains("unchanged 3");
    }

    @Test
    void aMalformedReportIsOneLineNamingFileAndPositionAndExitsTwo() throws Exception {
        Path old = report("old.json", server("A", "EXPOSED", "x"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"servers\": [\n  {\"host\": \"A\",, }\n]}");
        assertThat(run(old.toString(), bad.toString())).isEqualTo(ExitCodes.NOTHING_AUDITED);
        String message = err.toString();
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains(bad.toString()).contains("line 2, column");
        assertThat(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingReportExitsTwo() throws Exception {
        Path old = report("old.json", server("A", "EXPOSED", "x"));
        assertThat(run(old.toString(), dir.resolve("nope.json").toString())).isEqualTo(ExitCodes.NOTHING_AUDITED);
        assertThat(err.toString()).contains("nope.json").hasLineCount(1);
    }

    @Test
    void refusesToOverwriteAReportWithTheWorkbook() throws Exception {
        Path old = report("old.json", server("A", "EXPOSED", "x"));
        Path neu = report("new.json", server("A", "EXPOSED", "x"));
        assertThat(run(old.toString(), neu.toString(), "--xlsx", neu.toString())).isEqualTo(ExitCodes.NOTHING_AUDITED);
        assertThat(Files.readString(neu)).contains("\"A\"");
    }
}
