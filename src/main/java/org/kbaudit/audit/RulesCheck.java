package org.kbaudit.audit;

import java.nio.file.Path;
import java.util.List;

import org.kbaudit.rules.RuleBase;
import org.kbaudit.rules.RuleFiles;
import org.kbaudit.rules.RulesCompileException;

/**
 * The result of compiling a rule set for {@code kbaudit rules check}.
 *
 * @param problems each as {@code file:line: message}; empty when the rules compile
 */
public record RulesCheck(String origin, String sha256, int files, int rules, List<String> problems) {

    public static RulesCheck of(Path rulesFolder) {
        RuleFiles files = RuleSets.files(rulesFolder);
        try {
            RuleBase base = RuleBase.compile(files);
            return new RulesCheck(files.origin(), files.sha256(), files.drlByName().size(), base.ruleNames().size(),
                    List.of());
        } catch (RulesCompileException e) {
            return new RulesCheck(files.origin(), files.sha256(), files.drlByName().size(), 0, e.problems());
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
