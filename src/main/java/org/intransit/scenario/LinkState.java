package org.intransit.scenario;

/** The state of the link between two servers. */
public enum LinkState {
    /** Connections pass. */
    UP,
    /** Connections are refused. */
    DOWN,
    /** Connections open but nothing comes back. */
    BLACKHOLE,
    /**
     * Every connection open at the change or opened while the link is in this state is reset
     * (an RST) on its next bytes; connections opened after the link leaves it pass.
     */
    RESET
}
