package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.kbaudit.ingest.SysteminfoLabels.Field;

/**
 * The columns a spreadsheet or CSV inventory may have, with every header name INVENTORY.md accepts for
 * each: the one alias table shared by the .xlsx, .xls and CSV loaders. Headers match case-insensitively,
 * ignoring spaces, dots, dashes and underscores ({@code Host_Name}, {@code host-name} and
 * {@code HostName} are one header), so the model's own camelCase names ({@code osVersion},
 * {@code restartPending}) match as well; so does a ConfigMgr view's column, which ends in {@code 0}
 * ({@code Caption0}).
 */
enum TableColumn {
    HOST(Kind.KEY, Field.HOST, "Host", "Hostname", "Host Name", "Computer Name", "Server", "NetBIOS Name"),
    OS(Kind.SERVER, Field.OS_NAME, "OS", "Operating System", "OS Name", "Caption"),
    OS_VERSION(Kind.SERVER, Field.OS_VERSION, "OS Version", "Operating System Version"),
    ARCHITECTURE(Kind.SERVER, Field.SYSTEM_TYPE, "Architecture", "Platform", "System Type", "OS Architecture"),
    SERVICE_PACK(Kind.SERVER, "Service Pack", "SP", "CSDVersion", "Operating System Service Pack"),
    HOTFIXES(Kind.SERVER, Field.HOTFIXES, "Hotfixes", "Hotfix(s)", "Installed Hotfixes", "KBs"),
    NETCFGX_VERSION(Kind.SERVER, "Netcfgx.dll Version", "Netcfgx Version"),
    WNETCFGX_VERSION(Kind.SERVER, "Wnetcfgx.dll Version", "Wnetcfgx Version", "SysWOW64 Netcfgx.dll Version"),
    RESTART_PENDING(Kind.SERVER, "Restart Pending", "Reboot Pending", "Pending Reboot"),
    SITE(Kind.SERVER, "Site", "Location"),
    CRITICALITY(Kind.SERVER, "Criticality", "Tier"),
    MAINTENANCE_WINDOW(Kind.SERVER, "Maintenance Window"),
    OWNER(Kind.SERVER, "Owner"),
    /** systeminfo's own column in {@code /FO CSV}: the server's whole card list in one cell. */
    NETWORK_CARDS(Kind.SERVER, Field.NETWORK_CARDS),
    ADAPTER_NAME(Kind.ADAPTER, "Adapter", "Adapter Name", "NIC", "Connection Name", "NetConnectionID"),
    ADAPTER_DESCRIPTION(Kind.ADAPTER, "Adapter Description"),
    DRIVER(Kind.ADAPTER, "Driver", "Miniport Driver", "Service Name", "ServiceName"),
    VIRTUAL(Kind.ADAPTER, "Virtual"),
    HOT_PLUG(Kind.ADAPTER, "Hot Plug", "Hot Swap", "Hot-Pluggable"),
    VLANS(Kind.ADAPTER, "VLANs", "VLAN IDs", "VLAN");

    /** Which sheets a column belongs to. */
    enum Kind { KEY, SERVER, ADAPTER }

    /**
     * Headers too generic to mean one thing everywhere: {@code Version} is the OS version only on a
     * server sheet; {@code Description} and {@code Product Name} describe an adapter only where adapters
     * are listed.
     */
    private record RoleAlias(String header, TableColumn column, Set<SheetRole> roles) {
    }

    private static final List<RoleAlias> ROLE_ALIASES = List.of(
            new RoleAlias("Version", OS_VERSION, EnumSet.of(SheetRole.SERVERS)),
            new RoleAlias("Description", ADAPTER_DESCRIPTION, EnumSet.of(SheetRole.ADAPTERS, SheetRole.FLAT)),
            new RoleAlias("Product Name", ADAPTER_DESCRIPTION, EnumSet.of(SheetRole.ADAPTERS, SheetRole.FLAT)));

    private final Kind kind;
    private final List<String> headers;

    TableColumn(Kind kind, String... headers) {
        this.kind = kind;
        this.headers = List.of(headers);
    }

    /**
     * A column that {@code systeminfo /FO CSV} writes too: its headers are also systeminfo's labels of the field,
     * in each language systeminfo is read in ({@code Betriebssystemname}, {@code Nom de l'hôte}).
     */
    TableColumn(Kind kind, Field systeminfo, String... headers) {
        this.kind = kind;
        List<String> all = new ArrayList<>(List.of(headers));
        SysteminfoLabels.labels(systeminfo).stream()
                .filter(label -> all.stream().noneMatch(label::equalsIgnoreCase)) // the English ones, mostly
                .forEach(all::add);
        this.headers = List.copyOf(all);
    }

    /** The field in words, for messages: {@code service pack}, {@code driver}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    Kind kind() {
        return kind;
    }

    /** The header names as INVENTORY.md writes them, for messages. */
    List<String> headers() {
        List<String> all = new ArrayList<>(headers);
        ROLE_ALIASES.stream().filter(a -> a.column == this).forEach(a -> all.add(a.header));
        return all;
    }

    /** Whether a sheet in that role reads this column at all. */
    boolean readOn(SheetRole role) {
        return switch (kind) {
            case KEY -> true;
            case SERVER -> role != SheetRole.ADAPTERS;
            case ADAPTER -> role != SheetRole.SERVERS;
        };
    }

    /** The column a header names on a sheet in that role; empty for headers kbaudit does not read. */
    static Optional<TableColumn> of(String header, SheetRole role) {
        String key = normalise(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<TableColumn> column = ofKey(key, role);
        return column.isPresent() || !isSccmColumn(key) ? column : ofKey(key.substring(0, key.length() - 1), role);
    }

    /**
     * The WMI properties whose ConfigMgr (SCCM) inventory view columns end in {@code 0} ({@code Caption0},
     * {@code CSDVersion0}, {@code Netbios_Name0}); only these, so that a {@code NIC 0} of a sheet with one
     * column per card is not read as the adapter name.
     */
    private static final Set<String> SCCM_PROPERTIES = Set.of("netbiosname", "caption", "csdversion", "version",
            "systemtype", "netconnectionid", "servicename", "description", "productname");

    private static boolean isSccmColumn(String key) {
        return key.endsWith("0") && SCCM_PROPERTIES.contains(key.substring(0, key.length() - 1));
    }

    private static Optional<TableColumn> ofKey(String key, SheetRole role) {
        for (TableColumn column : values()) {
            if (column.readOn(role) && column.headers.stream().anyMatch(h -> normalise(h).equals(key))) {
                return Optional.of(column);
            }
        }
        return ROLE_ALIASES.stream()
                .filter(a -> a.roles.contains(role) && normalise(a.header).equals(key))
                .map(RoleAlias::column)
                .findFirst();
    }

    /** Whether the header is Windows' own {@code CSDVersion}, under which an empty cell means RTM. */
    static boolean isCsdVersion(String header) {
        String key = normalise(header);
        return key.equals("csdversion") || key.equals("csdversion0");
    }

    static String normalise(String header) {
        return header == null ? "" : IGNORED.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** What header names may differ by: spaces, dots, dashes, underscores, no-break spaces, a byte-order mark. */
    private static final java.util.regex.Pattern IGNORED = java.util.regex.Pattern.compile("[\\s.\\-_\\u00a0\\ufeff]");
}
