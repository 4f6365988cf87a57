package org.intransit.transport.rpc;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.concurrent.RejectedExecutionException;
import org.intransit.transport.Association;
import org.intransit.transport.Credentials;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferResult;

/**
 * One bound RPC connection carrying many transfers: {@code Bind} once, then {@code Transfer} →
 * {@code TransferAck}/{@code TransferNak} per message, {@code Unbind} at {@link #close()}.
 *
 * <p>The first transfer connects and binds; its outcome covers both, as in a one-message call.
 * A result other than {@code Accepted} or {@code Rejected} closes the connection, and the next
 * transfer opens a new one with a new bind. A bound connection found closed before a transfer
 * wrote anything (the callee or the fabric closed it while idle) is replaced once for that
 * transfer, since the peer cannot hold any of it.
 */
final class RpcAssociation implements Association {

    private final RpcClient client;
    private final InetSocketAddress target;
    private final RpcPdu.Bind bind;
    private Channel channel;
    private RpcClientHandler handler;
    private boolean closed;

    RpcAssociation(RpcClient client, InetSocketAddress target, Credentials credentials) {
        this.client = client;
        this.target = target;
        this.bind = new RpcPdu.Bind(credentials.callerServer(), credentials.account());
    }

    @Override
    public TransferResult transfer(Transfer transfer) {
        client.checkNotOnEventLoop();
        if (closed || client.isClosed()) {
            return new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE, "the RPC client is closed");
        }
        RpcPdu.Transfer pdu = RpcPdu.Transfer.of(transfer);
        if (channel != null && channel.isActive()) {
            RpcCall call = new RpcCall(bind, pdu, client.timeout());
            RpcClientHandler bound = handler;
            try {
                channel.eventLoop().execute(() -> bound.next(call));
            } catch (RejectedExecutionException shutDown) {
                call.closedBeforeStart();
            }
            TransferResult result = call.await();
            if (!call.stale()) {
                return kept(result);
            }
        }
        dropConnection();
        RpcCall first = new RpcCall(bind, pdu, client.timeout());
        handler = new RpcClientHandler(first);
        channel = client.connect(target, handler, first);
        return kept(first.await());
    }

    /** Keeps the connection for the next transfer only when the peer answered this one. */
    private TransferResult kept(TransferResult result) {
        if (!(result instanceof TransferResult.Accepted) && !(result instanceof TransferResult.Rejected)) {
            dropConnection();
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

    /** Unbinds and closes without waiting: nothing the caller needs comes back after the unbind. */
    @Override
    public void close() {
        closed = true;
        if (channel != null) {
            RpcClientHandler releasing = handler;
            try {
                channel.eventLoop().execute(releasing::release);
            } catch (RejectedExecutionException shutDown) {
                channel.close();
            }
            channel = null;
            handler = null;
        }
    }
}
