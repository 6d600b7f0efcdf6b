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
     * The server of that host name in the inputs, the record an audit of them would audit: the first server
     * of that name, compared as the audit compares names ({@link HostRegistry}: ignoring case, surrounding
     * white space and the final dot of a DNS name, and a DNS name as its short name). The inputs are read as a
     * stream, as an audit reads them, keeping nothing but that server, and the reading stops once it is
     * found: one server of a fleet too large for memory is found all the same. A short name found under a
     * DNS name, and a DNS name found under its short name, are only known to be that server at the end of the
     * inputs (a second DNS name of the short name may come).
     *
     * @throws KbauditException naming the inputs: the host's own rejection when its record was rejected, the
     *                          two servers a short name could be, else how many records were rejected and the
     *                          first of them
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
        if (finder.other != null) {
            throw new KbauditException(host + " is the short name of two servers, " + finder.byShortName.host()
                    + " (" + finder.byShortName.provenance() + ") and " + finder.other.host() + " ("
                    + finder.other.provenance() + "): name one of them");
        }
        Server server = finder.server != null ? finder.server
                : finder.byShortName != null ? finder.byShortName : finder.shortNamed;
        if (server != null) {
            return server;
        }
        if (finder.own != null) {
            throw new KbauditException(host + " is rejected, not audited: " + finder.own);
        }
        String in = String.join(", ", inputs.stream().map(Path::toString).toList());
        String why = finder.rejected == 0 ? "" : " (" + finder.rejected + " record(s) were rejected, the first: "
                + finder.first + ")";
        throw new KbauditException("no server named " + host + " in " + in + why);
    }

    /** How a name read stands to the name asked. */
    private enum Relation {
        /** Another host. */
        NONE,
        /** The name asked. */
        SAME,
        /** A DNS name whose short name was asked. */
        DNS_NAME_OF_ASKED,
        /** The short name of the DNS name asked. */
        SHORT_NAME_OF_ASKED,
        /** Another DNS name of the short name of the DNS name asked. */
        OTHER_DNS_NAME
    }

    /**
     * Keeps the server of one host name, or its rejection, and stops the reading at the server once it is sure
     * of it.
     */
    private static final class Finder implements RecordSink {
        private final String key;
        private final String shortName;
        private final boolean oneLabel;
        private final StopReading found = new StopReading(new IllegalStateException("the server is found"));
        private Server server;
        /** Asked a short name: the first server under a DNS name of it, and one under another DNS name of it. */
        private Server byShortName;
        private Server other;
        /** Asked a DNS name: the server read under its short name before any DNS name of it. */
        private Server shortNamed;
        /** Asked a DNS name: whether a DNS name of its short name was read (a short name read later is not it). */
        private boolean dnsNameOfShortName;
        private Rejection own;
        private Rejection first;
        private long rejected;

        Finder(String host) {
            this.key = HostName.key(host);
            int dot = HostName.shortNameEnd(key);
            this.shortName = dot < 0 ? null : key.substring(0, dot);
            this.oneLabel = HostName.isOneLabel(key);
        }

        private Relation relation(String host) {
            if (host == null) {
                return Relation.NONE;
            }
            String read = HostName.key(host);
            if (read.equals(key)) {
                return Relation.SAME;
            }
            int dot = HostName.shortNameEnd(read);
            if (oneLabel) {
                return dot == key.length() && read.startsWith(key) ? Relation.DNS_NAME_OF_ASKED : Relation.NONE;
            }
            if (shortName == null) {
                return Relation.NONE;
            }
            if (dot < 0) {
                return read.equals(shortName) ? Relation.SHORT_NAME_OF_ASKED : Relation.NONE;
            }
            return dot == shortName.length() && read.startsWith(shortName) ? Relation.OTHER_DNS_NAME : Relation.NONE;
        }

        @Override
        public void server(Server read) {
            Relation relation = relation(read.host());
            if (relation == Relation.NONE) {
                return;
            }
            Object settled = Settling.settle(read);
            if (!(settled instanceof Server s)) {
                reject((Rejection) settled);
                return;
            }
            switch (relation) {
                case SAME -> {
                    // the audit takes the name asked as the one DNS name of it read before (a second would have
                    // made it ambiguous, and ended the reading), else as the short name read before, else itself
                    server = byShortName != null ? byShortName : shortNamed != null ? shortNamed : s;
                    throw found;
                }
                case DNS_NAME_OF_ASKED -> {
                    if (byShortName == null) {
                        byShortName = s;
                    } else if (!HostName.key(byShortName.host()).equals(HostName.key(s.host()))) {
                        other = s;
                        throw found;
                    }
                }
                case SHORT_NAME_OF_ASKED -> {
                    if (shortNamed == null && !dnsNameOfShortName) {
                        shortNamed = s;
                    }
                }
                case OTHER_DNS_NAME -> {
                    dnsNameOfShortName = true;
                    shortNamed = null;
                }
                default -> throw new IllegalStateException(relation.name());
            }
        }

        @Override
        public void reject(Rejection rejection) {
            rejected++;
            if (first == null) {
                first = rejection;
            }
            Relation relation = relation(rejection.host());
            if (own == null && relation != Relation.NONE && relation != Relation.OTHER_DNS_NAME) {
                own = rejection;
            }
        }
    }
}
