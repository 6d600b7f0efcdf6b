package org.kbaudit.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.io.SerializedString;

import com.fasterxml.jackson.core.JsonGenerator;

import org.kbaudit.domain.Action;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Exposure;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.HotfixFile;
import org.kbaudit.domain.Remediation;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.SimulationCheck;

/** One finding as the JSON report's {@code servers[]} object (REPORTS.md), field for field. */
public final class FindingJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FindingJson() {
    }

    public static void write(JsonGenerator g, Finding f) throws IOException {
        Server s = f.server();
        g.writeStartObject();
        g.writeStringField("host", s.host());
        g.writeStringField("status", f.status().name());
        g.writeStringField("platform", f.platform() == null ? null : f.platform().name());
        writeInteger(g, "servicePack", f.servicePack());
        g.writeArrayFieldStart("exposures");
        for (Exposure e : f.exposures()) {
            g.writeString(e.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("atRiskAdapters");
        for (String a : f.atRiskAdapters()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("atRiskVlans");
        for (AdapterVlan v : f.atRiskVlans()) {
            g.writeStartObject();
            g.writeStringField("adapter", v.adapter());
            g.writeNumberField("id", v.id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("fix");
        if (f.fix().present() == null) {
            g.writeNullField("present");
        } else {
            g.writeBooleanField("present", f.fix().present());
        }
        g.writeStringField("evidence", f.fix().evidence());
        g.writeEndObject();
        writeRemediation(g, f.remediation());
        writeSimulation(g, f.simulation());
        writeInteger(g, "priority", f.priority());
        writeStrings(g, "missing", f.missing());
        g.writeStringField("ifUnpatched", f.ifUnpatched() == null ? null : f.ifUnpatched().name());
        writeStrings(g, "warnings", f.warnings());
        writeRules(g, f.rules());
        g.writeStringField("site", s.site());
        g.writeStringField("criticality", s.criticality() == null ? null : s.criticality().name().toLowerCase());
        g.writeStringField("maintenanceWindow", s.maintenanceWindow());
        g.writeStringField("owner", s.owner());
        g.writeObjectFieldStart("source");
        g.writeStringField("file", s.provenance().source());
        g.writeStringField("location", s.provenance().location());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRemediation(JsonGenerator g, Remediation r) throws IOException {
        g.writeObjectFieldStart("remediation");
        g.writeStringField("recommended", r.recommended() == null ? null : r.recommended().name());
        g.writeArrayFieldStart("options");
        for (Action a : r.options()) {
            g.writeString(a.name());
        }
        g.writeEndArray();
        writeInteger(g, "minimumServicePackForHotfix", r.minimumServicePackForHotfix());
        g.writeBooleanField("restartRequired", r.restartRequired());
        g.writeArrayFieldStart("files");
        for (HotfixFile file : r.files()) {
            g.writeStartObject();
            g.writeStringField("name", file.name());
            g.writeStringField("version", file.version().toString());
            g.writeNumberField("size", file.size());
            g.writeStringField("platform", file.filePlatform());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSimulation(JsonGenerator g, SimulationCheck sim) throws IOException {
        if (sim == null) {
            g.writeNullField("simulation");
            return;
        }
        g.writeObjectFieldStart("simulation");
        g.writeBooleanField("confirmed", sim.confirmed());
        g.writeNumberField("collateralHalts", sim.collateralHalts());
        g.writeNumberField("silentVlans", sim.silentVlans());
        if (sim.disagreement() != null) {
            g.writeStringField("disagreement", sim.disagreement());
        }
        g.writeEndObject();
    }

    /**
     * The rule trail, the longest part of a finding. Servers decided alike share one trail list, so its JSON
     * is kept for the last few lists seen and written as it was.
     */
    private static void writeRules(JsonGenerator g, List<String> rules) throws IOException {
        SerializedString json = RULES_JSON.get().computeIfAbsent(rules, r -> new SerializedString(toJson(r)));
        g.writeFieldName("rules");
        g.writeRawValue(json);
    }

    private static final ThreadLocal<Map<List<String>, SerializedString>> RULES_JSON = ThreadLocal.withInitial(
            () -> new IdentityHashMap<>() {
                @Override
                public SerializedString computeIfAbsent(List<String> key,
                        java.util.function.Function<? super List<String>, ? extends SerializedString> f) {
                    if (size() > 4096) {
                        clear();
                    }
                    return super.computeIfAbsent(key, f);
                }
            });

    private static String toJson(List<String> values) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeInteger(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static void writeStrings(JsonGenerator g, String field, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
