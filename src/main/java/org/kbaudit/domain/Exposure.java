package org.kbaudit.domain;

/** The two consequences the article's Symptoms describe (VERDICTS.md 1). */
public enum Exposure {
    /** Adding, removing or hot-swapping an adapter briefly removes the others of its driver. */
    HOT_SWAP_CASCADE,
    /** Adding VLANs to one adapter disables the VLANs of the others, still shown as active. */
    SILENT_VLAN_LOSS
}
