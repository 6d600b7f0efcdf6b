package org.kbaudit.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/**
 * The quick way from the bytes of one JSON server object to a {@link Server}: the tokens mapped field by
 * field, with no tree in between. It knows only the plain shapes of INVENTORY.md (text as strings,
 * booleans as booleans, VLAN ids as whole numbers or strings, sizes as whole numbers). On anything else,
 * a wrong field included, it gives up and returns {@code null}; the tree mapper ({@link JsonServerMapper})
 * then decides, and names what is wrong. It never accepts what the tree mapper would not, and gives the
 * same server when both accept, which a property test checks.
 */
final class JsonServerStream {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Leaves the quick way; carries no stack trace. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private JsonServerStream() {
    }

    /**
     * The server in {@code json}, whose first value is a server object; {@code null} when this is not one of
     * the plain shapes.
     */
    static Server read(byte[] json, Provenance where, String path) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            return server(p, where, path);
        } catch (IOException | RuntimeException e) {
            // GiveUp, damage, or a value a domain type refuses: the tree mapper decides and explains
            return null;
        }
    }

    private static Server server(JsonParser p, Provenance where, String path) throws IOException {
        String host = null;
        String os = null;
        String osVersion = null;
        String architecture = null;
        String servicePack = null;
        HotfixInventory hotfixes = null;
        List<InstalledFile> files = null;
        List<Adapter> adapters = null;
        Boolean restartPending = null;
        String site = null;
        String window = null;
        String owner = null;
        String criticality = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "host" -> host = text(p, value);
                case "os" -> os = text(p, value);
                case "osVersion" -> osVersion = text(p, value);
                case "architecture" -> architecture = text(p, value);
                case "servicePack" -> servicePack = text(p, value);
                case "hotfixes" -> hotfixes = hotfixes(p, value);
                case "files" -> files = files(p, value);
                case "adapters" -> adapters = adapters(p, value, where, path + ".adapters");
                case "restartPending" -> restartPending = bool(value);
                case "site" -> site = text(p, value);
                case "maintenanceWindow" -> window = text(p, value);
                case "owner" -> owner = text(p, value);
                case "criticality" -> criticality = text(p, value);
                default -> p.skipChildren();
            }
        }
        if (host == null || host.isBlank()) {
            throw GIVE_UP;
        }
        Server.Builder server = Server.builder(host.strip(), where).os(os).osVersion(osVersion)
                .architecture(architecture).servicePack(servicePack).hotfixes(hotfixes).files(files)
                .adapters(adapters).restartPending(Boolean.TRUE.equals(restartPending)).site(site)
                .maintenanceWindow(window).owner(owner);
        try {
            server.criticality(Criticality.parse(criticality));
        } catch (IllegalArgumentException e) {
            server.notes(List.of(path + ".criticality: " + e.getMessage() + "; left empty"));
        }
        return server.build();
    }

    private static HotfixInventory hotfixes(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value == JsonToken.VALUE_STRING) {
            return FieldValues.hotfixCell(p.getText());
        }
        expect(value, JsonToken.START_ARRAY);
        List<String> ids = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.VALUE_STRING);
            ids.add(p.getText());
        }
        return HotfixInventory.listed(ids);
    }

    private static List<InstalledFile> files(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY);
        List<InstalledFile> files = new ArrayList<>(2);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            String name = null;
            String version = null;
            Long size = null;
            String where = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "name" -> name = text(p, v);
                    case "version" -> version = text(p, v);
                    case "path" -> where = text(p, v);
                    case "size" -> size = size(p, v);
                    default -> p.skipChildren();
                }
            }
            if (name == null || name.isBlank()) {
                throw GIVE_UP;
            }
            files.add(new InstalledFile(name.strip(), FileVersion.parse(version), size, where));
        }
        return files;
    }

    private static Long size(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.VALUE_NUMBER_INT);
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG || p.getLongValue() < 0) {
            throw GIVE_UP;
        }
        return p.getLongValue();
    }

    private static List<Adapter> adapters(JsonParser p, JsonToken value, Provenance where, String path)
            throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY);
        List<Adapter> adapters = new ArrayList<>(4);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            String name = null;
            String description = null;
            String driver = null;
            Boolean virtual = null;
            Boolean hotPlug = null;
            List<Vlan> vlans = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "name" -> name = text(p, v);
                    case "description" -> description = text(p, v);
                    case "driver" -> driver = text(p, v);
                    case "virtual" -> virtual = bool(v);
                    case "hotPlug" -> hotPlug = bool(v);
                    case "vlans" -> vlans = vlans(p, v);
                    default -> p.skipChildren();
                }
            }
            if (name == null || name.isBlank()) {
                throw GIVE_UP;
            }
            adapters.add(new Adapter(name.strip(), description, driver, false, virtual, hotPlug, vlans,
                    where.at(path + "[" + adapters.size() + "]")));
        }
        return adapters;
    }

    private static List<Vlan> vlans(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (value == JsonToken.VALUE_STRING) {
            return FieldValues.vlans(p.getText());
        }
        expect(value, JsonToken.START_ARRAY);
        List<Vlan> vlans = new ArrayList<>(4);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                vlans.add(FieldValues.vlan(Integer.toString(p.getIntValue())));
            } else if (t == JsonToken.VALUE_STRING) {
                vlans.add(FieldValues.vlan(p.getText()));
            } else {
                throw GIVE_UP;
            }
        }
        return vlans;
    }

    private static String text(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static Boolean bool(JsonToken value) {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw GIVE_UP;
        };
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw GIVE_UP;
        }
    }
}
