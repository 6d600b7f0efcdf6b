package org.kbaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.kbaudit.audit.AuditService;
import org.kbaudit.audit.Explanation;
import org.kbaudit.domain.Finding;

/** {@code kbaudit explain}: one server's finding, the rules that fired and the facts they saw. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain the verdict on one server: the facts the rules saw, what they concluded, and which rules fired.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<inventory>", description = "Inventory files or folders.")
    List<Path> inputs;

    @Option(names = "--host", required = true, paramLabel = "NAME", description = "The server to explain.")
    String host;

    @Mixin
    PolicyOptions policy;

    @Override
    public Integer call() {
        AuditService service = AuditService.withRules(policy.rules);
        Explanation explanation = service.explain(service.find(inputs, host), policy.policy());
        FindingText.explain(explanation.finding(), explanation.conclusions(), spec.commandLine().getOut());
        return ExitCodes.AUDITED;
    }
}
