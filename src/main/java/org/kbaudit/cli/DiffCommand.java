package org.kbaudit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kbaudit.report.DiffConsole;
import org.kbaudit.report.DiffXlsxWriter;
import org.kbaudit.report.JsonReportReader;
import org.kbaudit.report.ReportDiff;
import org.kbaudit.report.ReportFormatException;
import org.kbaudit.report.ReportedAudit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kbaudit diff OLD.json NEW.json [--xlsx FILE]}: what changed between two audits. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two JSON reports: the settings that differ, then what changed host by host.",
                "Settings first (--prefer, --scope, rules), then each host as regressed, newly exposed, changed"
                        + " (status, recommended action or priority), fixed, appeared, disappeared or unchanged, with"
                        + " the change and why."})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "the earlier report")
    Path oldReport;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "the later report")
    Path newReport;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "also write the comparison as a workbook")
    Path xlsx;

    @Override
    public Integer call() {
        if (xlsx != null && (same(xlsx, oldReport) || same(xlsx, newReport))) {
            return fail(xlsx + ": the workbook would overwrite a report being compared");
        }
        try {
            ReportedAudit before = JsonReportReader.read(oldReport, oldReport.toString());
            ReportedAudit after = JsonReportReader.read(newReport, newReport.toString());
            ReportDiff diff = ReportDiff.compare(before, after);
            DiffConsole.render(diff, oldReport.toString(), before.servers().size(), newReport.toString(),
                    after.servers().size(), spec.commandLine().getOut());
            if (xlsx != null) {
                DiffXlsxWriter.write(xlsx, diff, oldReport.toString(), newReport.toString());
            }
            return ExitCodes.AUDITED;
        } catch (ReportFormatException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail(describe(e));
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("kbaudit diff: " + message);
        spec.commandLine().getErr().flush();
        return ExitCodes.NOTHING_AUDITED;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": access denied";
        }
        return "cannot read or write: " + e.getMessage();
    }
}
