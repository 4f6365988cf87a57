package org.intransit.check;

/** Where a message came from. */
public enum Origin {
    /** Submitted by the harness's own traffic. */
    INJECTED,
    /** Sent by a client outside the harness (in {@code serve}). */
    EXTERNAL,
    /** A non-delivery report a server generated. */
    NDR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
