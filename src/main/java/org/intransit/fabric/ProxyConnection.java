package org.intransit.fabric;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import org.intransit.scenario.LinkState;

/**
 * One client connection through a link proxy: the frontend channel the client dialled and the
 * backend channel to the target, both on the frontend's event loop, where every method below
 * runs except the link's entry points ({@link #abort}, {@link #markForReset}, {@link #resume}),
 * which may be called from any thread.
 */
final class ProxyConnection {

    private final Link link;
    private final Channel frontend;
    private final InetSocketAddress target;
    private volatile boolean resetPending;
    /** Null until the target is dialled (later than accept when the link is blackholed). */
    private Channel backend;

    ProxyConnection(Link link, Channel frontend, InetSocketAddress target) {
        this.link = link;
        this.frontend = frontend;
        this.target = target;
    }

    Link link() {
        return link;
    }

    ChannelFuture closeFuture() {
        return frontend.closeFuture();
    }

    /** The client connected: join the link, then dial the target unless the link is blackholed. */
    void open() {
        if (!link.register(this)) {
            frontend.close();
        } else if (!blackholed()) {
            connect();
        }
    }

    /** Relays a chunk, reading the next one from {@code source} once it is written. */
    void forward(Object chunk, Channel source, Channel sink) {
        if (sink == null || !sink.isActive()) {
            ReferenceCountUtil.release(chunk);
            return;
        }
        sink.writeAndFlush(chunk).addListener((ChannelFutureListener) written -> {
            if (written.isSuccess()) {
                source.read();
            } else {
                written.channel().close();
            }
        });
    }

    void toBackend(Object chunk) {
        forward(chunk, frontend, backend);
    }

    void toFrontend(Object chunk) {
        forward(chunk, backend, frontend);
    }

    /** The client side closed: leave the link and close the target side after pending writes. */
    void frontendClosed() {
        link.unregister(this);
        closeOnFlush(backend);
    }

    /** The target side closed (or never connected): close the client side after pending writes. */
    void backendClosed() {
        closeOnFlush(frontend);
    }

    boolean blackholed() {
        return link.state() == LinkState.BLACKHOLE;
    }

    boolean resetPending() {
        return resetPending;
    }

    void markForReset() {
        resetPending = true;
    }

    /** Sends an RST both ways: {@code SO_LINGER 0}, then close, dropping whatever is queued. */
    void reset() {
        rst(frontend);
        rst(backend);
    }

    /** The link went down: close both sides now (FIN), dropping whatever is queued. */
    void abort() {
        frontend.eventLoop().execute(() -> {
            frontend.close();
            if (backend != null) {
                backend.close();
            }
        });
    }

    /** The link left BLACKHOLE: dial the target if still pending, else let the gates go on. */
    void resume() {
        frontend.eventLoop().execute(() -> {
            if (!frontend.isActive()) {
                return;
            }
            if (backend == null) {
                connect();
            } else {
                frontend.pipeline().fireUserEventTriggered(LinkGateHandler.Signal.RESUME);
                backend.pipeline().fireUserEventTriggered(LinkGateHandler.Signal.RESUME);
            }
        });
    }

    private void connect() {
        ChannelFuture connecting = new Bootstrap()
                .group(frontend.eventLoop())
                .channel(frontend.getClass())
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new LinkProxyInitializer.Backend(this))
                .connect(target);
        backend = connecting.channel();
        connecting.addListener((ChannelFutureListener) connected -> {
            if (connected.isSuccess()) {
                frontend.read();
            } else {
                frontend.close();
            }
        });
    }

    private static void closeOnFlush(Channel channel) {
        if (channel == null) {
            return;
        }
        if (channel.isActive()) {
            channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.close();
        }
    }

    private static void rst(Channel channel) {
        if (channel != null && channel.isOpen()) {
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
            channel.close();
        }
    }
}
