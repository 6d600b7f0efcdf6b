package org.kbaudit.rules.facts;

/** The service pack the hotfix needs on the server's platform. */
public record HotfixPrerequisite(int minimumServicePack) {
}
