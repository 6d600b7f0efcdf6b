package org.kbaudit.audit;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.Rejection;
import org.kbaudit.report.ReportWriter;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;

/**
 * Counts what is written and hands it to every report writer, in input order. Used by one thread, but
 * for {@link #prepare}, which any thread may call.
 */
final class Tally {

    private final List<ReportWriter> writers;
    private final AuditListener listener;
    private final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    private long audited;
    private long rejected;
    private long disagreements;

    Tally(List<ReportWriter> writers, AuditListener listener) {
        this.writers = writers;
        this.listener = listener;
    }

    /** What every writer does ahead with the finding, in the writers' order; on any thread. */
    Object[] prepare(Finding finding) {
        Object[] prepared = new Object[writers.size()];
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = writers.get(i).prepare(finding);
        }
        return prepared;
    }

    /** A finding, with what {@link #prepare} made of it for each writer. */
    void finding(Finding finding, Object[] prepared) throws IOException {
        audited++;
        byStatus.merge(finding.status(), 1L, Long::sum);
        if (finding.simulation() != null && !finding.simulation().confirmed()) {
            disagreements++;
        }
        for (int i = 0; i < writers.size(); i++) {
            writers.get(i).finding(finding, prepared[i]);
        }
        listener.recordDone(audited + rejected);
    }

    void rejection(Rejection rejection) throws IOException {
        rejected++;
        for (ReportWriter writer : writers) {
            writer.rejection(rejection);
        }
        listener.recordDone(audited + rejected);
    }

    Summary summary() {
        return new Summary(audited + rejected, audited, rejected, byStatus, disagreements);
    }
}
