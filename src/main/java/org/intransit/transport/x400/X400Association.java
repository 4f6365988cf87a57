package org.intransit.transport.x400;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.intransit.transport.Association;
import org.intransit.transport.Credentials;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferResult;

/**
 * One X.400 association carrying many envelopes (the dialogue of {@code docs/x400-wire.md} §4):
 * CR/CC and the bind on the first transfer, then one envelope and its ack or nak per transfer,
 * Release → DR at {@link #close()}.
 *
 * <p>A result other than {@code Accepted} or {@code Rejected} closes the connection, and the next
 * transfer opens a new association with a new bind. A bound connection found closed before an
 * envelope went out (the responder or the fabric closed it while idle) is replaced once for that
 * transfer: none of it reached the peer.
 */
final class X400Association implements Association {

    private final X400Client client;
    private final InetSocketAddress target;
    private final MtaPdu.BindRequest bind;
    private Channel channel;
    private X400ClientHandler handler;
    private boolean closed;

    X400Association(X400Client client, InetSocketAddress target, Credentials credentials) {
        this.client = client;
        this.target = target;
        this.bind = new MtaPdu.BindRequest(credentials.mtaName(), credentials.password());
    }

    @Override
    public TransferResult transfer(Transfer transfer) {
        client.checkNotOnEventLoop();
        if (closed || client.isShutDown()) {
            return new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE,
                    "the X.400 client's event loops are shut down");
        }
        MtaPdu.TransferEnvelope envelope = MtaPdu.TransferEnvelope.of(transfer);
        if (channel != null && channel.isActive()) {
            CompletableFuture<TransferResult> outcome = new CompletableFuture<>();
            AtomicBoolean stale = new AtomicBoolean();
            X400ClientHandler bound = handler;
            try {
                channel.eventLoop().execute(() -> bound.send(envelope, outcome, stale));
            } catch (RejectedExecutionException shutDown) {
                stale.set(true);
                outcome.complete(new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE, "event loop shut down"));
            }
            TransferResult result = client.await(bound, channel, outcome);
            if (!stale.get()) {
                return kept(result);
            }
        }
        dropConnection();
        handler = new X400ClientHandler(target, bind, envelope, client.nextReference());
        channel = client.connect(target, handler);
        return channel == null ? handler.outcome().join() : kept(client.await(handler, channel, handler.outcome()));
    }

    private TransferResult kept(TransferResult result) {
        if (!(result instanceof TransferResult.Accepted) && !(result instanceof TransferResult.Rejected)) {
            client.release(channel, null);
            channel = null;
            handler = null;
        }
        return result;
    }

    private void dropConnection() {
        if (channel != null) {
            channel.close();
            channel = null;
            handler = null;
        }
    }

    /** Release, then up to the client's grace for the responder's DR, then close. */
    @Override
    public void close() {
        closed = true;
        if (channel != null) {
            client.release(channel, handler);
            channel = null;
            handler = null;
        }
    }
}
