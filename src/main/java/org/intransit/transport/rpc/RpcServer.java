package org.intransit.transport.rpc;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.TransferReceiver;

/**
 * One server's RPC listener: accepts binds from callers that present its service account and
 * hands their transfers to its MTA (see {@link RpcServerHandler} for the rules).
 *
 * <p>Runs entirely on the given {@link EventLoopGroup}, which the caller owns and shuts down
 * after {@link #close()}. The accept backlog is 1024 (the JDK's 50 drops connections under
 * churn) and accepted sockets set {@code TCP_NODELAY}, so small answers are not held by Nagle.
 *
 * <p>A connection that breaks the protocol (a frame that does not decode, an answer PDU from the
 * caller) or sends nothing for the {@link ConnectionWatch}'s idle timeout is closed and reported
 * to its {@link org.intransit.transport.DroppedConnections}; the listener keeps serving the others.
 */
public final class RpcServer implements AutoCloseable {

    private static final int BACKLOG = 1024;

    private final Channel listener;
    private final InetSocketAddress address;
    private final ChannelGroup children;

    private RpcServer(Channel listener, ChannelGroup children) {
        this.listener = listener;
        this.address = (InetSocketAddress) listener.localAddress();
        this.children = children;
    }

    /** As {@link #start(EventLoopGroup, InetAddress, int, String, Supplier, TransferReceiver, ConnectionWatch)} with {@link ConnectionWatch#DEFAULT}. */
    public static RpcServer start(EventLoopGroup group, InetAddress bindAddress, int port, String serverName,
            Supplier<String> serviceAccount, TransferReceiver receiver) {
        return start(group, bindAddress, port, serverName, serviceAccount, receiver, ConnectionWatch.DEFAULT);
    }

    /**
     * Binds and starts accepting; returns once the listener is bound.
     *
     * @param port the port, or 0 for any free one (see {@link #address()})
     * @param serviceAccount read at every bind, so the trusted account can change during a run
     * @param watch the idle timeout, and where closed connections are reported
     * @throws IllegalStateException when the address cannot be bound
     */
    public static RpcServer start(EventLoopGroup group, InetAddress bindAddress, int port, String serverName,
            Supplier<String> serviceAccount, TransferReceiver receiver, ConnectionWatch watch) {
        ChannelGroup children = new DefaultChannelGroup("rpc-" + serverName, group.next());
        ChannelFuture bound = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, BACKLOG)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new RpcServerInitializer(serverName, serviceAccount, receiver, watch, children))
                .bind(bindAddress, port)
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException("the RPC listener of " + serverName + " cannot bind "
                    + bindAddress.getHostAddress() + ":" + port, bound.cause());
        }
        return new RpcServer(bound.channel(), children);
    }

    /** The bound address, with the actual port when 0 was asked for. */
    public InetSocketAddress address() {
        return address;
    }

    /**
     * Stops accepting, then closes every live connection (callers mid-transfer see it broken).
     * Blocks until both are closed, so do not call it from an event-loop thread.
     */
    @Override
    public void close() {
        listener.close().awaitUninterruptibly();
        children.close().awaitUninterruptibly();
    }
}
