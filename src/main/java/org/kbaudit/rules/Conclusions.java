package org.kbaudit.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules concluded about one server: every derived fact that still stands once the session
 * has settled, and the names of the rules whose conclusions those are, in the order they first fired.
 */
public record Conclusions(List<Object> facts, List<String> rules) {

    public Conclusions {
        facts = List.copyOf(facts);
        rules = List.copyOf(rules);
    }

    public <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>(4);
        for (Object fact : facts) {
            if (fact.getClass() == type || type.isInstance(fact)) {
                found.add(type.cast(fact));
            }
        }
        return found;
    }

    /** The one fact of the type, or {@code null}. Several are a defect of the rules. */
    public <T> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() > 1) {
            throw new RulesOutcomeException("the rules concluded " + found.size() + " " + type.getSimpleName()
                    + " facts where one was expected: " + found);
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
