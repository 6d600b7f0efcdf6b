package org.kbaudit.domain;

/** Remediation options (VERDICTS.md 5). */
public enum Action {
    INSTALL_SP2, INSTALL_HOTFIX, INSTALL_SP1_THEN_HOTFIX, RESTART
}
