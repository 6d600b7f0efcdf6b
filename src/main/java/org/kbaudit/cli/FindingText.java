package org.kbaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.HotfixFile;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Server;

/** A finding as text for a person at a terminal. */
final class FindingText {

    private FindingText() {
    }

    static void explain(Finding f, List<String> conclusions, PrintWriter out) {
        Server s = f.server();
        out.printf("%s: %s%s%n", s.host(), f.status(),
                f.ifUnpatched() == null ? "" : " (if unpatched: " + f.ifUnpatched() + ")");
        out.printf("  source:       %s%n", s.provenance());
        out.println("Facts the rules saw:");
        out.printf("  os:           %s%n", orUnknown(s.os()));
        out.printf("  osVersion:    %s%n", orUnknown(s.osVersion()));
        out.printf("  architecture: %s%n", orUnknown(s.architecture()));
        out.printf("  servicePack:  %s%n", orUnknown(s.servicePack()));
        out.printf("  hotfixes:     %s%n", s.hotfixes() == null ? "unknown"
                : s.hotfixes().entries().isEmpty() ? "none" : String.join(", ", s.hotfixes().entries())
                + (s.hotfixes().complete() ? "" : " (incomplete: " + s.hotfixes().incompleteBecause() + ")"));
        out.printf("  files:        %s%n", s.files() == null ? "unknown" : s.files().stream()
                .map(InstalledFile::toString).collect(Collectors.joining(", ")));
        out.printf("  restart pending: %s%n", s.restartPending() ? "yes" : "no");
        if (s.adapters() == null) {
            out.println("  adapters:     unknown");
        } else {
            for (Adapter a : s.adapters()) {
                out.printf("  adapter %-20s driver %-12s VLANs %s%s%n", a.name(),
                        a.driver() == null ? "unknown" : a.driver() + (a.driverInferred() ? " (inferred)" : ""),
                        a.vlans().isEmpty() ? "none" : a.vlans().stream().map(v -> String.valueOf(v.id()))
                                .collect(Collectors.joining(",")),
                        Boolean.TRUE.equals(a.virtual()) ? " (virtual)" : "");
            }
        }
        out.println("What the rules concluded:");
        for (String c : conclusions) {
            out.println("  " + c);
        }
        out.println("Finding:");
        out.printf("  platform:     %s%n", f.platform() == null ? "unknown" : f.platform());
        out.printf("  servicePack:  %s%n", f.servicePack() == null ? "unknown" : f.servicePack());
        out.printf("  fix:          %s - %s%n", f.fix().present() == null ? "unknown"
                : f.fix().present() ? "present" : "absent", f.fix().evidence());
        out.printf("  exposures:    %s%n", f.exposures().isEmpty() ? "none" : f.exposures());
        out.printf("  at risk:      adapters %s, VLANs %s%n", f.atRiskAdapters(), f.atRiskVlans().stream()
                .map(v -> v.adapter() + ":" + v.id()).toList());
        out.printf("  remediation:  %s (options %s, hotfix needs SP%s, restart %s)%n",
                f.remediation().recommended() == null ? "none" : f.remediation().recommended(),
                f.remediation().options(), f.remediation().minimumServicePackForHotfix() == null ? "?"
                        : f.remediation().minimumServicePackForHotfix(),
                f.remediation().restartRequired() ? "required" : "not required");
        for (HotfixFile file : f.remediation().files()) {
            out.printf("  verify:       %s %s (%,d bytes, %s)%n", file.name(), file.version(), file.size(),
                    file.filePlatform());
        }
        if (f.simulation() != null) {
            out.printf("  simulation:   %s, %d collateral halt(s), %d silent VLAN(s)%s%n",
                    f.simulation().confirmed() ? "confirmed" : "DISAGREES", f.simulation().collateralHalts(),
                    f.simulation().silentVlans(),
                    f.simulation().disagreement() == null ? "" : " - " + f.simulation().disagreement());
        }
        out.printf("  priority:     %s%n", f.priority() == null ? "none" : f.priority());
        if (!f.missing().isEmpty()) {
            out.printf("  missing:      %s%n", String.join(", ", f.missing()));
        }
        for (String w : f.warnings()) {
            out.printf("  warning:      %s%n", w);
        }
        out.println("Rules that fired:");
        for (String rule : f.rules()) {
            out.println("  - " + rule);
        }
        out.flush();
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
