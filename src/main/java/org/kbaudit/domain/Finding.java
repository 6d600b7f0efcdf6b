package org.kbaudit.domain;

import java.util.List;

/**
 * The verdict on one server: what the JSON report's {@code servers[]} entries and the workbook's
 * Findings rows show (REPORTS.md).
 *
 * @param server         the audited record, with its provenance and carried-through fields
 * @param platform       {@code null} when it could not be decided
 * @param servicePack    the service pack level, {@code null} when unknown
 * @param exposures      sorted; empty unless the status is EXPOSED
 * @param atRiskAdapters sorted adapter names
 * @param atRiskVlans    sorted
 * @param simulation     {@code null} when the simulation did not run (out of scope, no adapter data)
 * @param priority       the patch-planning tier, 1 is first (VERDICTS.md 6); {@code null} for NOT_APPLICABLE
 * @param missing        for UNKNOWN: the data to collect ({@code os}, {@code servicePack}, {@code hotfixes},
 *                       {@code files}, {@code adapters}, {@code adapterDrivers}, {@code architecture})
 * @param ifUnpatched    for UNKNOWN: the status it would have without the fix, when that can be decided
 * @param warnings       what the loader had to assume (in input order), then the rules' contradictions,
 *                       inferences and data-quality remarks (sorted)
 * @param rules          the names of the rules that fired, in firing order
 */
public record Finding(Server server, Status status, Platform platform, Integer servicePack,
                      List<Exposure> exposures, List<String> atRiskAdapters, List<AdapterVlan> atRiskVlans,
                      FixState fix, Remediation remediation, SimulationCheck simulation, Integer priority,
                      List<String> missing, Status ifUnpatched, List<String> warnings, List<String> rules) {

    public Finding {
        exposures = List.copyOf(exposures);
        atRiskAdapters = List.copyOf(atRiskAdapters);
        atRiskVlans = List.copyOf(atRiskVlans);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
        rules = List.copyOf(rules);
    }

    public String host() {
        return server.host();
    }

    /** The same verdict on another record. */
    public Finding withServer(Server other) {
        return new Finding(other, status, platform, servicePack, exposures, atRiskAdapters, atRiskVlans, fix,
                remediation, simulation, priority, missing, ifUnpatched, warnings, rules);
    }

    public Finding withSimulation(SimulationCheck check) {
        return new Finding(server, status, platform, servicePack, exposures, atRiskAdapters, atRiskVlans, fix,
                remediation, check, priority, missing, ifUnpatched, warnings, rules);
    }
}
