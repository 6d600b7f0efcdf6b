package org.kbaudit.domain;

import java.time.Instant;
import java.util.List;

/**
 * The facts of one audit run that reports print: what was read, with which rules and policy, when.
 *
 * @param rulesSource  {@code bundled} or the folder given with {@code --rules}
 * @param rulesHash    SHA-256 of the rule files, so two reports can be told apart by the rules that made them
 */
public record RunInfo(List<String> inputs, String rulesSource, String rulesHash, Policy policy, String toolVersion,
                      Instant startedAt) {

    public RunInfo {
        inputs = List.copyOf(inputs);
    }
}
