package org.intransit.fabric;

import org.intransit.scenario.LinkState;

/**
 * Told about every state change of a {@link Link}, on the thread that called
 * {@link Link#setState}, after the change has been applied to the link's sockets. A transport
 * waiting for a reply can use it to give up early instead of waiting for its timeout.
 */
@FunctionalInterface
public interface LinkListener {

    void changed(Link link, LinkState from, LinkState to);
}
