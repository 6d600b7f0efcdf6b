package org.kbaudit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.HotfixFile;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;

/**
 * Runs the rules on one server at a time: a fresh, short-lived session over the shared rule base, with
 * the server, its adapters, files and hotfix list, the article's facts and the policy as facts. The
 * input facts are never modified; the rules only derive new ones. Thread-safe: every call has its own
 * session.
 */
public final class RuleEvaluator {

    private final RuleBase rules;
    private final KbArticle article;

    public RuleEvaluator(RuleBase rules, KbArticle article) {
        this.rules = rules;
        this.article = article;
    }

    public Conclusions evaluate(Server server, Policy policy) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            Trail trail = new Trail();
            session.addEventListener(trail);
            Set<FactHandle> inputs = new LinkedHashSet<>();
            inputs.add(session.insert(server));
            inputs.add(session.insert(article));
            inputs.add(session.insert(policy));
            for (HotfixFile file : article.manifest()) {
                inputs.add(session.insert(file));
            }
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
            trail.recording = true;
            session.fireAllRules();
            List<Object> derived = new ArrayList<>();
            for (FactHandle handle : session.getFactHandles()) {
                if (!inputs.contains(handle)) {
                    derived.add(session.getObject(handle));
                }
            }
            return new Conclusions(derived, trail.standingRules());
        } finally {
            session.dispose();
        }
    }

    /** Remembers which rule inserted each derived fact, and forgets facts the engine retracted again. */
    private static final class Trail implements RuleRuntimeEventListener {
        private final Map<FactHandle, String> insertedBy = new LinkedHashMap<>();
        private boolean recording;

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (recording && event.getRule() != null) {
                insertedBy.putIfAbsent(event.getFactHandle(), event.getRule().getName());
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // the rules never modify facts
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            insertedBy.remove(event.getFactHandle());
        }

        List<String> standingRules() {
            return List.copyOf(new LinkedHashSet<>(insertedBy.values()));
        }
    }
}
