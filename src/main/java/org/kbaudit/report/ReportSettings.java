package org.kbaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a JSON report says it was made with (REPORTS.md: {@code policy} and {@code rules}). A field the
 * report does not hold (a report written by hand, or by an older kbaudit) is {@code null}.
 *
 * @param prefer      {@code policy.prefer}: {@code service-pack} or {@code hotfix}
 * @param scope       {@code policy.scope}: {@code same-driver} or {@code all-adapters}
 * @param rulesSource {@code rules.source}: {@code bundled} or the folder given with {@code --rules}
 * @param rulesSha256 {@code rules.sha256}: the hash of the rule files
 */
public record ReportSettings(String prefer, String scope, String rulesSource, String rulesSha256) {

    /** A report that records none of its settings. */
    public static final ReportSettings UNRECORDED = new ReportSettings(null, null, null, null);

    /** How many hex digits of a rules hash the console shows: enough to tell two rule sets apart. */
    private static final int SHORT_HASH = 12;

    /**
     * One setting that differs between two reports.
     *
     * @param setting     what differs: {@code --prefer}, {@code --scope} or {@code rules}
     * @param before      its value in the old report ({@code not recorded} when it holds none)
     * @param after       its value in the new report
     * @param consequence which changes between the reports it can explain on its own
     */
    public record Difference(String setting, String before, String after, String consequence) {

        /** The difference as one line, naming both reports. */
        public String text(String oldName, String newName) {
            return "Made with different " + setting + ": " + before + " in " + oldName + ", " + after + " in "
                    + newName + " (" + consequence + ")";
        }
    }

    /** What differs from {@code after}, in the order policy, then rules; empty when the settings agree. */
    public List<Difference> differences(ReportSettings after) {
        List<Difference> out = new ArrayList<>();
        if (!Objects.equals(prefer, after.prefer)) {
            out.add(new Difference("--prefer", shown(prefer), shown(after.prefer),
                    "a change of recommended action may come from this alone"));
        }
        if (!Objects.equals(scope, after.scope)) {
            out.add(new Difference("--scope", shown(scope), shown(after.scope),
                    "a change of status, exposures or priority may come from this alone"));
        }
        if (!Objects.equals(rulesSha256, after.rulesSha256)) {
            out.add(new Difference("rules", rules(this), rules(after),
                    "any change may come from the rules rather than from the servers"));
        } else if (!Objects.equals(rulesSource, after.rulesSource)) {
            out.add(new Difference("rules source", rules(this), rules(after),
                    "the rule files are the same, so this alone changes no verdict"));
        }
        return out;
    }

    private static String rules(ReportSettings s) {
        if (s.rulesSource == null && s.rulesSha256 == null) {
            return "not recorded";
        }
        String hash = s.rulesSha256 == null ? "sha256 not recorded"
                : "sha256 " + s.rulesSha256.substring(0, Math.min(SHORT_HASH, s.rulesSha256.length()));
        return shown(s.rulesSource) + " (" + hash + ")";
    }

    private static String shown(String value) {
        return value == null ? "not recorded" : value;
    }
}
