package org.kbaudit.domain;

/** The one verdict per server (VERDICTS.md 4). */
public enum Status {
    EXPOSED, VULNERABLE, UNKNOWN, PROTECTED, NOT_APPLICABLE
}
