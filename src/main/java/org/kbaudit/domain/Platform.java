package org.kbaudit.domain;

/** The processor families KB907019 distinguishes (File information). */
public enum Platform {
    X86, X64, IA64
}
