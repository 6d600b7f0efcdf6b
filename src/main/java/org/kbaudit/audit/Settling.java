package org.kbaudit.audit;

import org.kbaudit.domain.Server;

/**
 * What is done to every server read before the rules decide it, the same for the audit and for the commands
 * about one server: Windows' software adapters left out ({@link SoftwareAdapters}), then adapter names given
 * twice settled ({@link RepeatedAdapters}).
 */
final class Settling {

    private Settling() {
    }

    /** The server to decide, or its rejection. */
    static Object settle(Server server) {
        return RepeatedAdapters.settle(SoftwareAdapters.leftOut(server));
    }
}
