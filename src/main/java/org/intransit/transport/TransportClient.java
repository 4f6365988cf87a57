package org.intransit.transport;

import java.net.InetSocketAddress;

/**
 * The sending side of a transport. One interface for {@code smtp}, {@code rpc} and
 * {@code x400}, held to one contract ({@code TransportContract} in the tests).
 *
 * <p>A queue run {@link #open opens} one {@link Association} and sends every message over it;
 * {@link #transfer} is the one-message shorthand. Neither throws for network trouble: every
 * failure is a {@link TransferResult}. Both block the calling thread (an MTA worker, never an
 * event loop of the client) until the outcome is known.
 */
public interface TransportClient extends AutoCloseable {

    /** {@code smtp}, {@code rpc} or {@code x400}: the name the ledger records. */
    String name();

    /**
     * An association towards {@code target}; nothing is dialled until its first transfer.
     *
     * @param target where to connect: the fabric's proxy for the link towards the peer
     * @param credentials what the caller presents in its bind
     */
    Association open(InetSocketAddress target, Credentials credentials);

    /** One message over an association of its own: open, transfer, close. */
    default TransferResult transfer(InetSocketAddress target, Credentials credentials, Transfer transfer) {
        try (Association association = open(target, credentials)) {
            return association.transfer(transfer);
        }
    }

    /** Closes the associations still open; their transfers in flight end {@code Unreachable} or {@code Broken}. */
    @Override
    void close();
}
