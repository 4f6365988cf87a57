package org.intransit.mta;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the gateway puts mail for the internet: the harness has no internet, so it keeps a
 * compact record of what left, for the final read.
 */
public final class OutboundSink {

    private final List<StoredMessage> sent = new ArrayList<>();
    private volatile boolean keepBodies = true;

    /** Whether messages keep their bytes here (on by default); see {@link MailboxStore#keepBodies}. */
    public void keepBodies(boolean keep) {
        this.keepBodies = keep;
    }

    public synchronized void add(StoredMessage message) {
        sent.add(keepBodies ? message : message.withoutBody());
    }

    public synchronized List<StoredMessage> snapshot() {
        return List.copyOf(sent);
    }
}
