package org.intransit.transport;

import java.net.InetSocketAddress;

/**
 * The sending side of a transport. One interface for {@code smtp}, {@code rpc} and
 * {@code x400}, held to one contract ({@code TransportContract} in the tests).
 *
 * <p>{@link #transfer} blocks the calling thread (an MTA worker) until the outcome is known and
 * never throws for network trouble: every failure is a {@link TransferResult}. It opens an
 * association per call or reuses one; either way a call is self-contained.
 */
public interface TransportClient extends AutoCloseable {

    /** {@code smtp}, {@code rpc} or {@code x400}: the name the ledger records. */
    String name();

    /**
     * @param target where to connect: the fabric's proxy for the link towards the peer
     * @param credentials what the caller presents in its bind
     */
    TransferResult transfer(InetSocketAddress target, Credentials credentials, Transfer transfer);

    @Override
    void close();
}
