package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;
import org.kbaudit.generate.SyntheticFleet;

/**
 * Memoised decisions are a pure optimisation: for any server of any synthetic fleet, under both policies,
 * the finding from the memoised bundled rules equals the one from evaluating the rules on that very server.
 */
class MemoizedDecisionsProperties {

    static final AuditService MEMOIZED = AuditService.withRules(null);
    /** Rules from a folder are evaluated server by server, never memoised. */
    static final AuditService DIRECT = AuditService.withRules(java.nio.file.Path.of("rules"));

    @Property(tries = 300)
    void memoised_findings_equal_direct_ones(@ForAll @LongRange(max = 1_000_000) long index,
                                             @ForAll boolean preferHotfix, @ForAll boolean allAdapters) {
        Policy policy = new Policy(preferHotfix ? Policy.Prefer.HOTFIX : Policy.Prefer.SERVICE_PACK,
                allAdapters ? Policy.Scope.ALL_ADAPTERS : Policy.Scope.SAME_DRIVER);
        Server server = new SyntheticFleet(index % 7).server(index);
        Finding twice = MEMOIZED.audit(server, policy);
        Finding again = MEMOIZED.audit(server, policy);
        Finding direct = DIRECT.audit(server, policy);
        assertThat(twice).isEqualTo(direct);
        assertThat(again).isEqualTo(direct);
    }
}
