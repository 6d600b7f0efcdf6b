package org.kbaudit.audit;

import java.nio.file.Path;
import java.util.List;

import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.ingest.Inventories;
import org.kbaudit.ingest.RecordSink;
import org.kbaudit.ingest.StopReading;

/** The inventories as the commands about one server (explain, simulate) read them: as a stream, up to that server. */
public final class Inventory {

    private Inventory() {
    }

    /**
     * The first server of that host name in the inputs, the one an audit of them would audit: compared
     * ignoring case, and without the spaces or line end that a name copied from a capture brings along (the
     * loaders strip the names they read). The inputs are read as a stream, as an audit reads them, keeping nothing but that server, and
     * the reading stops once it is found: one server of a fleet too large for memory is found all the same.
     *
     * @throws KbauditException naming the inputs: the host's own rejection when its record was rejected,
     *                          else how many records were rejected and the first of them
     */
    public static Server find(List<Path> inputs, String name) {
        String host = name.strip();
        Finder finder = new Finder(host);
        try {
            Inventories.standard().read(inputs, finder);
        } catch (StopReading e) {
            if (e != finder.found) {
                throw e;
            }
        }
        if (finder.server != null) {
            return finder.server;
        }
        if (finder.own != null) {
            throw new KbauditException(host + " is rejected, not audited: " + finder.own);
        }
        String in = String.join(", ", inputs.stream().map(Path::toString).toList());
        String why = finder.rejected == 0 ? "" : " (" + finder.rejected + " record(s) were rejected, the first: "
                + finder.first + ")";
        throw new KbauditException("no server named " + host + " in " + in + why);
    }

    /** Keeps the first server of one host name, or its rejection, and stops the reading at the server. */
    private static final class Finder implements RecordSink {
        private final String host;
        private final StopReading found = new StopReading(new IllegalStateException("the server is found"));
        private Server server;
        private Rejection own;
        private Rejection first;
        private long rejected;

        Finder(String host) {
            this.host = host;
        }

        @Override
        public void server(Server read) {
            if (!read.host().equalsIgnoreCase(host)) {
                return;
            }
            Object settled = Settling.settle(read);
            if (settled instanceof Server s) {
                server = s;
                throw found;
            }
            reject((Rejection) settled);
        }

        @Override
        public void reject(Rejection rejection) {
            rejected++;
            if (first == null) {
                first = rejection;
            }
            if (own == null && host.equalsIgnoreCase(rejection.host())) {
                own = rejection;
            }
        }
    }
}
