package org.kbaudit.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.ReportWriter;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;

/**
 * The JSON report of REPORTS.md, a stable contract for automation. Written as a stream: servers and
 * rejections go to temporary files as they arrive (one server object a line), and the document is put
 * together at the end, when the summary that heads it is known, then moved into place atomically.
 * Nothing in it depends on the time of the run: the same input gives the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path target;
    private AtomicFile file;
    private Path serversPart;
    private Path rejectedPart;
    private OutputStream servers;
    private OutputStream rejected;
    private RunInfo run;
    private boolean firstServer = true;
    private boolean firstRejected = true;

    public JsonReportWriter(Path target) {
        this.target = target;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        this.run = run;
        file = new AtomicFile(target);
        Path dir = file.target().getParent();
        serversPart = Files.createTempFile(dir, ".kbaudit-servers.", ".tmp");
        rejectedPart = Files.createTempFile(dir, ".kbaudit-rejected.", ".tmp");
        servers = new BufferedOutputStream(Files.newOutputStream(serversPart), 1 << 16);
        rejected = new BufferedOutputStream(Files.newOutputStream(rejectedPart), 1 << 16);
    }

    @Override
    public void finding(Finding finding) throws IOException {
        servers.write((firstServer ? "\n    " : ",\n    ").getBytes(StandardCharsets.UTF_8));
        firstServer = false;
        try (JsonGenerator g = JSON.createGenerator(servers, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            FindingJson.write(g, finding);
        }
    }

    @Override
    public void rejection(Rejection rejection) throws IOException {
        rejected.write((firstRejected ? "\n    " : ",\n    ").getBytes(StandardCharsets.UTF_8));
        firstRejected = false;
        try (JsonGenerator g = JSON.createGenerator(rejected, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("source", rejection.source());
            g.writeStringField("location", rejection.location());
            g.writeStringField("reason", rejection.reason());
            g.writeEndObject();
        }
    }

    @Override
    public void end(Summary summary) throws IOException {
        servers.close();
        rejected.close();
        OutputStream out = new BufferedOutputStream(file.stream(), 1 << 16);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("kb", KbArticle.KB907019.id());
            g.writeObjectFieldStart("policy");
            g.writeStringField("prefer", run.policy().prefer().label());
            g.writeStringField("scope", run.policy().scope().label());
            g.writeEndObject();
            g.writeObjectFieldStart("rules");
            g.writeStringField("source", run.rulesSource());
            g.writeStringField("sha256", run.rulesHash());
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("read", summary.read());
            g.writeNumberField("audited", summary.audited());
            g.writeNumberField("rejected", summary.rejected());
            g.writeObjectFieldStart("byStatus");
            for (Map.Entry<Status, Long> count : summary.byStatus().entrySet()) {
                g.writeNumberField(count.getKey().name(), count.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("simulationDisagreements", summary.disagreements());
            g.writeEndObject();
            g.writeFieldName("servers");
            g.writeRawValue("[");
            g.flush();
            copy(serversPart, out);
            out.write((firstServer ? "]" : "\n  ]").getBytes(StandardCharsets.UTF_8));
            g.writeFieldName("rejected");
            g.writeRawValue("[");
            g.flush();
            copy(rejectedPart, out);
            out.write((firstRejected ? "]" : "\n  ]").getBytes(StandardCharsets.UTF_8));
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
        file.commit();
        deleteParts();
    }

    private static void copy(Path part, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(part)) {
            in.transferTo(out);
        }
    }

    @Override
    public void abort() {
        if (file != null) {
            file.abort();
        }
        closeQuietly(servers);
        closeQuietly(rejected);
        deleteParts();
    }

    private static void closeQuietly(OutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // being thrown away
            }
        }
    }

    private void deleteParts() {
        for (Path part : new Path[] {serversPart, rejectedPart}) {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a hidden .tmp file may stay behind; nothing else can be done
                }
            }
        }
    }
}
