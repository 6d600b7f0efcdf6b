package org.kbaudit.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.kbaudit.audit.AuditRequest;
import org.kbaudit.audit.AuditService;
import org.kbaudit.audit.Reports;
import org.kbaudit.domain.Summary;

/** {@code kbaudit audit}: audits inventories and writes the reports. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit inventories (files or folders: JSON, JSON Lines, .xlsx, .xls, CSV, systeminfo text).")
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file-or-folder>", description = "Inventories to audit.")
    List<Path> inputs;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report (for automation).")
    Path json;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the Excel workbook (for the patch meeting).")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the findings as CSV.")
    Path csv;

    @Option(names = "--fail-on", split = ",", paramLabel = "STATUS",
            description = "Exit 1 when any of these is found: EXPOSED, VULNERABLE, UNKNOWN, PROTECTED, "
                    + "NOT_APPLICABLE, REJECTED, DISAGREEMENT.")
    Set<ExitCodes.FailOn> failOn = EnumSet.noneOf(ExitCodes.FailOn.class);

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Mixin
    PolicyOptions policy;

    @Override
    public Integer call() throws Exception {
        Reports reports = new Reports(json, xlsx, csv);
        AuditRequest request = new AuditRequest(inputs, policy.policy(), policy.rules, reports);
        AuditService service = AuditService.withRules(request.rulesFolder());
        List<Path> notRead = reports.foundIn(inputs);
        ConsoleDigest digest = new ConsoleDigest();
        Summary summary;
        try (ProgressDisplay progress = ProgressDisplay.startIfTerminal(quiet)) {
            summary = service.run(request, List.of(digest), progress);
        }
        if (!quiet) {
            digest.print(summary, reports.targets().stream().map(Path::toString).toList(),
                    notRead.stream().map(Path::toString).toList(),
                    service.notInventories(inputs, reports).stream().map(Path::toString).toList(), spec.commandLine().getOut());
        }
        int code = ExitCodes.compute(summary, failOn);
        if (code == ExitCodes.NOTHING_AUDITED) {
            spec.commandLine().getErr().println("kbaudit: nothing could be audited in " + String.join(", ",
                    inputs.stream().map(Path::toString).toList())
                    + (summary.rejected() > 0 ? " (" + summary.rejected() + " record(s) rejected)" : ""));
        }
        return code;
    }
}
