package org.kbaudit.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.kbaudit.domain.Finding;
import org.kbaudit.domain.KbauditException;
import org.kbaudit.domain.Policy;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;
import org.kbaudit.simulation.Assumptions;
import org.kbaudit.simulation.Component;
import org.kbaudit.simulation.Event;
import org.kbaudit.simulation.ModelAdapter;
import org.kbaudit.simulation.Outcome;
import org.kbaudit.simulation.ServerModel;
import org.kbaudit.simulation.SimulationException;
import org.kbaudit.simulation.Simulator;

/**
 * What one event would do to one server ({@code kbaudit simulate}): the adapters halted besides the one
 * changed, the VLANs that go dark while showing active, and the timeline. Thread-safe.
 */
public final class WhatIfService {

    private final Assumptions assumptions;

    public WhatIfService(Assumptions assumptions) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
    }

    public WhatIfService() {
        this(Assumptions.DEFAULT);
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    /**
     * What the user asks.
     *
     * @param inventory the inventory the server is read from
     * @param fixed     simulate the fixed network configuration component instead of the defective one
     * @param json      where to write the outcome as JSON, or {@code null}
     */
    public record Request(Path inventory, String host, EventSpec event, boolean fixed, Policy.Scope scope, Path json) {
        public Request {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * What the audit makes of the server, as far as a simulation needs it.
     *
     * @param status     its status
     * @param fixPresent whether the fix is in effect; {@code null} when the inventory does not decide it
     * @param missing    the data to collect, as the finding names it
     */
    public record Reading(Status status, Boolean fixPresent, List<String> missing) {

        public Reading {
            missing = List.copyOf(missing);
        }

        public static Reading of(Finding finding) {
            return new Reading(finding.status(), finding.fix().present(), finding.missing());
        }
    }

    /**
     * The audit's reading of a server with the bundled rules and the default policy: whether the article
     * applies, whether the fix is in effect, and the data the audit misses. None of these depends on
     * {@code --prefer} or {@code --scope}. The rules load on the first server read, so a command line that
     * never simulates does not load them.
     */
    public static Function<Server, Reading> auditReading() {
        return server -> Reading.of(AuditService.withRules(null).audit(server, Policy.DEFAULT));
    }

    /** The kinds of {@code --event}, as written on the command line. */
    public enum Kind {
        HOTSWAP("hotswap"), ADD("add"), REMOVE("remove"), RESTART("restart"), ADD_VLAN("add-vlan");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An {@code --event} as written, before it meets a server.
     *
     * @param vlanId for {@link Kind#ADD_VLAN}, else {@code null}
     * @param driver for {@link Kind#ADD} of a new model, else {@code null}
     */
    public record EventSpec(Kind kind, String adapter, Integer vlanId, String driver) {

        /** The valid forms, for messages. */
        public static final String FORMS = "hotswap:ADAPTER, add:ADAPTER (one more like ADAPTER), add:NEW:DRIVER, "
                + "remove:ADAPTER, restart:ADAPTER, add-vlan:ADAPTER:ID (ID 1-4094)";

        public EventSpec {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(adapter, "adapter");
        }

        /**
         * Reads {@code KIND:ADAPTER[:ID|:DRIVER]}. An adapter name may itself contain colons, except where an
         * id or a driver follows it.
         *
         * @throws InvalidEventException in one line naming the valid forms
         */
        public static EventSpec parse(String text) {
            String given = text == null ? "" : text.strip();
            int colon = given.indexOf(':');
            String kindText = colon < 0 ? given : given.substring(0, colon).toLowerCase(Locale.ROOT);
            String rest = colon < 0 ? "" : given.substring(colon + 1);
            Kind kind = null;
            for (Kind k : Kind.values()) {
                if (k.label().equals(kindText)) {
                    kind = k;
                }
            }
            if (kind == null || rest.isBlank()) {
                throw new InvalidEventException("invalid --event '" + given + "': expected one of " + FORMS);
            }
            int last = rest.lastIndexOf(':');
            if (kind == Kind.ADD_VLAN) {
                return new EventSpec(kind, name(given, last < 0 ? "" : rest.substring(0, last)), vlanId(given,
                        last < 0 ? "" : rest.substring(last + 1)), null);
            }
            if (kind == Kind.ADD && last >= 0) {
                String driver = rest.substring(last + 1).strip();
                if (driver.isEmpty()) {
                    throw new InvalidEventException("invalid --event '" + given + "': the driver after the last ':'"
                            + " is empty; expected one of " + FORMS);
                }
                return new EventSpec(kind, name(given, rest.substring(0, last)), null, driver);
            }
            return new EventSpec(kind, name(given, rest), null, null);
        }

        private static String name(String given, String adapter) {
            if (adapter.isBlank()) {
                throw new InvalidEventException("invalid --event '" + given + "': no adapter named; expected one of "
                        + FORMS);
            }
            return adapter.strip();
        }

        private static Integer vlanId(String given, String id) {
            try {
                int value = Integer.parseInt(id.strip());
                if (value >= 1 && value <= 4094) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new InvalidEventException("invalid --event '" + given + "': the VLAN id must be a number from 1 to"
                    + " 4094; expected one of " + FORMS);
        }

        /** As written on the command line. */
        public String text() {
            return kind.label() + ":" + adapter + (vlanId != null ? ":" + vlanId : "")
                    + (driver != null ? ":" + driver : "");
        }
    }

    /** An {@code --event} that cannot be read. */
    public static final class InvalidEventException extends KbauditException {
        public InvalidEventException(String message) {
            super(message);
        }
    }

    /**
     * Replays the request's event on the server.
     *
     * @throws SimulationException when the server's adapters are unknown or the event does not fit it (the
     *                             message names the adapters there are)
     */
    public Outcome simulate(Server server, Request request) {
        ServerModel model = ServerModel.of(server);
        Simulator simulator = new Simulator(assumptions, Component.of(request.fixed()), request.scope());
        return simulator.apply(model, toEvent(model, request.event()));
    }

    /**
     * The event on this server. {@code add:ADAPTER} naming an adapter the server has means one more adapter
     * of the same model (same driver), named {@code ADAPTER #2} (or the next free number).
     */
    static Event toEvent(ServerModel model, EventSpec spec) {
        switch (spec.kind()) {
            case HOTSWAP:
                return new Event.HotSwap(spec.adapter());
            case REMOVE:
                return new Event.RemoveAdapter(spec.adapter());
            case RESTART:
                return new Event.Restart(spec.adapter());
            case ADD_VLAN:
                return new Event.AddVlan(spec.adapter(), spec.vlanId());
            case ADD:
                if (spec.driver() != null) {
                    return new Event.AddAdapter(spec.adapter(), spec.driver(), false);
                }
                ModelAdapter like;
                try {
                    like = model.adapter(model.require(spec.adapter()));
                } catch (SimulationException e) {
                    throw new SimulationException(e.getMessage() + "; add:ADAPTER adds one more like an existing"
                            + " adapter, add:NEW:DRIVER adds a new one on DRIVER");
                }
                return new Event.AddAdapter(freeName(model, like.name()), like.driver(), like.virtual());
            default:
                throw new IllegalStateException("unhandled " + spec.kind());
        }
    }

    private static String freeName(ServerModel model, String base) {
        for (int n = 2; ; n++) {
            String candidate = base + " #" + n;
            boolean taken = false;
            for (ModelAdapter a : model.adapters()) {
                taken |= a.name().equalsIgnoreCase(candidate);
            }
            if (!taken) {
                return candidate;
            }
        }
    }
}
