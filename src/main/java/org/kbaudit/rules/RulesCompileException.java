package org.kbaudit.rules;

import java.util.List;

import org.kbaudit.domain.KbauditException;

/** The rules do not compile; {@link #problems()} lists each as {@code file:line: message}. */
public class RulesCompileException extends KbauditException {

    private final List<String> problems;

    public RulesCompileException(List<String> problems) {
        super(problems.isEmpty() ? "the rules do not compile" : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
