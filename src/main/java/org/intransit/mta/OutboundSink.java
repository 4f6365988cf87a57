package org.intransit.mta;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the gateway puts mail for the internet: the harness has no internet, so it keeps a
 * compact record of what left, for the final read.
 */
public final class OutboundSink {

    private final List<StoredMessage> sent = new ArrayList<>();

    public synchronized void add(StoredMessage message) {
        sent.add(message);
    }

    public synchronized List<StoredMessage> snapshot() {
        return List.copyOf(sent);
    }
}
