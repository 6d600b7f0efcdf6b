package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.List;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;
import org.kbaudit.ingest.JsonBytes.Token;

/**
 * The quick way from the bytes of one JSON server object to a {@link Server}: the tokens ({@link JsonBytes})
 * mapped field by field, with no tree in between. It knows only the plain shapes of INVENTORY.md (text as strings,
 * booleans as booleans, VLAN ids as whole numbers or strings, sizes as whole numbers). On anything else,
 * a wrong field included, it gives up and returns {@code null}; the tree mapper ({@link JsonServerMapper})
 * then decides, and names what is wrong. It never accepts what the tree mapper would not, and gives the
 * same server when both accept, which a property test checks.
 */
final class JsonServerStream {

    private static final RuntimeException GIVE_UP = JsonBytes.GIVE_UP;

    private JsonServerStream() {
    }

    /**
     * The server in {@code json}, a server object and nothing after it but white space; {@code null} when this
     * is not one of the plain shapes.
     */
    static Server read(byte[] json, Provenance where, String path) {
        try {
            JsonBytes p = new JsonBytes(json);
            if (p.next() != Token.START_OBJECT) {
                return null;
            }
            Server server = server(p, where, path);
            return p.restIsWhiteSpace() ? server : null;
        } catch (RuntimeException e) {
            // GiveUp, damage, or a value a domain type refuses: the tree mapper decides and explains
            return null;
        }
    }

    private static Server server(JsonBytes p, Provenance where, String path) {
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
        int seen = 0;
        while (p.next() == Token.FIELD_NAME) {
            String field = p.text();
            Token value = p.next();
            seen = once(seen, switch (field) {
                case "host" -> { host = text(p, value); yield 1; }
                case "os" -> { os = text(p, value); yield 1 << 1; }
                case "osVersion" -> { osVersion = text(p, value); yield 1 << 2; }
                case "architecture" -> { architecture = text(p, value); yield 1 << 3; }
                case "servicePack" -> { servicePack = text(p, value); yield 1 << 4; }
                case "hotfixes" -> { hotfixes = hotfixes(p, value); yield 1 << 5; }
                case "files" -> { files = files(p, value); yield 1 << 6; }
                case "adapters" -> { adapters = adapters(p, value, where, path + ".adapters"); yield 1 << 7; }
                case "restartPending" -> { restartPending = bool(value); yield 1 << 8; }
                case "site" -> { site = text(p, value); yield 1 << 9; }
                case "maintenanceWindow" -> { window = text(p, value); yield 1 << 10; }
                case "owner" -> { owner = text(p, value); yield 1 << 11; }
                case "criticality" -> { criticality = text(p, value); yield 1 << 12; }
                default -> { p.skipChildren(); yield 0; }
            });
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

    private static HotfixInventory hotfixes(JsonBytes p, Token value) {
        if (value == Token.NULL) {
            return null;
        }
        if (value == Token.STRING) {
            return FieldValues.hotfixCell(p.text());
        }
        expect(value, Token.START_ARRAY);
        List<String> ids = new ArrayList<>();
        for (Token t = p.next(); t != Token.END_ARRAY; t = p.next()) {
            expect(t, Token.STRING);
            ids.add(p.text());
        }
        return HotfixInventory.listed(ids);
    }

    private static List<InstalledFile> files(JsonBytes p, Token value) {
        if (value == Token.NULL) {
            return null;
        }
        expect(value, Token.START_ARRAY);
        List<InstalledFile> files = new ArrayList<>(2);
        for (Token t = p.next(); t != Token.END_ARRAY; t = p.next()) {
            expect(t, Token.START_OBJECT);
            String name = null;
            String version = null;
            Long size = null;
            String where = null;
            int seen = 0;
            while (p.next() == Token.FIELD_NAME) {
                String field = p.text();
                Token v = p.next();
                seen = once(seen, switch (field) {
                    case "name" -> { name = text(p, v); yield 1; }
                    case "version" -> { version = text(p, v); yield 1 << 1; }
                    case "path" -> { where = text(p, v); yield 1 << 2; }
                    case "size" -> { size = size(p, v); yield 1 << 3; }
                    default -> { p.skipChildren(); yield 0; }
                });
            }
            if (name == null || name.isBlank()) {
                throw GIVE_UP;
            }
            files.add(new InstalledFile(name.strip(), FileVersion.parse(version), size, where));
        }
        return files;
    }

    private static Long size(JsonBytes p, Token value) {
        if (value == Token.NULL) {
            return null;
        }
        expect(value, Token.NUMBER);
        return p.longValue();
    }

    private static List<Adapter> adapters(JsonBytes p, Token value, Provenance where, String path)
            {
        if (value == Token.NULL) {
            return null;
        }
        expect(value, Token.START_ARRAY);
        List<Adapter> adapters = new ArrayList<>(4);
        for (Token t = p.next(); t != Token.END_ARRAY; t = p.next()) {
            expect(t, Token.START_OBJECT);
            String name = null;
            String description = null;
            String driver = null;
            Boolean virtual = null;
            Boolean hotPlug = null;
            List<Vlan> vlans = List.of();
            int seen = 0;
            while (p.next() == Token.FIELD_NAME) {
                String field = p.text();
                Token v = p.next();
                seen = once(seen, switch (field) {
                    case "name" -> { name = text(p, v); yield 1; }
                    case "description" -> { description = text(p, v); yield 1 << 1; }
                    case "driver" -> { driver = text(p, v); yield 1 << 2; }
                    case "virtual" -> { virtual = bool(v); yield 1 << 3; }
                    case "hotPlug" -> { hotPlug = bool(v); yield 1 << 4; }
                    case "vlans" -> { vlans = vlans(p, v); yield 1 << 5; }
                    default -> { p.skipChildren(); yield 0; }
                });
            }
            if (name == null || name.isBlank()) {
                throw GIVE_UP;
            }
            adapters.add(new Adapter(name.strip(), description, driver, false, virtual, hotPlug, vlans,
                    where.at(path + "[" + adapters.size() + "]")));
        }
        return adapters;
    }

    private static List<Vlan> vlans(JsonBytes p, Token value) {
        if (value == Token.NULL) {
            return List.of();
        }
        if (value == Token.STRING) {
            return FieldValues.vlans(p.text());
        }
        expect(value, Token.START_ARRAY);
        List<Vlan> vlans = new ArrayList<>(4);
        for (Token t = p.next(); t != Token.END_ARRAY; t = p.next()) {
            if (t == Token.NUMBER && p.isInt()) {
                vlans.add(vlan(p.longValue()));
            } else if (t == Token.STRING) {
                vlans.add(FieldValues.vlan(p.text()));
            } else {
                throw GIVE_UP;
            }
        }
        return vlans;
    }

    /** What {@code FieldValues.vlan} makes of the number written out; the tree mapper words a refusal. */
    private static Vlan vlan(long id) {
        if (id < 1 || id > 4094) {
            throw GIVE_UP;
        }
        return Vlan.of((int) id);
    }

    private static String text(JsonBytes p, Token value) {
        if (value == Token.NULL) {
            return null;
        }
        expect(value, Token.STRING);
        return p.text();
    }

    private static Boolean bool(Token value) {
        return switch (value) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw GIVE_UP;
        };
    }

    /**
     * The fields seen so far with this one: a field of the model given twice in one object is given up, for
     * the tree mapper to reject (see {@link RepeatedFields}).
     */
    private static int once(int seen, int field) {
        if ((seen & field) != 0) {
            throw GIVE_UP;
        }
        return seen | field;
    }

    private static void expect(Token actual, Token expected) {
        if (actual != expected) {
            throw GIVE_UP;
        }
    }
}
