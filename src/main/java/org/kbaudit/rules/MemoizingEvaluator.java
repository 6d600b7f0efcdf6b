package org.kbaudit.rules;

import java.util.concurrent.ConcurrentHashMap;

import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;

/**
 * Decides each distinct decision problem once. Real fleets repeat themselves: the same build, service
 * pack, hotfix baseline and NIC layout on hundreds of servers. A server is reduced to its
 * {@link DecisionKey}; the rules run on the first server of each key (in canonical form) and the
 * conclusions are reused, with the real names put back, for the others.
 *
 * <p>Only for rules that read adapter names, driver names and VLAN ids through equality alone — the
 * bundled rules, which a property test holds to that. Rules given with {@code --rules} may read names, so
 * they are evaluated server by server. The cache is bounded: once full, further keys are evaluated
 * without being remembered.
 */
public final class MemoizingEvaluator {

    static final int DEFAULT_CAPACITY = 20_000;

    private final RuleEvaluator evaluator;
    private final int capacity;
    private final ConcurrentHashMap<String, Conclusions> decided = new ConcurrentHashMap<>();

    public MemoizingEvaluator(RuleEvaluator evaluator) {
        this(evaluator, DEFAULT_CAPACITY);
    }

    MemoizingEvaluator(RuleEvaluator evaluator, int capacity) {
        this.evaluator = evaluator;
        this.capacity = capacity;
    }

    public Conclusions evaluate(Server server, Policy policy) {
        DecisionKey key = DecisionKey.of(server, policy);
        Conclusions canonical = decided.get(key.key());
        if (canonical == null) {
            canonical = evaluator.evaluate(key.canonicalServer(), policy);
            if (decided.size() < capacity) {
                decided.putIfAbsent(key.key(), canonical);
            }
        }
        return key.toReal(canonical);
    }

}
