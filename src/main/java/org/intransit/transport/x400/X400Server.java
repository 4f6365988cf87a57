package org.intransit.transport.x400;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.TransferReceiver;

/**
 * The listening end of an X.400 connector: one MTA's RFC 1006 listener (port 102 on a real
 * Exchange server; any port here). It accepts CR with CC, checks each bind with the
 * {@link X400BindPolicy}, hands every envelope to the {@link TransferReceiver} <em>before</em>
 * acknowledging it, and ends each association with DR. The dialogue is in
 * {@link X400ServerHandler}, the layers in {@link X400ServerInitializer}.
 *
 * <p>Call order: {@link #start} once, {@link #address()} to learn the port, {@link #close()}
 * once. The event loop group is the caller's: it runs both the listener and its connections,
 * and {@link #close()} leaves it running. The listen backlog is {@value #BACKLOG} (the JDK's 50
 * drops connections under churn).
 *
 * <p>A connection that breaks the protocol (TPKT, COTP or the MTA layer; a PDU out of order; a
 * DT over the negotiated TPDU size, answered with ER) or sends nothing for the
 * {@link ConnectionWatch}'s idle timeout is closed and reported to its
 * {@link org.intransit.transport.DroppedConnections}; the listener keeps serving the others.
 */
public final class X400Server implements AutoCloseable {

    /** The accept backlog. */
    public static final int BACKLOG = 1024;

    private static final long WAIT_SECONDS = 10;

    private final Channel listener;
    private final Set<Channel> open;

    private X400Server(Channel listener, Set<Channel> open) {
        this.listener = listener;
        this.open = open;
    }

    /** As {@link #start(EventLoopGroup, InetAddress, int, String, X400BindPolicy, TransferReceiver, ConnectionWatch)} with {@link ConnectionWatch#DEFAULT}. */
    public static X400Server start(EventLoopGroup group, InetAddress bindAddress, int port, String localMtaName,
            X400BindPolicy policy, TransferReceiver receiver) {
        return start(group, bindAddress, port, localMtaName, policy, receiver, ConnectionWatch.DEFAULT);
    }

    /**
     * Binds and starts serving.
     *
     * @param port the TCP port, 0 for an ephemeral one
     * @param localMtaName this MTA's name, sent in BindResult
     * @param watch the idle timeout, and where closed connections are reported
     * @throws IllegalStateException when the address cannot be bound
     */
    public static X400Server start(EventLoopGroup group, InetAddress bindAddress, int port, String localMtaName,
            X400BindPolicy policy, TransferReceiver receiver, ConnectionWatch watch) {
        Set<Channel> open = ConcurrentHashMap.newKeySet();
        ChannelFuture bound = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, BACKLOG)
                .childHandler(new X400ServerInitializer(localMtaName, policy, receiver, watch, open))
                .bind(bindAddress, port);
        if (!bound.awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS) || !bound.isSuccess()) {
            bound.channel().close();
            throw new IllegalStateException("X.400 listener of " + localMtaName + " cannot bind " + bindAddress + ":"
                    + port, bound.cause());
        }
        return new X400Server(bound.channel(), open);
    }

    /** The address the listener is bound to, with the real port. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** Stops listening and closes every open association (abruptly: no DR). Bounded wait. */
    @Override
    public void close() {
        listener.close().awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
        for (Channel ch : List.copyOf(open)) {
            ch.close().awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
