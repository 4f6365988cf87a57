package org.intransit.fabric;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

/**
 * The proxy listener for one route (from, to, target): an ephemeral port chosen at the first
 * bind and kept for the fabric's life. Unbinding closes the listening socket, so a connect is
 * refused by the kernel; binding again takes the same port ({@code SO_REUSEADDR} lets it pass
 * the TIME_WAIT connections the old socket left). Its owning {@link Link} serialises calls.
 */
final class LinkProxy {

    /** The JDK's default of 50 drops connects under churn (APIS.md, gotcha 9). */
    private static final int BACKLOG = 1024;

    private static final int PROBE_ATTEMPTS = 2000;
    private static final long PROBE_INTERVAL_MS = 1;

    private final Link link;
    private final ServerBootstrap bootstrap;
    private final InetSocketAddress address;
    private Channel listener;

    private LinkProxy(Link link, ServerBootstrap bootstrap, Channel listener) {
        this.link = link;
        this.bootstrap = bootstrap;
        this.listener = listener;
        this.address = (InetSocketAddress) listener.localAddress();
    }

    static LinkProxy open(Link link, EventLoopGroup group, InetAddress bindAddress, InetSocketAddress target) {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, BACKLOG)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new LinkProxyInitializer(link, target));
        return new LinkProxy(link, bootstrap, bind(link, bootstrap, new InetSocketAddress(bindAddress, 0)));
    }

    InetSocketAddress address() {
        return address;
    }

    void bind() {
        if (listener == null) {
            listener = bind(link, bootstrap, address);
        }
    }

    /** Closes the listening socket and returns once a connect to the port is refused. */
    void unbind() {
        if (listener != null) {
            EventLoop loop = listener.eventLoop();
            listener.close().syncUninterruptibly();
            listener = null;
            Promise<Void> refusing = loop.newPromise();
            awaitRefusing(loop, refusing, PROBE_ATTEMPTS);
            refusing.syncUninterruptibly();
        }
    }

    /**
     * The JDK closes a listening socket that is registered with a selector only at the
     * selector's next select, after {@code close()} has completed; until then the kernel still
     * accepts connects. So probe, on the event loop, until the port no longer listens.
     */
    private void awaitRefusing(EventLoop loop, Promise<Void> refusing, int attemptsLeft) {
        if (!listening()) {
            refusing.setSuccess(null);
        } else if (attemptsLeft == 0) {
            refusing.setFailure(new IllegalStateException(link.name() + ": " + address + " still listens after close"));
        } else {
            loop.schedule(() -> awaitRefusing(loop, refusing, attemptsLeft - 1), PROBE_INTERVAL_MS, MILLISECONDS);
        }
    }

    /**
     * Whether a socket still listens on the address: a socket that does not listen cannot bind
     * beside a listening one, even with {@code SO_REUSEADDR}, but can beside the TIME_WAIT and
     * established connections the listener leaves behind. It never listens, so a connect in the
     * meantime is refused.
     */
    private boolean listening() {
        try (SocketChannel probe = SocketChannel.open()) {
            probe.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            probe.bind(address);
            return false;
        } catch (BindException taken) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Channel bind(Link link, ServerBootstrap bootstrap, InetSocketAddress address) {
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new LinkBindException(link.name(), address, bound.cause());
        }
        return bound.channel();
    }
}
