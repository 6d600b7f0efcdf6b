package org.kbaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kbaudit.audit.WhatIfService;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;
import org.kbaudit.report.AtomicFile;
import org.kbaudit.simulation.Assumptions;
import org.kbaudit.simulation.Component;
import org.kbaudit.simulation.Outcome;
import org.kbaudit.simulation.Timeline;
import org.kbaudit.simulation.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kbaudit simulate}: what one event would do to one server of an inventory. Translates options into
 * a {@link WhatIfService.Request}, hands it to the service, and prints the outcome.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Show which adapters one event would halt and which VLANs would go dark while showing"
                + " active (KB907019).")
public final class SimulateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<inventory>", description = "The inventory file holding the host.")
    Path inventory;

    @Option(names = "--host", required = true, paramLabel = "NAME", description = "The server to simulate.")
    String host;

    @Option(names = "--event", required = true, paramLabel = "EVENT",
            description = "hotswap:ADAPTER, add:ADAPTER, add:NEW:DRIVER, remove:ADAPTER, restart:ADAPTER or"
                    + " add-vlan:ADAPTER:ID")
    String event;

    @Option(names = "--fixed", description = "Simulate with the fix (SP2 or the hotfix) in place.")
    boolean fixed;

    @Option(names = "--defective", description = "Simulate without the fix. Without --fixed or --defective the"
            + " server's own fix evidence decides, as the audit reads it.")
    boolean defective;

    @Option(names = "--scope", paramLabel = "same-driver|all-adapters", defaultValue = "same-driver",
            converter = PolicyOptions.ScopeConverter.class,
            description = "Which adapters a halt reaches (default: ${DEFAULT-VALUE}).")
    Policy.Scope scope;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the outcome as JSON.")
    Path json;

    /* SEAM: how the server of a host name is found in an inventory file. The caller wires it to the ingest loaders. */
    private final BiFunction<Path, String, Server> hostFinder;
    private final WhatIfService service;
    private final Function<Server, WhatIfService.Reading> audit;

    /**
     * @param hostFinder      the server of a host name in an inventory file, the one an audit audits; throws
     *                        {@link KbauditException} (one-line message) when there is none, or
     *                        {@link UncheckedIOException}
     * @param audit           the audit's reading of the server: whether the article applies and the fix is in
     *                        effect, used when neither --fixed nor --defective is given
     */
    public SimulateCommand(BiFunction<Path, String, Server> hostFinder, WhatIfService service,
                           Function<Server, WhatIfService.Reading> audit) {
        this.hostFinder = Objects.requireNonNull(hostFinder, "hostFinder");
        this.service = Objects.requireNonNull(service, "service");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (fixed && defective) {
                throw new KbauditException("--fixed and --defective exclude each other");
            }
            WhatIfService.EventSpec eventSpec = WhatIfService.EventSpec.parse(event);
            Policy.Scope haltScope = scope;
            if (json != null && sameFile(json, inventory)) {
                throw new KbauditException("--json " + json + " would overwrite the inventory");
            }
            Server server = hostFinder.apply(inventory, host);
            List<String> notes = new ArrayList<>();
            WhatIfService.Reading reading = audit.apply(server);
            if (reading.status() == Status.NOT_APPLICABLE && !defective) {
                throw new KbauditException(server.host() + " is outside KB907019 (NOT_APPLICABLE): the defect does"
                        + " not apply to it; --defective simulates it anyway");
            }
            boolean withFix = fixed;
            if (!fixed && !defective) {
                withFix = Boolean.TRUE.equals(reading.fixPresent());
                if (reading.fixPresent() == null) {
                    notes.add("The inventory does not decide whether the fix is in effect (missing: "
                            + String.join(", ", reading.missing()) + "): simulated without it; --fixed shows it fixed.");
                }
            }
            List<String> driverless = server.adapters() == null ? List.of() : server.adapters().stream()
                    .filter(a -> a.driver() == null).map(Adapter::name).toList();
            if (!driverless.isEmpty() && haltScope == Policy.Scope.SAME_DRIVER
                    && reading.missing().contains("adapterDrivers")) {
                notes.add("No driver name for " + String.join(", ", driverless) + ": which adapters share their"
                        + " miniport driver is unknown, so halts between them cannot be shown (the audit says UNKNOWN,"
                        + " missing adapterDrivers).");
            }
            WhatIfService.Request request = new WhatIfService.Request(inventory, host, eventSpec, withFix, haltScope,
                    json);
            Outcome outcome = service.simulate(server, request);
            PrintWriter out = spec.commandLine().getOut();
            out.print(text(server.host(), request.event().text(), outcome, notes));
            out.flush();
            if (json != null) {
                write(json, json(server.host(), request.event().text(), outcome, notes));
            }
            return ExitCodes.AUDITED;
        } catch (KbauditException e) {
            return fail(err, e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(err, "cannot read " + inventory + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            return fail(err, "cannot write " + json + ": " + e.getMessage());
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("kbaudit simulate: " + String.valueOf(message).replaceAll("\\R", " "));
        err.flush();
        return ExitCodes.NOTHING_AUDITED;
    }

    /** The outcome as a person reads it: what halts and for how long, which VLANs go dark, the timeline. */
    public static String text(String host, String event, Outcome outcome) {
        return text(host, event, outcome, List.of());
    }

    /** As {@link #text(String, String, Outcome)}, with notes on what the inventory leaves open. */
    public static String text(String host, String event, Outcome outcome, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        sb.append("What if ").append(event).append(" on ").append(host).append('\n');
        for (String note : notes) {
            sb.append("Note: ").append(note).append('\n');
        }
        sb.append("Network configuration component: ").append(outcome.component().label())
                .append(outcome.component() == Component.FIXED ? " (SP2 or hotfix KB907019)" : " (before the fix)")
                .append("; halts reach: ").append(outcome.scope() == Policy.Scope.SAME_DRIVER
                        ? "adapters sharing the miniport driver" : "every adapter of the server")
                .append("\n\n");
        String target = outcome.event().adapter();
        if (outcome.collateralAdapters().isEmpty()) {
            sb.append("No adapter other than ").append(target).append(" is halted.\n");
        } else {
            sb.append("Halted besides ").append(target).append(": ")
                    .append(String.join(", ", outcome.collateralAdapters())).append('\n');
        }
        sb.append("Outages (assumed durations):\n");
        for (Timeline.Outage o : outcome.timeline().outages()) {
            sb.append("  ").append(o.adapter()).append(o.collateral() ? " (collateral)" : " (the adapter changed)")
                    .append(": ");
            if (o.permanent()) {
                sb.append("gone from ").append(o.fromMillis()).append(" ms (removed)\n");
            } else {
                sb.append("no traffic from ").append(o.fromMillis()).append(" to ").append(o.toMillis())
                        .append(" ms (").append(o.durationMillis()).append(" ms")
                        .append(o.halts() > 1 ? ", " + o.halts() + " overlapping halts" : "").append(")\n");
            }
        }
        if (outcome.silentVlans().isEmpty()) {
            sb.append("No VLAN goes dark.\n");
        } else {
            sb.append("VLANs disabled while Network Connections still shows them active (until re-enabled):\n");
            for (AdapterVlan v : outcome.silentVlans()) {
                sb.append("  VLAN ").append(v.id()).append(" on ").append(v.adapter()).append('\n');
            }
        }
        sb.append('\n').append(outcome.timeline().text());
        return sb.toString();
    }

    /** The outcome as the JSON object {@code {"host", "event", "fixed", "collateral", "timeline", ...}}. */
    public static String json(String host, String event, Outcome outcome) {
        return json(host, event, outcome, List.of());
    }

    /** As {@link #json(String, String, Outcome)}, with the notes under {@code "notes"}. */
    public static String json(String host, String event, Outcome outcome, List<String> notes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("host", host);
        root.put("event", event);
        root.put("fixed", outcome.component() == Component.FIXED);
        root.put("scope", outcome.scope().label());
        ArrayNode noteArray = root.putArray("notes");
        notes.forEach(noteArray::add);
        ObjectNode collateral = root.putObject("collateral");
        ArrayNode adapters = collateral.putArray("adapters");
        outcome.collateralAdapters().forEach(adapters::add);
        ArrayNode vlans = collateral.putArray("vlans");
        for (AdapterVlan v : outcome.silentVlans()) {
            vlans.addObject().put("adapter", v.adapter()).put("id", v.id());
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry e : outcome.timeline().entries()) {
            ObjectNode entry = timeline.addObject().put("atMillis", e.atMillis()).put("adapter", e.adapter())
                    .put("what", e.what().name());
            if (e.vlanId() != null) {
                entry.put("vlan", e.vlanId());
            }
            entry.put("collateral", e.collateral()).put("text", e.describe());
        }
        Assumptions a = outcome.timeline().assumptions();
        root.putObject("assumptions").put("note", "timeline durations are assumptions; KB907019 gives none")
                .put("haltMillis", a.haltMillis()).put("reinitMillis", a.reinitMillis())
                .put("swapMillis", a.swapMillis());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, String content) throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            file.stream().write(content.getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        if (b == null) {
            return false;
        }
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return a.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT)
                .equals(b.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT));
    }
}
