package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.report.ReportWriter;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Summary;
import org.kbaudit.generate.SyntheticFleet;
import org.kbaudit.ingest.PendingRecord;
import org.kbaudit.ingest.RecordSink;
import org.kbaudit.ingest.StopReading;

@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a regression fails, never hangs
class AuditPipelineTest {

    static final AuditService SERVICE = AuditService.withRules(null);

    /** Writes what it is given as text, in the order given. */
    static final class Recording implements ReportWriter {
        final List<String> written = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;
        boolean failToFinish;
        boolean failToCommit;

        public void begin(RunInfo run) { }

        /** Thrown instead of "disk full" once {@link #failAfter} findings are written, when given. */
        Throwable failure;

        public void finding(Finding f) throws IOException {
            if (written.size() >= failAfter && failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (written.size() >= failAfter && failure instanceof Error error) {
                throw error;
            }
            if (written.size() >= failAfter) {
                throw new IOException("disk full");
            }
            written.add(f.toString());
        }

        public void rejection(Rejection r) {
            written.add("rejected " + r);
        }

        public void finish(Summary s) throws IOException {
            if (failToFinish) {
                throw new IOException("disk full");
            }
        }

        public void commit() throws IOException {
            if (failToCommit) {
                throw new IOException("operation not permitted");
            }
        }

        public void abort() { }
    }

    static List<String> audit(int threads, int servers) throws IOException {
        Recording out = new Recording();
        SyntheticFleet fleet = new SyntheticFleet(3);
        try (AuditPipeline pipeline = new AuditPipeline(s -> SERVICE.audit(s, Policy.DEFAULT),
                new Tally(List.of(out), AuditListener.NONE), threads)) {
            for (int i = 0; i < servers; i++) {
                pipeline.server(fleet.server(i));
                if (i % 97 == 0) {
                    pipeline.server(fleet.server(i));
                }
            }
            pipeline.finish();
        }
        return out.written;
    }

    @Test
    void any_number_of_workers_writes_the_same_records_in_input_order() throws IOException {
        List<String> one = audit(1, 3_000);
        List<String> three = audit(3, 3_000);
        assertThat(three).isEqualTo(one);
        assertThat(one).hasSize(3_000 + 31);
        assertThat(one.get(1)).startsWith("rejected").contains("duplicate host");
    }

    /** As {@link #audit}, but every other record is handed over still to be mapped, and some map to rejections. */
    static List<String> auditPending(int threads, int servers) throws IOException {
        Recording out = new Recording();
        SyntheticFleet fleet = new SyntheticFleet(3);
        try (AuditPipeline pipeline = new AuditPipeline(s -> SERVICE.audit(s, Policy.DEFAULT),
                new Tally(List.of(out), AuditListener.NONE), threads)) {
            for (int i = 0; i < servers; i++) {
                Server server = fleet.server(i);
                if (i % 2 == 0) {
                    pipeline.server(server);
                } else if (i % 11 == 0) {
                    pipeline.pending(pending(server.provenance(), sink -> sink.reject(
                            Rejection.at(server.provenance(), "damaged record"))));
                } else {
                    pipeline.pending(pending(server.provenance(), sink -> sink.server(server)));
                }
                if (i % 97 == 0) {
                    pipeline.pending(pending(server.provenance(), sink -> sink.server(server)));
                }
            }
            pipeline.finish();
        }
        return out.written;
    }

    private static PendingRecord pending(Provenance where, java.util.function.Consumer<RecordSink> mapping) {
        return new PendingRecord() {
            @Override
            public Provenance provenance() {
                return where;
            }

            @Override
            public void deliverTo(RecordSink sink) {
                mapping.accept(sink);
            }
        };
    }

    @Test
    void records_mapped_by_the_workers_keep_their_place_and_duplicates_are_caught_in_input_order()
            throws IOException {
        List<String> one = auditPending(1, 3_000);
        List<String> three = auditPending(3, 3_000);

        assertThat(three).isEqualTo(one);
        assertThat(one).hasSize(3_000 + 31);
        assertThat(one.get(1)).startsWith("rejected").contains("duplicate host").contains("already read from");
        assertThat(one.stream().filter(r -> r.contains("damaged record"))).hasSize(136);
        assertThat(one.get(12)).contains("damaged record"); // server 11, after the duplicate of server 0
    }

    /** 600 servers H0..H599 through a pipeline of three workers, half of them handed over still to be mapped. */
    static List<String> auditThrough(java.util.function.Function<Server, Object> settle,
                                     java.util.function.Function<Server, Finding> decide,
                                     java.util.function.Consumer<RecordSink> mapH300) throws IOException {
        Recording out = new Recording();
        try (AuditPipeline pipeline = new AuditPipeline(settle, decide,
                new Tally(List.of(out), AuditListener.NONE), 3)) {
            for (int i = 0; i < 600; i++) {
                Server server = Server.builder("H" + i, new Provenance("t", "#" + i)).build();
                if (i == 300) {
                    pipeline.pending(pending(server.provenance(), mapH300));
                } else if (i % 2 == 0) {
                    pipeline.server(server);
                } else {
                    pipeline.pending(pending(server.provenance(), sink -> sink.server(server)));
                }
            }
            pipeline.finish();
        }
        return out.written;
    }

    private static Finding decided(Server s) {
        return SERVICE.audit(s, Policy.DEFAULT);
    }

    private static Finding overflowOn(String host, Server s) {
        if (s.host().equals(host)) {
            return overflowOn(host, s); // as a rule engine recursing without end on a pathological server
        }
        return decided(s);
    }

    @Test
    void a_server_that_overflows_the_stack_is_rejected_as_a_defect_and_the_rest_are_audited() throws IOException {
        List<String> written = auditThrough(s -> s, s -> overflowOn("H123", s),
                sink -> sink.server(Server.builder("H300", new Provenance("t", "#300")).build()));

        assertThat(written).hasSize(600);
        assertThat(written.get(123)).startsWith("rejected").contains("kbaudit could not evaluate H123")
                .contains("a defect of kbaudit").contains("StackOverflowError");
        assertThat(written.stream().filter(w -> w.startsWith("rejected"))).hasSize(1);
    }

    @Test
    void a_server_whose_adapters_cannot_be_settled_is_rejected_as_a_defect_and_the_rest_are_audited()
            throws IOException {
        List<String> written = auditThrough(s -> {
            if (s.host().equals("H457")) {
                throw new IllegalStateException("cannot settle");
            }
            return RepeatedAdapters.settle(s);
        }, AuditPipelineTest::decided, sink -> sink.server(Server.builder("H300", new Provenance("t", "#300")).build()));

        assertThat(written).hasSize(600);
        assertThat(written.get(457)).startsWith("rejected").contains("kbaudit could not evaluate H457")
                .contains("a defect of kbaudit").contains("cannot settle");
        assertThat(written.stream().filter(w -> w.startsWith("rejected"))).hasSize(1);
    }

    @Test
    void a_record_that_overflows_the_stack_while_mapped_is_rejected_as_a_defect_and_the_rest_are_audited()
            throws IOException {
        List<String> written = auditThrough(RepeatedAdapters::settle, AuditPipelineTest::decided,
                AuditPipelineTest::mapWithoutEnd);

        assertThat(written).hasSize(600);
        assertThat(written.get(300)).startsWith("rejected").contains("kbaudit could not read this record")
                .contains("a defect of kbaudit").contains("StackOverflowError");
        assertThat(written.stream().filter(w -> w.startsWith("rejected"))).hasSize(1);
    }

    private static void mapWithoutEnd(RecordSink sink) {
        mapWithoutEnd(sink); // as a mapper recursing without end into a deeply nested record
    }

    @Test
    void running_out_of_memory_still_stops_the_run() {
        assertThatThrownBy(() -> auditThrough(s -> s, s -> {
            if (s.host().equals("H42")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return decided(s);
        }, sink -> sink.server(Server.builder("H300", new Provenance("t", "#300")).build())))
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(OutOfMemoryError.class),
                        e -> assertThat(e).isInstanceOf(StopReading.class).cause().isInstanceOf(OutOfMemoryError.class));
    }

    @Test
    void a_report_that_cannot_be_written_stops_the_reading() {
        Recording out = new Recording();
        out.failAfter = 10;
        int[] handed = {0};
        assertThatThrownBy(() -> {
            try (AuditPipeline pipeline = new AuditPipeline(s -> SERVICE.audit(s, Policy.DEFAULT),
                    new Tally(List.of(out), AuditListener.NONE), 2)) {
                for (int i = 0; i < 100_000; i++) {
                    handed[0]++;
                    pipeline.server(Server.builder("H" + i, new Provenance("t", "#" + i)).build());
                }
                pipeline.finish();
            }
        }).isInstanceOfAny(StopReading.class, IOException.class).hasMessageContaining("disk full");
        // the batch the writer failed on, the batches queued behind it and the one whose handing over saw the
        // failure: the reading stops there, not at the end of the input
        int most = AuditPipeline.BATCH * (1 + AuditPipeline.batchesQueued(2) + 1);
        assertThat(handed[0]).isLessThanOrEqualTo(most);
        assertThat(out.written).hasSize(10);
    }
}
