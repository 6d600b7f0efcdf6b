package org.kbaudit.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.RunInfo;
import org.kbaudit.domain.Status;
import org.kbaudit.domain.Summary;

/**
 * The JSON report of REPORTS.md, a stable contract for automation, written as a stream: the head
 * ({@code kb}, {@code policy}, {@code rules}, {@code summary}) first, with room for the summary's figures,
 * which are filled in at the end; then one server object a line as findings arrive; then the rejections,
 * kept aside meanwhile. Nothing in it depends on the time of the run: the same input gives the same bytes.
 */
public final class JsonReportWriter implements FileReport {

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] NEXT = ",\n    ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FIRST = "\n    ".getBytes(StandardCharsets.UTF_8);

    private final Path target;
    private AtomicFile file;
    private OutputStream out;
    private Path rejectedPart;
    private OutputStream rejected;
    private long summaryAt;
    private int summaryRoom;
    private boolean firstServer = true;
    private boolean firstRejected = true;

    public JsonReportWriter(Path target) {
        this.target = target;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        file = new AtomicFile(target);
        out = file.stream();
        rejectedPart = TempFiles.create(file.target().getParent(), ".kbaudit-rejected.", ".tmp");
        rejected = new BufferedOutputStream(Files.newOutputStream(rejectedPart), 1 << 16);
        StringBuilder head = new StringBuilder("{\n");
        head.append("  \"kb\" : ").append(quote(KbArticle.KB907019.id())).append(",\n");
        head.append("  \"policy\" : { \"prefer\" : ").append(quote(run.policy().prefer().label()))
                .append(", \"scope\" : ").append(quote(run.policy().scope().label())).append(" },\n");
        head.append("  \"rules\" : { \"source\" : ").append(quote(run.rulesSource()))
                .append(", \"sha256\" : ").append(quote(run.rulesHash())).append(" },\n");
        head.append("  \"summary\" : ");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        out.write(headBytes);
        summaryAt = headBytes.length;
        Map<Status, Long> most = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            most.put(s, Long.MAX_VALUE);
        }
        summaryRoom = summary(new Summary(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, most, Long.MAX_VALUE)).length;
        out.write(" ".repeat(summaryRoom).getBytes(StandardCharsets.UTF_8));
        out.write(",\n  \"servers\" : [".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void finding(Finding finding) throws IOException {
        finding(finding, prepare(finding));
    }

    /** Encodes the finding's server object, on the worker that decided it. */
    @Override
    public Object prepare(Finding finding) {
        return FindingJson.encode(finding);
    }

    @Override
    public void finding(Finding finding, Object prepared) throws IOException {
        out.write(firstServer ? FIRST : NEXT);
        firstServer = false;
        out.write((byte[]) prepared);
    }

    @Override
    public void rejection(Rejection rejection) throws IOException {
        rejected.write(firstRejected ? FIRST : NEXT);
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
    public void finish(Summary summary) throws IOException {
        rejected.close();
        out.write((firstServer ? "],\n" : "\n  ],\n").getBytes(StandardCharsets.UTF_8));
        out.write("  \"rejected\" : [".getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(rejectedPart)) {
            in.transferTo(out);
        }
        out.write((firstRejected ? "]\n}\n" : "\n  ]\n}\n").getBytes(StandardCharsets.UTF_8));
        byte[] figures = summary(summary);
        byte[] padded = (new String(figures, StandardCharsets.UTF_8) + " ".repeat(summaryRoom - figures.length))
                .getBytes(StandardCharsets.UTF_8);
        file.overwrite(summaryAt, padded);
        file.finish();
        Files.deleteIfExists(rejectedPart);
    }

    @Override
    public void commit() throws IOException {
        file.commitUndoably();
    }

    @Override
    public AtomicFile file() {
        return file;
    }

    /** The summary object on one line. */
    private static byte[] summary(Summary s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("read", s.read());
            g.writeNumberField("audited", s.audited());
            g.writeNumberField("rejected", s.rejected());
            g.writeObjectFieldStart("byStatus");
            for (Map.Entry<Status, Long> count : s.byStatus().entrySet()) {
                g.writeNumberField(count.getKey().name(), count.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("simulationDisagreements", s.disagreements());
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static String quote(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeString(text);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void abort() {
        if (file != null) {
            file.abort();
        }
        if (rejected != null) {
            try {
                rejected.close();
            } catch (IOException ignored) {
                // being thrown away
            }
        }
        if (rejectedPart != null) {
            try {
                Files.deleteIfExists(rejectedPart);
            } catch (IOException ignored) {
                // a hidden .tmp file may stay behind; nothing else can be done
            }
        }
    }
}
