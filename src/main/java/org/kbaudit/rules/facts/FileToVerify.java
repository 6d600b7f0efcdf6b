package org.kbaudit.rules.facts;

import org.kbaudit.domain.HotfixFile;

/** A file of the hotfix to deploy and to verify after the restart. */
public record FileToVerify(HotfixFile file) {
}
