package org.kbaudit.domain;

import java.util.List;

/**
 * What to do about one server (VERDICTS.md 5).
 *
 * @param recommended                 the option the policy picks; {@code null} when nothing is needed or it cannot be decided
 * @param options                     every option that would fix it, in the article's order
 * @param minimumServicePackForHotfix the hotfix's prerequisite on this platform; {@code null} when the platform is unknown
 * @param restartRequired             whether the action needs a restart
 * @param files                       the files to deploy and verify afterwards, for the platform
 */
public record Remediation(Action recommended, List<Action> options, Integer minimumServicePackForHotfix,
                          boolean restartRequired, List<HotfixFile> files) {

    public static final Remediation NONE = new Remediation(null, List.of(), null, false, List.of());

    public Remediation {
        options = List.copyOf(options);
        files = List.copyOf(files);
    }
}
