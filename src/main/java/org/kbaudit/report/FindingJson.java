package org.kbaudit.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import org.kbaudit.domain.Action;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Exposure;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.FixState;
import org.kbaudit.domain.HotfixFile;
import org.kbaudit.domain.Remediation;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.SimulationCheck;
import org.kbaudit.domain.Status;

/**
 * One finding as the JSON report's {@code servers[]} object (REPORTS.md), field for field.
 *
 * <p>Findings decided alike (memoised decisions) share their fix state, remediation, lists and rule trail,
 * so the part of the object from {@code fix} to {@code rules}, which names no adapter and is most of its
 * bytes, is encoded once per decision and written as it was for the next finding that shares it.
 */
public final class FindingJson {

    private static final JsonFactory JSON = new JsonFactory();

    private static final SerializedString HOST = new SerializedString("host");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString PLATFORM = new SerializedString("platform");
    private static final SerializedString SERVICE_PACK = new SerializedString("servicePack");
    private static final SerializedString EXPOSURES = new SerializedString("exposures");
    private static final SerializedString AT_RISK_ADAPTERS = new SerializedString("atRiskAdapters");
    private static final SerializedString AT_RISK_VLANS = new SerializedString("atRiskVlans");
    private static final SerializedString ADAPTER = new SerializedString("adapter");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString SITE = new SerializedString("site");
    private static final SerializedString CRITICALITY = new SerializedString("criticality");
    private static final SerializedString WINDOW = new SerializedString("maintenanceWindow");
    private static final SerializedString OWNER = new SerializedString("owner");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString FILE = new SerializedString("file");
    private static final SerializedString LOCATION = new SerializedString("location");

    /** The middles encoded lately on this thread, by their rule trail. */
    private static final ThreadLocal<RecentByIdentity<List<String>, Middle>> MIDDLES =
            ThreadLocal.withInitial(() -> new RecentByIdentity<>(1024));

    private FindingJson() {
    }

    public static void write(JsonGenerator g, Finding f) throws IOException {
        Server s = f.server();
        g.writeStartObject();
        g.writeFieldName(HOST);
        text(g, s.host());
        g.writeFieldName(STATUS);
        text(g, f.status().name());
        g.writeFieldName(PLATFORM);
        writeName(g, f.platform());
        writeInteger(g, SERVICE_PACK, f.servicePack());
        g.writeFieldName(EXPOSURES);
        g.writeStartArray();
        for (Exposure e : f.exposures()) {
            text(g, e.name());
        }
        g.writeEndArray();
        g.writeFieldName(AT_RISK_ADAPTERS);
        g.writeStartArray();
        for (String a : f.atRiskAdapters()) {
            text(g, a);
        }
        g.writeEndArray();
        g.writeFieldName(AT_RISK_VLANS);
        g.writeStartArray();
        for (AdapterVlan v : f.atRiskVlans()) {
            g.writeStartObject();
            g.writeFieldName(ADAPTER);
            text(g, v.adapter());
            g.writeFieldName(ID);
            g.writeNumber(v.id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeRaw(middle(f));
        g.writeFieldName(SITE);
        text(g, s.site());
        g.writeFieldName(CRITICALITY);
        text(g, s.criticality() == null ? null : s.criticality().label());
        g.writeFieldName(WINDOW);
        text(g, s.maintenanceWindow());
        g.writeFieldName(OWNER);
        text(g, s.owner());
        g.writeFieldName(SOURCE);
        g.writeStartObject();
        g.writeFieldName(FILE);
        text(g, s.provenance().source());
        g.writeFieldName(LOCATION);
        text(g, s.provenance().location());
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A text, in the bytes Jackson's {@code writeString} would write. Text that is ASCII and needs no escape,
     * nearly all of it, is copied as it stands, which spares Jackson's character-by-character loop.
     */
    static void text(JsonGenerator g, String text) throws IOException {
        if (text == null) {
            g.writeNull();
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        for (byte b : bytes) {
            if (b < 0x20 || b == '"' || b == '\\' || b == '?') { // '?' also stands for what Latin-1 lacks
                g.writeString(text);
                return;
            }
        }
        g.writeRawUTF8String(bytes, 0, bytes.length);
    }

    /** {@code ,"fix":...,"rules":[...]}: from this thread's cache when a finding of the same decision wrote it. */
    private static SerializableString middle(Finding f) {
        RecentByIdentity<List<String>, Middle> middles = MIDDLES.get();
        Middle middle = middles.get(f.rules());
        if (middle == null || !middle.fits(f)) {
            middle = Middle.of(f);
            middles.put(f.rules(), middle);
        }
        return middle.json();
    }

    /**
     * The fields from {@code fix} to {@code rules} of one finding, encoded, with what they were encoded
     * from; another finding fits when it holds the very same values (the same instances, as memoised
     * decisions share them; the simulation's figures compared).
     */
    private record Middle(FixState fix, Remediation remediation, SimulationCheck simulation, Integer priority,
                          List<String> missing, Status ifUnpatched, List<String> warnings,
                          SerializedString json) {

        static Middle of(Finding f) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
                g.writeStartObject();
                writeMiddle(g, f);
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String object = bytes.toString(StandardCharsets.UTF_8);
            String fields = "," + object.substring(1, object.length() - 1);
            return new Middle(f.fix(), f.remediation(), f.simulation(), f.priority(), f.missing(), f.ifUnpatched(),
                    f.warnings(), new SerializedString(fields));
        }

        boolean fits(Finding f) {
            return fix == f.fix() && remediation == f.remediation() && missing == f.missing()
                    && warnings == f.warnings() && ifUnpatched == f.ifUnpatched()
                    && Objects.equals(priority, f.priority()) && sameFigures(simulation, f.simulation());
        }

        private static boolean sameFigures(SimulationCheck a, SimulationCheck b) {
            if (a == null || b == null) {
                return a == b;
            }
            return a.confirmed() == b.confirmed() && a.collateralHalts() == b.collateralHalts()
                    && a.silentVlans() == b.silentVlans() && Objects.equals(a.disagreement(), b.disagreement());
        }
    }

    private static void writeMiddle(JsonGenerator g, Finding f) throws IOException {
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
        writeInteger(g, new SerializedString("priority"), f.priority());
        writeStrings(g, "missing", f.missing());
        g.writeStringField("ifUnpatched", f.ifUnpatched() == null ? null : f.ifUnpatched().name());
        writeStrings(g, "warnings", f.warnings());
        writeStrings(g, "rules", f.rules());
    }

    private static void writeRemediation(JsonGenerator g, Remediation r) throws IOException {
        g.writeObjectFieldStart("remediation");
        g.writeStringField("recommended", r.recommended() == null ? null : r.recommended().name());
        g.writeArrayFieldStart("options");
        for (Action a : r.options()) {
            g.writeString(a.name());
        }
        g.writeEndArray();
        writeInteger(g, new SerializedString("minimumServicePackForHotfix"), r.minimumServicePackForHotfix());
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

    private static void writeName(JsonGenerator g, Enum<?> value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.name());
        }
    }

    private static void writeInteger(JsonGenerator g, SerializableString field, Integer value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
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
