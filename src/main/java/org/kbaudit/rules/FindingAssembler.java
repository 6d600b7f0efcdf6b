package org.kbaudit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kbaudit.domain.Action;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Exposure;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.FixState;
import org.kbaudit.domain.HotfixFile;
import org.kbaudit.domain.Remediation;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;
import org.kbaudit.rules.facts.AtRiskAdapter;
import org.kbaudit.rules.facts.AtRiskVlan;
import org.kbaudit.rules.facts.ExposureFound;
import org.kbaudit.rules.facts.FileToVerify;
import org.kbaudit.rules.facts.Fix;
import org.kbaudit.rules.facts.FixUndecided;
import org.kbaudit.rules.facts.HotfixPrerequisite;
import org.kbaudit.rules.facts.IfUnpatched;
import org.kbaudit.rules.facts.MissingData;
import org.kbaudit.rules.facts.PlatformOf;
import org.kbaudit.rules.facts.Priority;
import org.kbaudit.rules.facts.Recommended;
import org.kbaudit.rules.facts.RemedyOption;
import org.kbaudit.rules.facts.RestartNeeded;
import org.kbaudit.rules.facts.Applicability;
import org.kbaudit.rules.facts.ServicePackLevel;
import org.kbaudit.rules.facts.Verdict;
import org.kbaudit.rules.facts.Warning;

/**
 * Turns the rules' conclusions on one server into its {@link Finding}: copies, sorts and names; it
 * decides nothing the rules did not.
 */
public final class FindingAssembler {

    /** The order of {@code missing}: what to collect first. */
    private static final List<String> MISSING_ORDER =
            List.of("os", "servicePack", "hotfixes", "files", "adapters", "adapterDrivers");

    private FindingAssembler() {
    }

    public static Finding assemble(Server server, Conclusions c) {
        Verdict verdict = c.one(Verdict.class);
        if (verdict == null) {
            throw new RulesOutcomeException("the rules reached no status for " + server.host());
        }
        Status status = verdict.status();
        PlatformOf platform = c.one(PlatformOf.class);
        ServicePackLevel servicePack = c.one(ServicePackLevel.class);
        Priority priority = c.one(Priority.class);
        IfUnpatched ifUnpatched = c.one(IfUnpatched.class);

        List<Exposure> exposures = c.all(ExposureFound.class).stream().map(ExposureFound::exposure).sorted().toList();
        List<String> atRisk = c.all(AtRiskAdapter.class).stream().map(AtRiskAdapter::name).sorted().toList();
        List<AdapterVlan> vlans = c.all(AtRiskVlan.class).stream()
                .map(v -> new AdapterVlan(v.adapter(), v.id())).sorted().toList();
        List<String> missing = status != Status.UNKNOWN ? List.of() : c.all(MissingData.class).stream()
                .map(MissingData::item).distinct()
                .sorted(Comparator.comparingInt(MISSING_ORDER::indexOf)).toList();

        List<String> warnings = new ArrayList<>(server.notes());
        c.all(Warning.class).stream().map(Warning::text).sorted().forEach(warnings::add);

        return new Finding(server, status, platform == null ? null : platform.platform(),
                servicePack == null ? null : servicePack.level(), exposures, atRisk, vlans,
                fixState(c, status), remediation(c), null, priority == null ? null : priority.tier(),
                missing, ifUnpatched == null ? null : ifUnpatched.status(), warnings, c.rules());
    }

    private static FixState fixState(Conclusions c, Status status) {
        Fix fix = c.one(Fix.class);
        if (status == Status.NOT_APPLICABLE) {
            Applicability scope = c.one(Applicability.class);
            return new FixState(null, "not applicable: " + scope.basis());
        }
        if (fix != null) {
            return new FixState(fix.present(), fix.evidence());
        }
        FixUndecided undecided = c.one(FixUndecided.class);
        return new FixState(null, undecided == null ? "not decided" : undecided.why());
    }

    private static Remediation remediation(Conclusions c) {
        List<Action> options = c.all(RemedyOption.class).stream().map(RemedyOption::action).sorted().toList();
        if (options.isEmpty()) {
            return Remediation.NONE;
        }
        List<Recommended> recommended = c.all(Recommended.class);
        if (recommended.size() > 1) {
            throw new RulesOutcomeException("the rules recommended several actions: " + recommended);
        }
        HotfixPrerequisite prerequisite = c.one(HotfixPrerequisite.class);
        List<HotfixFile> files = c.all(FileToVerify.class).stream().map(FileToVerify::file)
                .sorted(Comparator.comparing(HotfixFile::isNative).reversed().thenComparing(HotfixFile::name))
                .toList();
        return new Remediation(recommended.isEmpty() ? null : recommended.get(0).action(), options,
                prerequisite == null ? null : prerequisite.minimumServicePack(),
                !c.all(RestartNeeded.class).isEmpty(), files);
    }
}
