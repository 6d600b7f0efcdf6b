package org.kbaudit.report;

import java.util.List;

import org.kbaudit.domain.Status;

/**
 * What a JSON report said about one server, as far as comparing two reports needs it.
 *
 * @param fixPresent  {@code null} when the report could not decide
 * @param recommended the recommended action's name, {@code null} when none
 */
public record ReportedServer(String host, Status status, Boolean fixPresent, String fixEvidence,
                             List<String> exposures, String recommended, Integer priority, List<String> missing) {

    public ReportedServer {
        exposures = List.copyOf(exposures);
        missing = List.copyOf(missing);
    }
}
