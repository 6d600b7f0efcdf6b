package org.kbaudit.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import org.kbaudit.domain.Policy;

/** The options that change how servers are judged: --prefer, --scope, --rules. Shared by every command that audits. */
public final class PolicyOptions {

    @Option(names = "--prefer", paramLabel = "service-pack|hotfix", converter = PreferConverter.class,
            description = "Which remediation to recommend: service-pack (default, the article's order) or hotfix "
                    + "(the smallest change whose prerequisite is met).")
    Policy.Prefer prefer = Policy.Prefer.SERVICE_PACK;

    @Option(names = "--scope", paramLabel = "same-driver|all-adapters", converter = ScopeConverter.class,
            description = "Which adapters a halt reaches: same-driver (default, the Symptoms) or all-adapters "
                    + "(conservative: the Cause read literally).")
    Policy.Scope scope = Policy.Scope.SAME_DRIVER;

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the .drl files of this folder instead of the bundled rules.")
    Path rules;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    public Policy policy() {
        return new Policy(prefer, scope);
    }

    static final class PreferConverter implements ITypeConverter<Policy.Prefer> {
        @Override
        public Policy.Prefer convert(String value) {
            return Arrays.stream(Policy.Prefer.values()).filter(p -> p.label().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of "
                            + Arrays.stream(Policy.Prefer.values()).map(Policy.Prefer::label)
                            .collect(Collectors.joining(", "))));
        }
    }

    static final class ScopeConverter implements ITypeConverter<Policy.Scope> {
        @Override
        public Policy.Scope convert(String value) {
            return Arrays.stream(Policy.Scope.values()).filter(p -> p.label().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of "
                            + Arrays.stream(Policy.Scope.values()).map(Policy.Scope::label)
                            .collect(Collectors.joining(", "))));
        }
    }
}
