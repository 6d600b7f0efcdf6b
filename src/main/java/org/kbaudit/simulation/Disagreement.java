package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kbaudit.domain.AdapterVlan;

/** Collects what differs between the simulation and the rules, and says it in one sentence. */
final class Disagreement {

    private static final int NAMED = 5;

    private final boolean fixInEffect;
    private final List<String> clauses = new ArrayList<>(2);

    Disagreement(boolean fixInEffect) {
        this.fixInEffect = fixInEffect;
    }

    void adapters(List<String> halted, Set<String> rules) {
        List<String> extra = new ArrayList<>();
        for (String a : halted) {
            if (!rules.contains(a)) {
                extra.add(a);
            }
        }
        TreeSet<String> missing = new TreeSet<>(rules);
        halted.forEach(missing::remove);
        if (!extra.isEmpty()) {
            clauses.add("simulation halted " + list(extra) + " which the rules did not list");
        }
        if (!missing.isEmpty()) {
            clauses.add("rules listed " + list(missing) + " at risk which the simulation did not halt");
        }
    }

    void vlans(List<AdapterVlan> disabled, Set<AdapterVlan> rules) {
        List<String> extra = new ArrayList<>();
        for (AdapterVlan v : disabled) {
            if (!rules.contains(v)) {
                extra.add(vlan(v));
            }
        }
        TreeSet<AdapterVlan> missing = new TreeSet<>(rules);
        disabled.forEach(missing::remove);
        if (!extra.isEmpty()) {
            clauses.add("simulation silently disabled " + list(extra) + " which the rules did not list");
        }
        if (!missing.isEmpty()) {
            List<String> names = new ArrayList<>();
            missing.forEach(v -> names.add(vlan(v)));
            clauses.add("rules listed " + list(names) + " at risk which the simulation did not disable");
        }
    }

    /** What the replay with the fixed component still did: it must do nothing. */
    void afterFix(List<String> halted, List<AdapterVlan> disabled) {
        if (!halted.isEmpty()) {
            clauses.add("with the fix applied the simulation still halted " + list(halted));
        }
        if (!disabled.isEmpty()) {
            List<String> names = new ArrayList<>();
            disabled.forEach(v -> names.add(vlan(v)));
            clauses.add("with the fix applied the simulation still disabled " + list(names));
        }
    }

    /** {@code null} when nothing differed. */
    String sentence() {
        if (clauses.isEmpty()) {
            return null;
        }
        String body = String.join("; ", clauses);
        String text = fixInEffect ? "With the fix in effect, " + body : Character.toUpperCase(body.charAt(0))
                + body.substring(1);
        return text + ".";
    }

    private static String vlan(AdapterVlan v) {
        return "VLAN " + v.id() + " on " + v.adapter();
    }

    private static String list(Collection<String> items) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (String item : items) {
            if (i == NAMED) {
                sb.append(" and ").append(items.size() - NAMED).append(" more");
                break;
            }
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(item);
            i++;
        }
        return sb.toString();
    }
}
