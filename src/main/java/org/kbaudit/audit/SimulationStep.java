package org.kbaudit.audit;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Status;
import org.kbaudit.simulation.CascadeVerifier;

/**
 * Confirms a finding with the simulation core (VERDICTS.md 7): for every server the article may apply to
 * and whose adapters are known, the canonical triggers are replayed with the network configuration
 * component as the evidence says (fixed only when the fix is known to be in effect), and again as after
 * remediation. The simulation derives its collateral on its own; a disagreement with the rules is a defect
 * of kbaudit, shown on the finding and counted in the summary.
 */
final class SimulationStep {

    private final CascadeVerifier verifier = new CascadeVerifier();

    Finding confirm(Finding finding, Policy policy) {
        if (finding.status() == Status.NOT_APPLICABLE || finding.server().adapters() == null) {
            return finding;
        }
        boolean fixInEffect = Boolean.TRUE.equals(finding.fix().present());
        return finding.withSimulation(verifier.verify(finding.server(), policy.scope(), fixInEffect,
                finding.atRiskAdapters(), finding.atRiskVlans()));
    }
}
