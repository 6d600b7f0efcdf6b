package org.kbaudit.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.kbaudit.audit.AuditService;
import org.kbaudit.audit.Inventory;
import org.kbaudit.audit.WhatIfService;
import org.kbaudit.domain.KbauditException;

/** {@code kbaudit}: the top-level command; the work is done by its subcommands. */
@Command(name = "kbaudit", mixinStandardHelpOptions = true, versionProvider = KbauditCommand.Version.class,
        description = "Audits Windows servers against Microsoft KB907019: network adapters that share a miniport "
                + "driver halt together on hot swap, and VLANs go dark while shown active.",
        subcommands = {AuditCommand.class, ExplainCommand.class, DiffCommand.class, GenerateCommand.class, RulesCommand.class,
                CommandLine.HelpCommand.class})
public final class KbauditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with kbaudit's error handling: one line per failure, a stack trace only with --debug. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KbauditCommand());
        cli.addSubcommand("simulate", new SimulateCommand((inventory, host) -> Inventory.find(List.of(inventory), host), new WhatIfService(),
                WhatIfService.auditReading()));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(KbauditCommand::badArguments);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                    || (parseResult.subcommand() != null && parseResult.subcommand().subcommand() != null
                        && parseResult.subcommand().subcommand().hasMatchedOption("--debug"));
            if (e instanceof KbauditException) {
                err.println("kbaudit: " + e.getMessage());
            } else {
                err.println("kbaudit: unexpected failure (a defect of kbaudit): " + e
                        + (debug ? "" : " - run again with --debug for the details"));
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.NOTHING_AUDITED;
        });
        return cli;
    }

    /**
     * Bad arguments: the error on one line and where to read the usage, instead of the whole usage text
     * (which {@code --help} still prints as it is).
     */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("kbaudit: " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.NOTHING_AUDITED;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kbaudit " + AuditService.TOOL_VERSION + " (KB907019)"};
        }
    }
}
