package org.intransit.transport.rpc;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.intransit.transport.Association;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportClient;

/**
 * The sending side of {@code rpc}: each {@link #open} is an {@link RpcAssociation} (connect and
 * bind on its first transfer, then any number of transfers, unbind and close at its end); many
 * associations may be open at once, from many MTA worker threads.
 *
 * <p>Each transfer blocks its thread for at most the timeout given at construction (default
 * 30 s of wall time, the connect and bind included for the first one) and never throws for
 * network trouble. Outcomes: a refused or failed connect, or a connection lost or timed out
 * before the transfer PDU is written, is {@code Unreachable(1722)}; a {@code BindNak} is
 * {@code BindRefused}; a {@code TransferNak} is {@code Rejected}; loss or timeout after the
 * transfer PDU is written is {@code Broken}; a message too large for one frame (32 MiB) is a
 * permanent {@code Rejected}.
 *
 * <p>The {@link EventLoopGroup} belongs to the caller; {@link #close()} closes this client's
 * open connections, not the group. Sockets set {@code TCP_NODELAY}.
 */
public final class RpcClient implements TransportClient {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final Duration timeout;
    private final ChannelGroup open;
    private volatile boolean closed;

    public RpcClient(EventLoopGroup group) {
        this(group, DEFAULT_TIMEOUT);
    }

    /** @param timeout the wall time one transfer may take, connect and bind included; positive */
    public RpcClient(EventLoopGroup group, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the RPC timeout must be positive: " + timeout);
        }
        this.group = group;
        this.timeout = timeout;
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        this.open = new DefaultChannelGroup("rpc-client", group.next());
    }

    @Override
    public String name() {
        return "rpc";
    }

    /**
     * An association binding as {@code credentials.callerServer()} with
     * {@code credentials.account()}. Its transfers must not run on an event-loop thread of the
     * group: they block.
     */
    @Override
    public Association open(InetSocketAddress target, Credentials credentials) {
        return new RpcAssociation(this, target, credentials);
    }

    /** Dials {@code target} with a pipeline around {@code handler}; a failed connect settles {@code first}. */
    Channel connect(InetSocketAddress target, RpcClientHandler handler, RpcCall first) {
        ChannelFuture connect = bootstrap.clone().handler(new RpcClientInitializer(handler)).connect(target);
        track(connect.channel());
        connect.addListener(done -> {
            if (!done.isSuccess()) {
                first.settle(connectFailed(done.cause()));
            }
        });
        return connect.channel();
    }

    void checkNotOnEventLoop() {
        for (EventExecutor loop : group) {
            if (loop.inEventLoop()) {
                throw new IllegalStateException("an RPC transfer blocks; call it from a worker thread");
            }
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** The wall time one transfer may take. */
    Duration timeout() {
        return timeout;
    }

    private static TransferResult connectFailed(Throwable cause) {
        String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE, "connect failed: " + why);
    }

    /** A channel opened while {@link #close()} ran is closed here, since the sweep may have missed it. */
    private void track(Channel channel) {
        open.add(channel);
        if (closed) {
            channel.close();
        }
    }

    /** Closes the connections of calls still in flight (they return {@code Unreachable} or {@code Broken}). */
    @Override
    public void close() {
        closed = true;
        open.close().awaitUninterruptibly();
    }
}
