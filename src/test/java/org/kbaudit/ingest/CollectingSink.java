package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;

import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/** Keeps what a loader delivers, for assertions. */
final class CollectingSink implements RecordSink {

    final List<Server> servers = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void server(Server server) {
        servers.add(server);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    Server only() {
        if (servers.size() != 1 || !rejections.isEmpty()) {
            throw new AssertionError("expected one server and no rejection, got " + servers + " and " + rejections);
        }
        return servers.get(0);
    }

    Server host(String host) {
        return servers.stream().filter(s -> s.host().equalsIgnoreCase(host)).findFirst()
                .orElseThrow(() -> new AssertionError("no server " + host + " in " + servers + "; rejections " + rejections));
    }
}
