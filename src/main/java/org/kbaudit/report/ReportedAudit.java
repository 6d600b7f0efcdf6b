package org.kbaudit.report;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON report as {@code diff} reads it: the settings it was made with and its servers.
 *
 * @param servers by lower-case host, in report order
 */
public record ReportedAudit(ReportSettings settings, Map<String, ReportedServer> servers) {

    public ReportedAudit {
        Objects.requireNonNull(settings, "settings");
        servers = Collections.unmodifiableMap(servers);
    }
}
