package org.kbaudit.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Policy;
import org.kbaudit.report.ReportWriter;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Summary;
import org.kbaudit.ingest.Inventories;
import org.kbaudit.ingest.StopReading;
import org.kbaudit.rules.Conclusions;
import org.kbaudit.rules.FindingAssembler;
import org.kbaudit.rules.RuleBase;
import org.kbaudit.rules.RuleEvaluator;
import org.kbaudit.rules.RuleFiles;

/**
 * The audit: reads the inventories record by record, decides each server with the rules, confirms the
 * verdict with the simulation, and hands findings and rejections to the report writers in input order.
 * Every record read is either audited or rejected.
 */
public final class AuditService {

    public static final String TOOL_VERSION = versionOf(AuditService.class);

    /** Workers deciding servers; the reading and the writing have a thread each besides. */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final RuleFiles files;
    private final CompletableFuture<Engine> engine;
    private final SimulationStep simulation;
    private final Inventories inventories;

    /**
     * With the bundled rules, or those of the folder given with --rules when it is not {@code null}. The
     * rules load (or compile) on another thread while the reports are set up; the first server waits for them.
     */
    public static AuditService withRules(Path rulesFolder) {
        RuleFiles files = RuleSets.files(rulesFolder);
        return new AuditService(files, CompletableFuture.supplyAsync(() -> RuleSets.load(files)),
                Inventories.standard());
    }

    private AuditService(RuleFiles files, CompletableFuture<RuleBase> rules, Inventories inventories) {
        this.files = files;
        this.simulation = new SimulationStep();
        this.engine = rules.thenApply(Engine::new);
        this.inventories = inventories;
    }

    public RunInfo runInfo(AuditRequest request) {
        return new RunInfo(request.inputs().stream().map(Path::toString).toList(), files.origin(),
                files.sha256(), request.policy(), TOOL_VERSION, Instant.now());
    }

    /**
     * Audits every input into the requested reports and the extra writers (such as the console's).
     * The reports are checked first: none may overwrite an input, and none is read as one.
     *
     * @throws IOException when a report cannot be written; every writer is then aborted
     */
    public Summary run(AuditRequest request, List<ReportWriter> extraWriters, AuditListener listener)
            throws IOException {
        request.reports().checkAgainst(request.inputs(), inventories);
        List<ReportWriter> writers = new ArrayList<>(request.reports().writers());
        writers.addAll(extraWriters);
        Tally tally = new Tally(writers, listener);
        try (AuditPipeline pipeline = new AuditPipeline(server -> audit(server, request.policy()), tally, THREADS)) {
            for (ReportWriter writer : writers) {
                writer.begin(runInfo(request));
            }
            engine();
            inventories.read(request.inputs(), request.reports().files(), pipeline);
            pipeline.finish();
            Summary summary = tally.summary();
            // every report complete on the disk before any is moved into place: a report that cannot be
            // finished (the disk fills up) leaves no report of the run behind, not even one finished first
            for (ReportWriter writer : writers) {
                writer.finish(summary);
            }
            commitAll(writers);
            return summary;
        } catch (StopReading e) {
            writers.forEach(ReportWriter::abort);
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure; // a report that could not be written says which, on one line
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory in a worker or the writer: Main says so, not "a defect"
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (IOException | RuntimeException | Error e) {
            writers.forEach(ReportWriter::abort);
            throw e;
        }
    }

    /**
     * Moves every report into place. When one cannot be (its folder became read-only, the file there belongs to
     * someone else), the reports already moved are taken back, so that the run leaves none of its reports
     * behind and the earlier ones stand, as far as the file system allows putting them back.
     */
    private static void commitAll(List<ReportWriter> writers) throws IOException {
        List<ReportWriter> committed = new ArrayList<>(writers.size());
        try {
            for (ReportWriter writer : writers) {
                writer.commit();
                committed.add(writer);
            }
        } catch (IOException | RuntimeException e) {
            committed.forEach(ReportWriter::uncommit);
            throw e;
        } finally {
            writers.forEach(ReportWriter::settle);
        }
    }

    /** The files of the input folders that are not inventories kbaudit reads (see {@link Inventories#notInventories}). */
    public List<Path> notInventories(List<Path> inputs, Reports reports) {
        return inventories.notInventories(inputs, reports.files());
    }

    /** Decides one server: the rules' finding, confirmed by the simulation. */
    public Finding audit(Server server, Policy policy) {
        return engine().audit(server, policy);
    }

    /** Decides one server and keeps what the rules concluded on the way. */
    public Explanation explain(Server server, Policy policy) {
        Conclusions conclusions = engine().evaluator.evaluate(server, policy);
        Finding finding = simulation.confirm(FindingAssembler.assemble(server, conclusions), policy);
        return new Explanation(finding, conclusions.facts().stream().map(Object::toString).sorted().toList());
    }

    /**
     * The server of that host name in the inventories, compared as the audit compares names
     * (see {@link Inventory#find}).
     *
     * @throws KbauditException when no input has it
     */
    public Server find(List<Path> inputs, String host) {
        return Inventory.find(inputs, host);
    }

    /** The rules once loaded; a failure to load them (rules that do not compile) is thrown as it was. */
    private Engine engine() {
        try {
            return engine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The rule base with its evaluators: memoised for the bundled rules, direct for a --rules folder. */
    private final class Engine {
        private final RuleEvaluator evaluator;
        private final MemoizedAudit memo;

        Engine(RuleBase rules) {
            this.evaluator = new RuleEvaluator(rules, KbArticle.KB907019);
            this.memo = rules.files().origin().equals("bundled") ? new MemoizedAudit(this::direct) : null;
        }

        Finding audit(Server server, Policy policy) {
            return memo != null ? memo.audit(server, policy) : direct(server, policy);
        }

        Finding direct(Server server, Policy policy) {
            Conclusions conclusions = evaluator.evaluate(server, policy);
            return simulation.confirm(FindingAssembler.assemble(server, conclusions), policy);
        }
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
