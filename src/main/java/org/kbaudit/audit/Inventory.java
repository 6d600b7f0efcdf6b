package org.kbaudit.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.ingest.Inventories;
import org.kbaudit.ingest.RecordSink;

/** Small inventories read whole, for commands about one server (simulate). */
public final class Inventory {

    private Inventory() {
    }

    /**
     * Every server of the file or folder, in input order.
     *
     * @throws KbauditException when nothing in it could be read as a server
     */
    public static List<Server> serversOf(Path input) {
        List<Server> servers = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Inventories.standard().read(List.of(input), new RecordSink() {
            @Override
            public void server(Server server) {
                servers.add(server);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        if (servers.isEmpty() && !rejections.isEmpty()) {
            throw new KbauditException(rejections.get(0).toString());
        }
        return servers;
    }
}
