package org.intransit.scenario;

/** The state of the link between two servers. */
public enum LinkState {
    /** Connections pass. */
    UP,
    /** Connections are refused. */
    DOWN,
    /** Connections open but nothing comes back. */
    BLACKHOLE,
    /** Open connections are reset; new ones pass. */
    RESET
}
