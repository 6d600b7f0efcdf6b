package org.kbaudit.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Vlan;

/**
 * An adapter in the model: its name, the miniport driver that drives it (compared case-insensitively;
 * {@code null} when unknown) and its VLANs with their state. Immutable.
 */
public final class ModelAdapter {

    private final String name;
    private final String driver;
    private final String driverKey;
    private final boolean virtual;
    private final List<ModelVlan> vlans;

    public ModelAdapter(String name, String driver, boolean virtual, List<ModelVlan> vlans) {
        this.name = Objects.requireNonNull(name, "adapter name");
        this.driver = driver == null || driver.isBlank() ? null : driver.strip();
        this.driverKey = this.driver == null ? null : this.driver.toLowerCase(Locale.ROOT);
        this.virtual = virtual;
        this.vlans = List.copyOf(vlans);
    }

    /** The adapter as the inventory gives it, every VLAN enabled and displayed active. */
    public static ModelAdapter of(Adapter adapter) {
        List<Vlan> given = adapter.vlans();
        List<ModelVlan> vlans = new ArrayList<>(given.size());
        for (Vlan v : given) {
            vlans.add(ModelVlan.active(v.id()));
        }
        return new ModelAdapter(adapter.name(), adapter.driver(), Boolean.TRUE.equals(adapter.virtual()), vlans);
    }

    public String name() {
        return name;
    }

    /** The driver service name as given, or {@code null} when unknown. */
    public String driver() {
        return driver;
    }

    /** The driver name as compared (lower case), or {@code null} when unknown. */
    public String driverKey() {
        return driverKey;
    }

    public boolean virtual() {
        return virtual;
    }

    public List<ModelVlan> vlans() {
        return vlans;
    }

    /** The index of the VLAN with this id, or -1. */
    public int vlanIndex(int id) {
        for (int i = 0; i < vlans.size(); i++) {
            if (vlans.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** A VLAN id (1-4094) not configured on this adapter: one above the highest, else the lowest free; -1 if none. */
    public int freeVlanId() {
        int highest = 0;
        for (ModelVlan v : vlans) {
            highest = Math.max(highest, v.id());
        }
        if (highest < 4094) {
            return highest + 1;
        }
        for (int id = 1; id < 4094; id++) {
            if (vlanIndex(id) < 0) {
                return id;
            }
        }
        return -1;
    }

    ModelAdapter withVlan(int id) {
        List<ModelVlan> more = new ArrayList<>(vlans);
        more.add(ModelVlan.active(id));
        return new ModelAdapter(name, driver, virtual, more);
    }

    ModelAdapter withVlanAt(int index, UnaryOperator<ModelVlan> change) {
        List<ModelVlan> changed = new ArrayList<>(vlans);
        changed.set(index, change.apply(vlans.get(index)));
        return new ModelAdapter(name, driver, virtual, changed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelAdapter a && name.equals(a.name) && Objects.equals(driver, a.driver)
                && virtual == a.virtual && vlans.equals(a.vlans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, driver, virtual, vlans);
    }

    @Override
    public String toString() {
        return name + "[" + (driver == null ? "driver unknown" : driver) + (virtual ? ", virtual" : "") + "]" + vlans;
    }
}
