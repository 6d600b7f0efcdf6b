package org.kbaudit.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.ReportWriter;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;
import org.kbaudit.ingest.Inventories;
import org.kbaudit.ingest.RecordSink;
import org.kbaudit.ingest.StopReading;
import org.kbaudit.rules.Conclusions;
import org.kbaudit.rules.FindingAssembler;
import org.kbaudit.rules.MemoizingEvaluator;
import org.kbaudit.rules.RuleBase;
import org.kbaudit.rules.RuleEvaluator;

/**
 * The audit: reads the inventories record by record, decides each server with the rules, confirms the
 * verdict with the simulation, and hands findings and rejections to the report writers in input order.
 * Every record read is either audited or rejected.
 */
public final class AuditService {

    public static final String TOOL_VERSION = versionOf(AuditService.class);

    private final RuleBase rules;
    private final RuleEvaluator evaluator;
    private final MemoizingEvaluator memo;
    private final SimulationStep simulation;
    private final Inventories inventories;

    public AuditService(RuleBase rules) {
        this(rules, Inventories.standard());
    }

    /** With the bundled rules, or those of the folder given with --rules when it is not {@code null}. */
    public static AuditService withRules(Path rulesFolder) {
        return new AuditService(RuleSets.load(rulesFolder));
    }

    AuditService(RuleBase rules, Inventories inventories) {
        this.rules = rules;
        this.evaluator = new RuleEvaluator(rules, KbArticle.KB907019);
        this.memo = rules.files().origin().equals("bundled") ? new MemoizingEvaluator(evaluator) : null;
        this.simulation = new SimulationStep();
        this.inventories = inventories;
    }

    public RunInfo runInfo(AuditRequest request) {
        return new RunInfo(request.inputs().stream().map(Path::toString).toList(), rules.files().origin(),
                rules.files().sha256(), request.policy(), TOOL_VERSION, Instant.now());
    }

    /**
     * Audits every input into the requested reports and the extra writers (such as the console's).
     * The reports are checked first: none may overwrite an input.
     *
     * @throws IOException when a report cannot be written; every writer is then aborted
     */
    public Summary run(AuditRequest request, List<ReportWriter> extraWriters, AuditListener listener)
            throws IOException {
        request.reports().checkAgainst(request.inputs(), inventories);
        List<ReportWriter> writers = new ArrayList<>(request.reports().writers());
        writers.addAll(extraWriters);
        Counting counting = new Counting(request.policy(), writers, listener);
        try {
            for (ReportWriter writer : writers) {
                writer.begin(runInfo(request));
            }
            inventories.read(request.inputs(), counting);
            Summary summary = counting.summary();
            for (ReportWriter writer : writers) {
                writer.end(summary);
            }
            return summary;
        } catch (StopReading e) {
            writers.forEach(ReportWriter::abort);
            throw (IOException) e.getCause();
        } catch (IOException | RuntimeException e) {
            writers.forEach(ReportWriter::abort);
            throw e;
        }
    }

    /** Decides one server: the rules' finding, confirmed by the simulation. */
    public Finding audit(Server server, Policy policy) {
        Conclusions conclusions = memo != null ? memo.evaluate(server, policy) : evaluator.evaluate(server, policy);
        return simulation.confirm(FindingAssembler.assemble(server, conclusions), policy);
    }

    /** Decides one server and keeps what the rules concluded on the way. */
    public Explanation explain(Server server, Policy policy) {
        Conclusions conclusions = evaluator.evaluate(server, policy);
        Finding finding = simulation.confirm(FindingAssembler.assemble(server, conclusions), policy);
        return new Explanation(finding, conclusions.facts().stream().map(Object::toString).sorted().toList());
    }

    /**
     * The server of that host name (case-insensitive) in the inventories.
     *
     * @throws KbauditException when no input has it
     */
    public Server find(List<Path> inputs, String host) {
        List<Server> found = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        inventories.read(inputs, new RecordSink() {
            @Override
            public void server(Server server) {
                if (server.host().equalsIgnoreCase(host) && found.isEmpty()) {
                    found.add(server);
                }
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        if (found.isEmpty()) {
            String why = rejections.isEmpty() ? "" : " (" + rejections.size() + " record(s) were rejected, the first: "
                    + rejections.get(0) + ")";
            throw new KbauditException("no server named " + host + " in " + inputs.stream().map(Path::toString)
                    .reduce((a, b) -> a + ", " + b).orElse("the inputs") + why);
        }
        return found.get(0);
    }

    /** The sink the loaders feed: removes duplicates, audits, counts, and writes. */
    private final class Counting implements RecordSink {
        private final Policy policy;
        private final List<ReportWriter> writers;
        private final AuditListener listener;
        private final HostRegistry hosts = new HostRegistry();
        private final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        private long audited;
        private long rejected;
        private long disagreements;

        Counting(Policy policy, List<ReportWriter> writers, AuditListener listener) {
            this.policy = policy;
            this.writers = writers;
            this.listener = listener;
        }

        @Override
        public void server(Server server) {
            Provenance first = hosts.register(server.host(), server.provenance());
            if (first != null) {
                reject(Rejection.at(server.provenance(),
                        "duplicate host " + server.host() + ": already read from " + first + "; audited once"));
                return;
            }
            Finding finding;
            try {
                finding = audit(server, policy);
            } catch (RuntimeException e) {
                reject(Rejection.at(server.provenance(), "kbaudit could not evaluate " + server.host()
                        + " (a defect of kbaudit, please report it): " + e));
                return;
            }
            audited++;
            byStatus.merge(finding.status(), 1L, Long::sum);
            if (finding.simulation() != null && !finding.simulation().confirmed()) {
                disagreements++;
            }
            for (ReportWriter writer : writers) {
                try {
                    writer.finding(finding);
                } catch (IOException e) {
                    throw new StopReading(e);
                }
            }
            listener.recordDone(audited + rejected);
        }

        @Override
        public void reject(Rejection rejection) {
            rejected++;
            for (ReportWriter writer : writers) {
                try {
                    writer.rejection(rejection);
                } catch (IOException e) {
                    throw new StopReading(e);
                }
            }
            listener.recordDone(audited + rejected);
        }

        Summary summary() {
            return new Summary(audited + rejected, audited, rejected, byStatus, disagreements);
        }
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
