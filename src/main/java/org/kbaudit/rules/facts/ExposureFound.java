package org.kbaudit.rules.facts;

import org.kbaudit.domain.Exposure;

/** An exposure of VERDICTS.md 4 that holds for the server while the fix is not in effect. */
public record ExposureFound(Exposure exposure) {
}
