package org.intransit.mta;

import java.net.InetSocketAddress;
import org.intransit.transport.Association;
import org.intransit.transport.Credentials;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportClient;

/**
 * The association one queue run holds towards its next hop: opened for the run's first message,
 * used for every message after it, released when the run ends (queue empty, a failure, a
 * schedule or blackhole wait). The address and credentials are read again for each message;
 * when either changed (the next server restarted behind a new proxy, a connector's password
 * changed on the scaled clock) the association is released and a new one opened, so each
 * message is bound as a fresh association would bind it. Used by one worker thread.
 */
final class RunAssociation implements AutoCloseable {

    private final TransportClient client;
    private Association association;
    private InetSocketAddress address;
    private Credentials credentials;

    RunAssociation(TransportClient client) {
        this.client = client;
    }

    /** The transport's outcome for {@code transfer}, over the open association or a new one. */
    TransferResult transfer(InetSocketAddress to, Credentials as, Transfer transfer) {
        if (association == null || !to.equals(address) || !as.equals(credentials)) {
            close();
            association = client.open(to, as);
            address = to;
            credentials = as;
        }
        return association.transfer(transfer);
    }

    /** Releases the association, if one is open (unbind, release, QUIT). */
    @Override
    public void close() {
        if (association != null) {
            association.close();
            association = null;
        }
    }
}
