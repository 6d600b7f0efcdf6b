package org.kbaudit.audit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.rules.DecisionKey;

/**
 * Decides each distinct decision problem once. Real fleets repeat themselves: the same build, service
 * pack, hotfix baseline and NIC layout on hundreds of servers. A server is reduced to its
 * {@link DecisionKey}; the first server of each key is decided in canonical form (rules, finding and
 * simulation), and that finding is reused for the others with their own record and names put back.
 *
 * <p>Only for rules that read adapter names, driver names and VLAN ids through equality alone, and no
 * host, site or other carried field: the bundled rules, which a property test holds to that. Rules given
 * with {@code --rules} may read names, so they are evaluated server by server. A server whose adapter
 * names are not distinct, or whose simulation disagrees with the rules (the disagreement names adapters),
 * is decided on its own.
 *
 * <p>The cache is bounded, by keys and by the characters of their keys (a key holds the server's hotfix
 * list, which real fleets make long and nearly unique); once full, further keys are decided without being
 * remembered. A cached finding keeps no record of its own server: {@link DecisionKey#toReal} puts the real
 * one in.
 */
final class MemoizedAudit {

    static final int CAPACITY = 20_000;
    /** At most this many characters of keys are kept, some 32 MB. */
    static final long KEY_CHARACTERS = 16_000_000;
    /** What a cached finding holds instead of the canonical server. */
    private static final Server NO_SERVER = Server.builder("(memoised)", new Provenance("memo", "")).build();

    private final BiFunction<Server, Policy, Finding> direct;
    private final ConcurrentHashMap<String, Finding> decided = new ConcurrentHashMap<>();
    private final AtomicLong keyCharacters = new AtomicLong();

    MemoizedAudit(BiFunction<Server, Policy, Finding> direct) {
        this.direct = direct;
    }

    Finding audit(Server server, Policy policy) {
        DecisionKey key = DecisionKey.of(server, policy);
        if (!key.memoizable()) {
            return direct.apply(server, policy);
        }
        Finding canonical = decided.get(key.key());
        if (canonical == null) {
            canonical = direct.apply(key.canonicalServer(), policy);
            if (canonical.simulation() != null && canonical.simulation().disagreement() != null) {
                return direct.apply(server, policy);
            }
            if (decided.size() < CAPACITY && keyCharacters.get() + key.key().length() <= KEY_CHARACTERS
                    && decided.putIfAbsent(key.key(), canonical.withServer(NO_SERVER)) == null) {
                keyCharacters.addAndGet(key.key().length());
            }
        }
        return key.toReal(canonical);
    }
}
