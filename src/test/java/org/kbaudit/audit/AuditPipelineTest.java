package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.ReportWriter;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Summary;
import org.kbaudit.generate.SyntheticFleet;
import org.kbaudit.ingest.PendingRecord;
import org.kbaudit.ingest.RecordSink;
import org.kbaudit.ingest.StopReading;

class AuditPipelineTest {

    static final AuditService SERVICE = AuditService.withRules(null);

    /** Writes what it is given as text, in the order given. */
    static final class Recording implements ReportWriter {
        final List<String> written = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;
        boolean failToFinish;

        public void begin(RunInfo run) { }

        public void finding(Finding f) throws IOException {
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

        public void commit() { }

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

    @Test
    void a_report_that_cannot_be_written_stops_the_reading() {
        Recording out = new Recording();
        out.failAfter = 10;
        assertThatThrownBy(() -> {
            try (AuditPipeline pipeline = new AuditPipeline(s -> SERVICE.audit(s, Policy.DEFAULT),
                    new Tally(List.of(out), AuditListener.NONE), 2)) {
                for (int i = 0; i < 100_000; i++) {
                    pipeline.server(Server.builder("H" + i, new Provenance("t", "#" + i)).build());
                }
                pipeline.finish();
            }
        }).isInstanceOfAny(StopReading.class, IOException.class).hasMessageContaining("disk full");
        assertThat(out.written).hasSizeLessThanOrEqualTo(10);
    }
}
