package org.intransit.transport;

/**
 * An association with one next hop, opened by {@link TransportClient#open}: the bind is done
 * once and the messages of a queue run cross it one after another, as an MTA keeps its
 * association while a queue has mail.
 *
 * <p>Call order: {@link #transfer} any number of times from one thread, then {@link #close()}.
 * The connection and the bind happen on the first {@code transfer}, so an open failure (refused
 * or failed connect, bind refused, no answer before the bind) is that transfer's result, the
 * same {@link TransferResult} a single call of {@link TransportClient#transfer} gives. After a
 * {@code Broken}, {@code Unreachable} or {@code BindRefused} result the connection is closed and
 * the next {@code transfer} opens a fresh one; after {@code Accepted} or {@code Rejected} it stays
 * bound. A connection found closed <em>before</em> a transfer starts (the peer or the fabric
 * closed it while it was idle) is opened again for that transfer, since none of it went out.
 * Never throws for network trouble. Not thread-safe.
 */
public interface Association extends AutoCloseable {

    /** Hands over one message and blocks until its outcome is known (at most the client's timeout). */
    TransferResult transfer(Transfer transfer);

    /** Ends the association politely (unbind, release, QUIT) and closes it; idempotent, bounded wait. */
    @Override
    void close();
}
