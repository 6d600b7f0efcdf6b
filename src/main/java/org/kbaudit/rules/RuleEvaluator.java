package org.kbaudit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;

/**
 * Runs the rules on one server at a time: a fresh, short-lived session over the shared rule base, with
 * the server, its adapters, files and hotfix list, the article and the policy as facts (the article's file
 * manifest is read through it: {@code HotfixFile(...) from $kb.manifest()}). The
 * input facts are never modified; the rules only derive new ones. Thread-safe: every call has its own
 * session.
 */
public final class RuleEvaluator {

    private final RuleBase rules;
    private final KbArticle article;
    /** Sessions are reset and reused rather than built anew for every server. */
    private final KieSessionsPool pool;

    public RuleEvaluator(RuleBase rules, KbArticle article) {
        this.rules = rules;
        this.article = article;
        this.pool = rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public Conclusions evaluate(Server server, Policy policy) {
        KieSession session = pool.newKieSession();
        Trail trail = new Trail();
        try {
            session.addEventListener(trail);

            Set<FactHandle> inputs = new LinkedHashSet<>();
            inputs.add(session.insert(server));
            inputs.add(session.insert(article));
            inputs.add(session.insert(policy));
            if (server.hotfixes() != null) {
                inputs.add(session.insert(server.hotfixes()));
            }
            if (server.files() != null) {
                for (InstalledFile file : server.files()) {
                    inputs.add(session.insert(file));
                }
            }
            if (server.adapters() != null) {
                for (Adapter adapter : server.adapters()) {
                    inputs.add(session.insert(adapter));
                }
            }
            session.fireAllRules();
            List<Object> derived = new ArrayList<>();
            for (FactHandle handle : session.getFactHandles()) {
                if (!inputs.contains(handle)) {
                    derived.add(session.getObject(handle));
                }
            }
            return new Conclusions(derived, trail.standingRules(rules));
        } finally {
            session.removeEventListener(trail);
            session.dispose();
        }
    }

    /**
     * The rules whose conclusions stand: every match that fired and still holds once the session has
     * settled. A rule can fire on a passing state (before a fact that excludes it was derived); the truth
     * maintenance then withdraws its conclusions, and it is left out of the trail.
     */
    private static final class Trail extends DefaultAgendaEventListener {
        private final List<Match> fired = new ArrayList<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.add(event.getMatch());
        }

        /**
         * In the rule base's declaration order, each name once: an insertion sort on positions looked up once
         * per match, for the dozen or so rules that stand on a server.
         */
        List<String> standingRules(RuleBase rules) {
            String[] names = new String[fired.size()];
            int[] positions = new int[fired.size()];
            int n = 0;
            for (Match match : fired) {
                if (match instanceof InternalMatch internal && !internal.isMatched()) {
                    continue;
                }
                String name = match.getRule().getName();
                int position = rules.position(name);
                int i = n;
                while (i > 0 && before(name, position, names[i - 1], positions[i - 1])) {
                    i--;
                }
                if (i > 0 && positions[i - 1] == position && names[i - 1].equals(name)) {
                    continue; // fired again on other facts: named once
                }
                System.arraycopy(names, i, names, i + 1, n - i);
                System.arraycopy(positions, i, positions, i + 1, n - i);
                names[i] = name;
                positions[i] = position;
                n++;
            }
            return Arrays.asList(Arrays.copyOf(names, n));
        }

        /** The declaration order: by position, then (for names not declared) by name. */
        private static boolean before(String name, int position, String other, int otherPosition) {
            return position < otherPosition || position == otherPosition && name.compareTo(other) < 0;
        }
    }
}
