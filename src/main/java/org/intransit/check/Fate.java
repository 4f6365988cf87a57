package org.intransit.check;

/**
 * How one message ended, as the conservation check reads the ledger. {@link #LOST},
 * {@link #DUPLICATED} and {@link #MISROUTED} fail a run; {@link #INDETERMINATE} is counted
 * honestly (the client saw the connection break and the message never reached a server).
 */
public enum Fate {
    DELIVERED,
    NDR,
    QUEUED,
    REJECTED,
    INDETERMINATE,
    LOST,
    DUPLICATED,
    MISROUTED;

    /** The spelling in reports: lower case. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean failsRun() {
        return this == LOST || this == DUPLICATED || this == MISROUTED;
    }
}
