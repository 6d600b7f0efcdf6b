package org.kbaudit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.kbaudit.audit.AuditService;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;
import org.kbaudit.generate.SyntheticFleet;

/**
 * The per-server hot path: deciding one server (rules, finding, simulation). {@code memoised} is what a
 * bulk audit does with the bundled rules; {@code direct} evaluates the rules on every server, as with
 * {@code --rules}. Run with {@code src/bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HotPathBenchmark {

    private AuditService memoised;
    private AuditService direct;
    private final List<Server> servers = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        memoised = AuditService.withRules(null);
        direct = AuditService.withRules(Path.of("rules"));
        SyntheticFleet fleet = new SyntheticFleet(7);
        for (int i = 0; i < 20_000; i++) {
            servers.add(fleet.server(i));
        }
    }

    private Server nextServer() {
        Server s = servers.get(next);
        next = (next + 1) % servers.size();
        return s;
    }

    @Benchmark
    public Finding memoised() {
        return memoised.audit(nextServer(), Policy.DEFAULT);
    }

    @Benchmark
    public Finding direct() {
        return direct.audit(nextServer(), Policy.DEFAULT);
    }
}
