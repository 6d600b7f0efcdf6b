package org.kbaudit.simulation;

/**
 * Receives what an event does, as the {@link Simulator} works it out, without building anything itself:
 * the audit's verification only counts, the what-if command records a timeline. Adapters are given by
 * their index in the model the event applies to ({@code size()} for an adapter the event adds).
 */
interface EffectSink {

    void adapterStep(long atMillis, int adapter, String name, Step step, boolean collateral);

    void vlanStep(long atMillis, int adapter, String name, int vlanIndex, int vlanId, Step step, boolean collateral);
}
