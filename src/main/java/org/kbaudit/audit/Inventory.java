package org.kbaudit.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.ingest.Inventories;
import org.kbaudit.ingest.RecordSink;

/**
 * Small inventories read whole, for the commands about one server (explain, simulate).
 *
 * @param servers    in input order
 * @param rejections in input order
 */
public record Inventory(List<Server> servers, List<Rejection> rejections) {

    /** Every record of the inputs. */
    public static Inventory read(List<Path> inputs) {
        List<Server> servers = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Server> read = new ArrayList<>();
        Inventories.standard().read(inputs, RecordSink.into(read, rejections));
        for (Server server : read) {
            Object settled = RepeatedAdapters.settle(server);
            if (settled instanceof Server s) {
                servers.add(s);
            } else {
                rejections.add((Rejection) settled);
            }
        }
        return new Inventory(servers, rejections);
    }

    /**
     * Every server of the file or folder, in input order.
     *
     * @throws KbauditException when nothing in it could be read as a server
     */
    public static List<Server> serversOf(Path input) {
        Inventory inventory = read(List.of(input));
        if (inventory.servers.isEmpty() && !inventory.rejections.isEmpty()) {
            throw new KbauditException(inventory.rejections.get(0).toString());
        }
        return inventory.servers;
    }

    /**
     * The first server of that host name (case-insensitive).
     *
     * @throws KbauditException naming the inputs, and the first rejection when there were some
     */
    public Server find(String host, List<Path> inputs) {
        for (Server server : servers) {
            if (server.host().equalsIgnoreCase(host)) {
                return server;
            }
        }
        String why = rejections.isEmpty() ? "" : " (" + rejections.size() + " record(s) were rejected, the first: "
                + rejections.get(0) + ")";
        throw new KbauditException("no server named " + host + " in " + String.join(", ",
                inputs.stream().map(Path::toString).toList()) + why);
    }
}
