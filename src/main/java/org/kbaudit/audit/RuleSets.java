package org.kbaudit.audit;

import java.nio.file.Path;

import org.kbaudit.rules.RuleBase;
import org.kbaudit.rules.RuleFiles;

/** Where a run's rules come from: the bundled copy of {@code rules/}, or the folder given with --rules. */
public final class RuleSets {

    private RuleSets() {
    }

    public static RuleFiles files(Path rulesFolder) {
        return rulesFolder == null ? RuleFiles.bundled() : RuleFiles.folder(rulesFolder);
    }

    /** The bundled rules load precompiled; any other folder is compiled now. */
    static RuleBase load(RuleFiles files) {
        return files.origin().equals("bundled") ? RuleBase.bundled() : RuleBase.compile(files);
    }
}
