package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/**
 * One JSON server object to a {@link Server}, or a rejection naming the JSON path of the first field that
 * is wrong. Field names are those of INVENTORY.md's model (camelCase).
 */
final class JsonServerMapper {

    private JsonServerMapper() {
    }

    static void deliver(JsonNode node, Provenance where, String path, RecordSink sink) {
        try {
            sink.server(map(node, where, path));
        } catch (FieldException e) {
            JsonNode host = node.isObject() ? node.get("host") : null;
            sink.reject(Rejection.at(where.at(e.path), e.getMessage())
                    .withHost(host != null && host.isTextual() ? host.textValue().strip() : null));
        }
    }

    static Server map(JsonNode node, Provenance where, String path) {
        if (!node.isObject()) {
            throw new FieldException(path, "expected a server object, found " + kind(node));
        }
        String host = text(node, path, "host");
        if (host == null || host.isBlank()) {
            throw new FieldException(path + ".host", "the server has no host name");
        }
        Server.Builder server = Server.builder(host.strip(), where)
                .os(text(node, path, "os"))
                .osVersion(text(node, path, "osVersion"))
                .architecture(text(node, path, "architecture"))
                .servicePack(text(node, path, "servicePack"))
                .hotfixes(hotfixes(node.get("hotfixes"), path + ".hotfixes"))
                .files(files(node.get("files"), path + ".files"))
                .adapters(adapters(node.get("adapters"), path + ".adapters", where))
                .restartPending(Boolean.TRUE.equals(bool(node, path, "restartPending")))
                .site(text(node, path, "site"))
                .maintenanceWindow(text(node, path, "maintenanceWindow"))
                .owner(text(node, path, "owner"));
        String criticality = text(node, path, "criticality");
        try {
            server.criticality(Criticality.parse(criticality));
        } catch (IllegalArgumentException e) {
            // carried through to the reports, not used by the verdict: the server is still audited
            server.notes(List.of(path + ".criticality: " + e.getMessage() + "; left empty"));
        }
        return server.build();
    }

    private static HotfixInventory hotfixes(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            try {
                return FieldValues.hotfixCell(node.asText());
            } catch (IllegalArgumentException e) {
                throw new FieldException(path, e.getMessage());
            }
        }
        JsonNode list = listOf(node, path, JsonNode::isObject); // one Get-HotFix object, ConvertTo-Json's list of one
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = hotFixId(list.get(i));
            if (!id.isTextual() && !id.isNumber()) {
                throw new FieldException(path + "[" + i + "]", "expected a hotfix id such as KB907019, found " + kind(id));
            }
            ids.add(id.asText());
        }
        return HotfixInventory.listed(ids);
    }

    /**
     * A {@code Win32_QuickFixEngineering} object ({@code Get-HotFix}, or {@code Select-Object HotFixID}, given
     * to {@code ConvertTo-Json}) stands for its {@code HotFixID}; any other value for itself.
     */
    private static JsonNode hotFixId(JsonNode entry) {
        if (entry.isObject()) {
            for (var fields = entry.fields(); fields.hasNext(); ) {
                var field = fields.next();
                if (field.getKey().equalsIgnoreCase("HotFixID")) {
                    return field.getValue();
                }
            }
        }
        return entry;
    }

    private static List<InstalledFile> files(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<InstalledFile> files = new ArrayList<>();
        JsonNode list = listOf(node, path, JsonNode::isObject);
        for (int i = 0; i < list.size(); i++) {
            String at = element(node, path, i);
            JsonNode file = object(list.get(i), at);
            String name = text(file, at, "name");
            if (name == null || name.isBlank()) {
                throw new FieldException(at + ".name", "the file has no name");
            }
            String version = text(file, at, "version");
            FileVersion parsed;
            try {
                parsed = FileVersion.parse(version);
            } catch (IllegalArgumentException e) {
                throw new FieldException(at + ".version", e.getMessage());
            }
            JsonNode size = file.get("size");
            Long bytes = null;
            if (size != null && !size.isNull()) {
                if (!size.canConvertToLong() || size.asLong() < 0) {
                    throw new FieldException(at + ".size", "expected a size in bytes, found " + kind(size));
                }
                bytes = size.asLong();
            }
            files.add(new InstalledFile(name.strip(), parsed, bytes, text(file, at, "path")));
        }
        return files;
    }

    private static List<Adapter> adapters(JsonNode node, String path, Provenance where) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<Adapter> adapters = new ArrayList<>();
        JsonNode list = listOf(node, path, JsonNode::isObject);
        for (int i = 0; i < list.size(); i++) {
            String at = element(node, path, i);
            JsonNode adapter = object(list.get(i), at);
            String name = text(adapter, at, "name");
            if (name == null || name.isBlank()) {
                throw new FieldException(at + ".name", "the adapter has no name");
            }
            adapters.add(new Adapter(name.strip(), text(adapter, at, "description"), text(adapter, at, "driver"),
                    false, bool(adapter, at, "virtual"), bool(adapter, at, "hotPlug"),
                    vlans(adapter.get("vlans"), at + ".vlans"), where.at(at)));
        }
        return adapters;
    }

    private static List<Vlan> vlans(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            try {
                return FieldValues.vlans(node.asText());
            } catch (IllegalArgumentException e) {
                throw new FieldException(path, e.getMessage());
            }
        }
        List<Vlan> vlans = new ArrayList<>();
        JsonNode list = listOf(node, path, n -> n.isObject() || n.isIntegralNumber());
        for (int i = 0; i < list.size(); i++) {
            String at = element(node, path, i);
            JsonNode vlan = list.get(i);
            try {
                if (vlan.isObject()) {
                    JsonNode id = vlan.get("id");
                    if (id == null || !id.canConvertToInt() || !id.isIntegralNumber() && !id.isTextual()) {
                        throw new FieldException(at + ".id", "expected a VLAN id from 1 to 4094");
                    }
                    vlans.add(new Vlan(FieldValues.vlan(id.asText()).id(), text(vlan, at, "name")));
                } else if (vlan.isIntegralNumber() || vlan.isTextual()) {
                    vlans.add(FieldValues.vlan(vlan.asText()));
                } else {
                    throw new FieldException(at, "expected a VLAN id from 1 to 4094, found " + kind(vlan));
                }
            } catch (IllegalArgumentException e) {
                throw new FieldException(at, e.getMessage());
            }
        }
        return vlans;
    }

    private static String text(JsonNode parent, String path, String field) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        throw new FieldException(path + "." + field, "expected text, found " + kind(value));
    }

    private static Boolean bool(JsonNode parent, String path, String field) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isTextual() || value.isIntegralNumber()) {
            try {
                return FieldValues.bool(value.asText());
            } catch (IllegalArgumentException e) {
                throw new FieldException(path + "." + field, e.getMessage());
            }
        }
        throw new FieldException(path + "." + field, "expected true or false, found " + kind(value));
    }

    /**
     * The elements of a list field. PowerShell's {@code ConvertTo-Json} writes a list of one result as that
     * result alone, not in an array: such a value ({@code single} says which kinds) is a list of one.
     */
    private static JsonNode listOf(JsonNode node, String path, java.util.function.Predicate<JsonNode> single) {
        return single.test(node) ? JsonNodeFactory.instance.arrayNode().add(node) : array(node, path);
    }

    /** The path of a list's element; a list of one written without its array is the field itself. */
    private static String element(JsonNode node, String path, int i) {
        return node.isArray() ? path + "[" + i + "]" : path;
    }

    private static JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new FieldException(path, "expected an array, found " + kind(node));
        }
        return node;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new FieldException(path, "expected an object, found " + kind(node));
        }
        return node;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + abbreviate(node.asText()) + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL, MISSING -> "null";
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** A wrong field, with its JSON path. */
    private static final class FieldException extends RuntimeException {
        private final String path;

        FieldException(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }
}
