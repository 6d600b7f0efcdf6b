package org.kbaudit.rules.facts;

/** A VLAN that adding VLANs to another adapter of its group disables while it still shows active. */
public record AtRiskVlan(String adapter, int id) {
}
