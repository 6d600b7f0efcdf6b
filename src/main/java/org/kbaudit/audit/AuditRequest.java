package org.kbaudit.audit;

import java.nio.file.Path;
import java.util.List;

import org.kbaudit.domain.Policy;

/**
 * One audit as the user asked for it.
 *
 * @param inputs      files and folders to read
 * @param policy      --prefer and --scope
 * @param rulesFolder the folder given with --rules, or {@code null} for the bundled rules
 * @param reports     the report files to write
 */
public record AuditRequest(List<Path> inputs, Policy policy, Path rulesFolder, Reports reports) {

    public AuditRequest {
        inputs = List.copyOf(inputs);
    }
}
