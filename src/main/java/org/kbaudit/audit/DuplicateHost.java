package org.kbaudit.audit;

import org.kbaudit.domain.Provenance;

/**
 * Why a record is not audited, as the {@link HostRegistry} tells it: the earlier record of its host, or the two
 * servers its short name could be.
 *
 * @param first the record audited in its place
 * @param other {@code null}, or a record of another server with the same short name, when the record gives the
 *              short name alone and which of the two it is cannot be told
 */
record DuplicateHost(Earlier first, Earlier other) {

    /** A record already read: the host as it spelt it, and where it is. */
    record Earlier(String host, Provenance place) {
    }

    /** The rejection's reason for a record of that host: both places, and both spellings when they differ. */
    String reason(String host) {
        if (other != null) {
            return "duplicate host " + host + ": the short name of two servers already read, " + first.host()
                    + " from " + first.place() + " and " + other.host() + " from " + other.place()
                    + "; not audited, as which of them it is cannot be told (its full name would tell)";
        }
        String as = first.host().equals(host) ? "" : " as " + first.host();
        return "duplicate host " + host + ": already read from " + first.place() + as + "; audited once";
    }
}
