package org.kbaudit.ingest;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A field of the inventory model given twice in one object ({@code {"host": "A", "host": "B"}}): JSON leaves
 * which one is meant open, and a parser keeps one of them without a word, so such a server is rejected. Only
 * the model's fields count (a server's, an adapter's, a file's, a VLAN's); fields kbaudit does not read may
 * repeat. The strict reader ({@link JsonServerStream}) gives such a server up; this finds the field for the
 * rejection, from the bytes, before the tree mapper (whose tree keeps one value) reads them.
 */
final class RepeatedFields {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final Set<String> SERVER = Set.of("host", "os", "osVersion", "architecture", "servicePack",
            "hotfixes", "files", "adapters", "restartPending", "site", "criticality", "maintenanceWindow", "owner");
    private static final Set<String> ADAPTER = Set.of("name", "description", "driver", "virtual", "hotPlug", "vlans");
    private static final Set<String> FILE = Set.of("name", "version", "size", "path");
    private static final Set<String> VLAN = Set.of("id", "name");

    private RepeatedFields() {
    }

    /**
     * The path, from the server object, of the first model field given twice ({@code .host},
     * {@code .adapters[1].driver}); {@code null} when none is, or when the bytes are not JSON (the tree mapper
     * then says what is wrong with them).
     */
    static String first(byte[] json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return p.nextToken() == JsonToken.START_OBJECT ? object(p, "", SERVER) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads one object, from after its start, to its end; the first repeated field in it or in what it holds. */
    private static String object(JsonParser p, String path, Set<String> fields) throws IOException {
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (fields.contains(name) && !seen.add(name)) {
                return path + "." + name;
            }
            Set<String> inner = fields == SERVER && name.equals("adapters") ? ADAPTER
                    : fields == SERVER && name.equals("files") ? FILE
                    : fields == ADAPTER && name.equals("vlans") ? VLAN : null;
            String found = inner != null && value == JsonToken.START_ARRAY ? array(p, path + "." + name, inner) : null;
            if (found != null) {
                return found;
            }
            if (inner == null || value != JsonToken.START_ARRAY) {
                p.skipChildren();
            }
        }
        return null;
    }

    private static String array(JsonParser p, String path, Set<String> fields) throws IOException {
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), index++) {
            if (t == JsonToken.START_OBJECT) {
                String found = object(p, path + "[" + index + "]", fields);
                if (found != null) {
                    return found;
                }
            } else {
                p.skipChildren();
            }
        }
        return null;
    }
}
