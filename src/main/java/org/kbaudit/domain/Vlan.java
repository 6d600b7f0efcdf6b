package org.kbaudit.domain;

/** A VLAN configured on an adapter: an id from 1 to 4094 and an optional name. */
public record Vlan(int id, String name) {

    public Vlan {
        if (id < 1 || id > 4094) {
            throw new IllegalArgumentException("VLAN id " + id + " is outside 1-4094");
        }
    }

    public static Vlan of(int id) {
        return new Vlan(id, null);
    }
}
