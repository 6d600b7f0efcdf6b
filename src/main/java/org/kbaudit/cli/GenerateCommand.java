package org.kbaudit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.kbaudit.generate.FleetFormat;
import org.kbaudit.generate.FleetWriter;
import org.kbaudit.generate.SyntheticFleet;

/** {@code kbaudit generate}: a deterministic synthetic fleet, for capacity planning and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic fleet with the variety of real inventories.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--servers", required = true, paramLabel = "N", description = "How many servers.")
    long servers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The same seed gives the same fleet (default 1).")
    long seed;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|jsonl|csv|xlsx",
            converter = FormatConverter.class, description = "Output format (default json; csv and xlsx are flat: one row per adapter).")
    FleetFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (servers < 0) {
            spec.commandLine().getErr().println("kbaudit: --servers must be 0 or more");
            return ExitCodes.NOTHING_AUDITED;
        }
        FleetWriter.write(new SyntheticFleet(seed), servers, format, out);
        spec.commandLine().getOut().printf("wrote %d servers (seed %d) as %s to %s%n", servers, seed, format.label(), out);
        return ExitCodes.AUDITED;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FleetFormat> {
        @Override
        public FleetFormat convert(String value) {
            try {
                return FleetFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
