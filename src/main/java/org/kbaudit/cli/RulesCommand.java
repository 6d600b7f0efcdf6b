package org.kbaudit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.kbaudit.audit.RulesCheck;

/** {@code kbaudit rules}: work with the rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the DRL rules.",
        subcommands = RulesCommand.Check.class)
public final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kbaudit rules check}: compiles the rules and reports every problem as {@code file:line: message}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile the rules; list every problem as file:line: message (exit 2 on error).")
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--rules", paramLabel = "DIR", description = "The folder to check instead of the bundled rules.")
        Path rules;

        @Override
        public Integer call() {
            RulesCheck check = RulesCheck.of(rules);
            if (check.ok()) {
                spec.commandLine().getOut().printf("rules OK: %d rules in %d files from %s (sha256 %s)%n",
                        check.rules(), check.files(), check.origin(), check.sha256());
                return ExitCodes.AUDITED;
            }
            for (String problem : check.problems()) {
                spec.commandLine().getErr().println(problem);
            }
            spec.commandLine().getErr().printf("kbaudit: %d problem(s) in the rules of %s%n",
                    check.problems().size(), check.origin());
            return ExitCodes.NOTHING_AUDITED;
        }
    }
}
