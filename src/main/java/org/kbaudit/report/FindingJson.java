package org.kbaudit.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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

    private static final byte[] HOST = ascii("{\"host\":");
    private static final byte[] STATUS = ascii(",\"status\":");
    private static final byte[] PLATFORM = ascii(",\"platform\":");
    private static final byte[] SERVICE_PACK = ascii(",\"servicePack\":");
    private static final byte[] EXPOSURES = ascii(",\"exposures\":[");
    private static final byte[] AT_RISK_ADAPTERS = ascii("],\"atRiskAdapters\":[");
    private static final byte[] AT_RISK_VLANS = ascii("],\"atRiskVlans\":[");
    private static final byte[] ADAPTER = ascii("{\"adapter\":");
    private static final byte[] ID = ascii(",\"id\":");
    private static final byte[] SITE = ascii(",\"site\":");
    private static final byte[] CRITICALITY = ascii(",\"criticality\":");
    private static final byte[] WINDOW = ascii(",\"maintenanceWindow\":");
    private static final byte[] OWNER = ascii(",\"owner\":");
    private static final byte[] SOURCE = ascii(",\"source\":{\"file\":");
    private static final byte[] LOCATION = ascii(",\"location\":");
    private static final byte[] NULL = ascii("null");

    /** The middles encoded lately on this thread, by their rule trail. */
    private static final ThreadLocal<RecentByIdentity<List<String>, Middle>> MIDDLES =
            ThreadLocal.withInitial(() -> new RecentByIdentity<>(1024));
    private static final ThreadLocal<JsonOut> OUT = ThreadLocal.withInitial(JsonOut::new);

    private FindingJson() {
    }

    /**
     * The finding's server object, compact, in the very bytes Jackson's generator writes for it (texts escaped
     * as Jackson escapes them), written straight as bytes: this runs for every server of the fleet.
     */
    public static byte[] encode(Finding f) {
        JsonOut out = OUT.get().reset();
        Server s = f.server();
        out.raw(HOST).text(s.host());
        out.raw(STATUS).text(f.status().name());
        out.raw(PLATFORM).text(f.platform() == null ? null : f.platform().name());
        out.raw(SERVICE_PACK).number(f.servicePack());
        out.raw(EXPOSURES);
        boolean first = true;
        for (Exposure e : f.exposures()) {
            out.comma(first).text(e.name());
            first = false;
        }
        out.raw(AT_RISK_ADAPTERS);
        first = true;
        for (String a : f.atRiskAdapters()) {
            out.comma(first).text(a);
            first = false;
        }
        out.raw(AT_RISK_VLANS);
        first = true;
        for (AdapterVlan v : f.atRiskVlans()) {
            out.comma(first).raw(ADAPTER).text(v.adapter()).raw(ID).number(v.id()).raw('}');
            first = false;
        }
        out.raw(']').raw(middle(f).asUnquotedUTF8());
        out.raw(SITE).text(s.site());
        out.raw(CRITICALITY).text(s.criticality() == null ? null : s.criticality().label());
        out.raw(WINDOW).text(s.maintenanceWindow());
        out.raw(OWNER).text(s.owner());
        out.raw(SOURCE).text(s.provenance().source());
        out.raw(LOCATION).text(s.provenance().location());
        return out.raw('}').raw('}').bytes();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A growing buffer of JSON bytes, one for each thread. Texts that are ASCII and need no escape, nearly all
     * of them, are copied as they stand; any other text is written by Jackson's own generator, so that its
     * escaping is Jackson's in every case.
     */
    static final class JsonOut {
        private byte[] buffer = new byte[4096];
        private int length;
        private ByteArrayOutputStream escaped = new ByteArrayOutputStream(256);

        JsonOut reset() {
            length = 0;
            if (buffer.length > 1 << 16) {
                buffer = new byte[4096]; // a huge record once does not keep a huge buffer on every worker
            }
            return this;
        }

        JsonOut raw(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }

        JsonOut raw(char c) {
            room(1);
            buffer[length++] = (byte) c;
            return this;
        }

        JsonOut comma(boolean first) {
            return first ? this : raw(',');
        }

        JsonOut number(Integer value) {
            return value == null ? raw(NULL) : raw(ascii(Integer.toString(value)));
        }

        JsonOut text(String text) {
            if (text == null) {
                return raw(NULL);
            }
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            for (byte b : bytes) {
                if (b < 0x20 || b == '"' || b == '\\' || b == '?') { // '?' also stands for what Latin-1 lacks
                    return raw(jackson(text));
                }
            }
            room(bytes.length + 2);
            buffer[length++] = '"';
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            buffer[length++] = '"';
            return this;
        }

        private byte[] jackson(String text) {
            if (escaped.size() > 1 << 16) {
                escaped = new ByteArrayOutputStream(256);
            }
            escaped.reset();
            try (JsonGenerator g = JSON.createGenerator(escaped, JsonEncoding.UTF8)) {
                g.writeString(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return escaped.toByteArray();
        }

        private void room(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, length);
        }
    }

    /** {@code ,"fix":...,"rules":[...]}: from this thread's cache when a finding of the same decision wrote it. */
    private static SerializedString middle(Finding f) {
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

    private static void writeInteger(JsonGenerator g, SerializedString field, Integer value) throws IOException {
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
