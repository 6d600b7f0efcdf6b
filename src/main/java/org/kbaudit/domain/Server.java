package org.kbaudit.domain;

import java.util.List;
import java.util.Objects;

/**
 * One server as an inventory describes it, normalised by a loader but not yet interpreted: the
 * rules decide what its caption, version, architecture and service pack mean.
 *
 * <p>{@code null} always means "the inventory does not say" (unknown); an empty list means "known to be
 * none".
 *
 * @param host             required, unique in a run (case-insensitive)
 * @param os               the OS caption, free text
 * @param osVersion        {@code 5.2.3790}, {@code 5.2.3790.1830} or systeminfo's {@code 5.2.3790 Service Pack 1 Build 3790}
 * @param architecture     free text ({@code x64-based PC}, {@code AMD64}, {@code Itanium}, ...)
 * @param servicePack      free text ({@code SP2}, {@code Service Pack 2}, {@code 2}, {@code RTM}, ...)
 * @param hotfixes         the installed-hotfix list, {@code null} when unknown
 * @param files            the hotfix's files found on the server, {@code null} when unknown
 * @param adapters         the network adapters, {@code null} when unknown
 * @param adaptersIncomplete whether the inventory itself shows that it lists fewer adapters than the server has
 *                         (systeminfo announcing more network cards than it lists)
 * @param restartPending   whether an update waits for a restart
 * @param notes            what the loader had to assume or could not reconcile (become warnings)
 * @param provenance       where the server's record starts
 */
public record Server(String host, String os, String osVersion, String architecture, String servicePack,
                     HotfixInventory hotfixes, List<InstalledFile> files, List<Adapter> adapters,
                     boolean adaptersIncomplete, boolean restartPending, String site, Criticality criticality, String maintenanceWindow,
                     String owner, List<String> notes, Provenance provenance) {

    public Server {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(provenance, "provenance");
        os = blankToNull(os);
        osVersion = blankToNull(osVersion);
        architecture = blankToNull(architecture);
        servicePack = blankToNull(servicePack);
        site = blankToNull(site);
        maintenanceWindow = blankToNull(maintenanceWindow);
        owner = blankToNull(owner);
        files = files == null ? null : List.copyOf(files);
        adapters = adapters == null ? null : List.copyOf(adapters);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static Builder builder(String host, Provenance provenance) {
        return new Builder(host, provenance);
    }

    public Builder toBuilder() {
        return new Builder(host, provenance).os(os).osVersion(osVersion).architecture(architecture)
                .servicePack(servicePack).hotfixes(hotfixes).files(files).adapters(adapters)
                .adaptersIncomplete(adaptersIncomplete).restartPending(restartPending).site(site).criticality(criticality)
                .maintenanceWindow(maintenanceWindow).owner(owner).notes(notes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Assembles a {@link Server} field by field; loaders fill what their format gives. */
    public static final class Builder {
        private final String host;
        private final Provenance provenance;
        private String os;
        private String osVersion;
        private String architecture;
        private String servicePack;
        private HotfixInventory hotfixes;
        private List<InstalledFile> files;
        private List<Adapter> adapters;
        private boolean adaptersIncomplete;
        private boolean restartPending;
        private String site;
        private Criticality criticality;
        private String maintenanceWindow;
        private String owner;
        private List<String> notes = List.of();

        private Builder(String host, Provenance provenance) {
            this.host = host;
            this.provenance = provenance;
        }

        public Builder os(String v) { os = v; return this; }
        public Builder osVersion(String v) { osVersion = v; return this; }
        public Builder architecture(String v) { architecture = v; return this; }
        public Builder servicePack(String v) { servicePack = v; return this; }
        public Builder hotfixes(HotfixInventory v) { hotfixes = v; return this; }
        public Builder files(List<InstalledFile> v) { files = v; return this; }
        public Builder adapters(List<Adapter> v) { adapters = v; return this; }
        public Builder adaptersIncomplete(boolean v) { adaptersIncomplete = v; return this; }
        public Builder restartPending(boolean v) { restartPending = v; return this; }
        public Builder site(String v) { site = v; return this; }
        public Builder criticality(Criticality v) { criticality = v; return this; }
        public Builder maintenanceWindow(String v) { maintenanceWindow = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder notes(List<String> v) { notes = v; return this; }

        public Server build() {
            return new Server(host, os, osVersion, architecture, servicePack, hotfixes, files, adapters,
                    adaptersIncomplete, restartPending, site, criticality, maintenanceWindow, owner, notes, provenance);
        }
    }
}
