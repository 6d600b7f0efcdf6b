package org.kbaudit.rules.facts;

import org.kbaudit.domain.Platform;

/** The server's platform and how it was decided. Absent means unknown. */
public record PlatformOf(Platform platform, String basis) {
}
