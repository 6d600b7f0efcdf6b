package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.report.FindingFixture.server;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Status;

class CsvFindingsWriterTest {

    @TempDir
    Path dir;

    private List<CSVRecord> write(List<Finding> findings) throws Exception {
        Path out = dir.resolve("findings.csv");
        try (CsvFindingsWriter w = new CsvFindingsWriter(out)) {
            w.begin(FindingFixture.run());
            for (Finding f : findings) {
                w.finding(f);
            }
            w.end(FindingFixture.summaryOf(findings, 0));
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (Reader r = new StringReader(text.substring(1))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3", "@SUM(A1)", "\tTAB", "\rCR", "\u0000=3+3",
        "\n\u0001@SUM(A1)"})
    void textThatASpreadsheetWouldEvaluateIsPrefixedWithAQuote(String host) throws Exception {
        List<CSVRecord> rows = write(List.of(server(host).status(Status.VULNERABLE).adapter("N1", "E1000", false).build()));
        assertThat(rows.get(0).get("Host")).isEqualTo("'" + host);
    }

    @Test
    void ordinaryTextIsLeftAlone() throws Exception {
        List<CSVRecord> rows = write(List.of(server("SRV-01").status(Status.PROTECTED).build()));
        assertThat(rows.get(0).get("Host")).isEqualTo("SRV-01");
        assertThat(rows.get(0).get("Status")).isEqualTo("PROTECTED");
    }

    @Test
    void criticalityIsWrittenAsTheJsonReportAndTheInventoryModelWriteIt() throws Exception {
        List<CSVRecord> rows = write(List.of(server("SRV-01").criticality(org.kbaudit.domain.Criticality.CRITICAL)
                .status(Status.PROTECTED).build()));
        assertThat(rows.get(0).get("Criticality")).isEqualTo("critical");
    }

    @Test
    void commasQuotesAndLineBreaksSurviveARoundTrip() throws Exception {
        String owner = "Ops, \"night\" shift\nsecond line";
        List<CSVRecord> rows = write(List.of(server("A").owner(owner).status(Status.VULNERABLE)
                .adapter("N1", "E1000", false).build()));
        assertThat(rows.get(0).get("Owner")).isEqualTo(owner);
        assertThat(rows.get(0).size()).isEqualTo(FindingColumns.HEADERS.size());
    }

    @Test
    void keepsInputOrderAndHasTheFindingsColumns() throws Exception {
        List<Finding> findings = SampleFleet.findings();
        List<CSVRecord> rows = write(findings);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(FindingColumns.HEADERS);
        assertThat(rows).extracting(r -> r.get("Host").replaceFirst("^'", ""))
                .containsExactlyElementsOf(findings.stream().map(Finding::host).toList());
    }

    @Test
    void abortLeavesNothing() throws Exception {
        Path out = dir.resolve("findings.csv");
        try (CsvFindingsWriter w = new CsvFindingsWriter(out)) {
            w.begin(FindingFixture.run());
            w.finding(server("A").build());
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
