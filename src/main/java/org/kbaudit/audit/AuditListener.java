package org.kbaudit.audit;

/** Hears how far an audit has come, e.g. to draw a progress bar. Called from the thread that writes reports. */
public interface AuditListener {

    AuditListener NONE = (read) -> { };

    /** Another record (audited or rejected) is accounted for; {@code read} is the total so far. */
    void recordDone(long read);
}
