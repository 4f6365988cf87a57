package org.intransit.fabric;

import io.netty.channel.EventLoopGroup;
import io.netty.handler.traffic.GlobalTrafficShapingHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.intransit.scenario.LinkState;

/**
 * The directed link from one server to another ({@code "EXA->EXB"}): every proxy listener the
 * fabric opened for this ordered pair, and every connection through them. A change applies to
 * live connections as well as new ones:
 *
 * <ul>
 *   <li>{@code UP}: bytes flow both ways.
 *   <li>{@code DOWN}: the proxy listeners are closed, so a connect is refused by the kernel, and
 *       live connections are closed (FIN). Leaving {@code DOWN} re-binds the same ports; if one
 *       is taken, {@link #setState} throws {@link LinkBindException} and the link stays down.
 *   <li>{@code BLACKHOLE}: connects are accepted but the target is not dialled until the link
 *       leaves the state, and nothing more is read in either direction. A chunk already read is
 *       held, not dropped, and goes on when the link comes back, like TCP retransmitting after
 *       a transient outage; unread bytes wait in the kernel and fill the sender's window.
 *   <li>{@code RESET}: every connection live at the change, and every one accepted while it
 *       lasts, is reset (RST, {@code SO_LINGER 0}) when its next bytes arrive from either side.
 *       The mark stays after the link leaves {@code RESET}, as when a middlebox has lost its
 *       connection table; connections opened after that pass. New connections are dialled
 *       through, so a server that speaks first (an SMTP banner) resets them at once.
 * </ul>
 *
 * <p>{@link #latency()} is a one-way delay added to every chunk in each direction; {@link
 * #bandwidth()} caps each direction of the link, shared by all its connections. Both apply to
 * the next chunk of live connections. Both act in wall time on real sockets, whatever the
 * scenario clock. Call {@link #setState} from a harness thread, not from a Netty event loop: it
 * waits until the listeners are bound, or closed and refusing.
 */
public final class Link {

    /** How often the bandwidth shapers recompute the rate, in milliseconds. */
    private static final long SHAPER_CHECK_INTERVAL_MS = 250;

    private final String name;
    private final EventLoopGroup group;
    private final InetAddress bindAddress;
    private final GlobalTrafficShapingHandler upstream;
    private final GlobalTrafficShapingHandler downstream;
    private final List<LinkListener> listeners = new CopyOnWriteArrayList<>();
    /** Serialises state changes and proxy (un)binding; never taken on an event loop. */
    private final Object transitions = new Object();
    /** Guarded by {@code transitions}. */
    private final List<LinkProxy> proxies = new ArrayList<>();
    /** Guarded by {@code this}, together with the state they were admitted under. */
    private final Set<ProxyConnection> connections = new HashSet<>();
    private volatile LinkState state = LinkState.UP;
    private volatile Duration latency = Duration.ZERO;
    private volatile long bandwidth;
    private boolean closed;

    Link(String from, String to, EventLoopGroup group, InetAddress bindAddress) {
        this.name = from + "->" + to;
        this.group = group;
        this.bindAddress = bindAddress;
        this.upstream = new GlobalTrafficShapingHandler(group.next(), 0, 0, SHAPER_CHECK_INTERVAL_MS);
        this.downstream = new GlobalTrafficShapingHandler(group.next(), 0, 0, SHAPER_CHECK_INTERVAL_MS);
    }

    public String name() {
        return name;
    }

    public LinkState state() {
        return state;
    }

    /**
     * Moves the link to {@code to} and applies it to listeners and live connections, then tells
     * the listeners, outside the link's lock (not when {@code to} is the current state). A
     * listener's exception reaches the caller after the change has been applied.
     *
     * @throws LinkBindException leaving {@code DOWN}, when a proxy port cannot be bound again
     */
    public void setState(LinkState to) {
        Objects.requireNonNull(to, "to");
        LinkState from = transition(to);
        if (from != to) {
            for (LinkListener listener : listeners) {
                listener.changed(this, from, to);
            }
        }
    }

    public Duration latency() {
        return latency;
    }

    /** One-way delay added to each chunk in each direction; {@link Duration#ZERO} for none. */
    public void setLatency(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException(name + ": negative latency " + latency);
        }
        this.latency = latency;
    }

    public long bandwidth() {
        return bandwidth;
    }

    /** Bytes per second in each direction, shared by the link's connections; 0 for unlimited. */
    public void setBandwidth(long bytesPerSecond) {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException(name + ": negative bandwidth " + bytesPerSecond);
        }
        this.bandwidth = bytesPerSecond;
        upstream.setWriteLimit(bytesPerSecond);
        downstream.setWriteLimit(bytesPerSecond);
    }

    /** Connections currently open through this link's proxies. */
    public synchronized int connectionCount() {
        return connections.size();
    }

    public void addListener(LinkListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(LinkListener listener) {
        listeners.remove(listener);
    }

    @Override
    public String toString() {
        return name + " " + state;
    }

    /** Opens a proxy listener for {@code target}; it starts unbound when the link is down. */
    LinkProxy attach(InetSocketAddress target) {
        synchronized (transitions) {
            requireOpen();
            LinkProxy proxy = LinkProxy.open(this, group, bindAddress, target);
            if (state == LinkState.DOWN) {
                proxy.unbind();
            }
            proxies.add(proxy);
            return proxy;
        }
    }

    /** Admits a new connection; false when it must be closed because the link is down. */
    synchronized boolean register(ProxyConnection connection) {
        if (closed || state == LinkState.DOWN) {
            return false;
        }
        if (state == LinkState.RESET) {
            connection.markForReset();
        }
        connections.add(connection);
        return true;
    }

    synchronized void unregister(ProxyConnection connection) {
        connections.remove(connection);
    }

    /** Shapes writes towards the target (the backend channels). */
    GlobalTrafficShapingHandler upstreamShaper() {
        return upstream;
    }

    /** Shapes writes towards the client (the frontend channels). */
    GlobalTrafficShapingHandler downstreamShaper() {
        return downstream;
    }

    /** Closes the listeners and every connection, and waits until they are closed. */
    void close() {
        synchronized (transitions) {
            List<ProxyConnection> live;
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                live = List.copyOf(connections);
            }
            proxies.forEach(LinkProxy::unbind);
            live.forEach(ProxyConnection::abort);
            live.forEach(connection -> connection.closeFuture().syncUninterruptibly());
            synchronized (this) {
                connections.clear();
            }
            upstream.release();
            downstream.release();
        }
    }

    /** Applies {@code to} to the proxies and live connections; returns the previous state. */
    private LinkState transition(LinkState to) {
        synchronized (transitions) {
            LinkState from = state;
            if (from == to) {
                return from;
            }
            List<ProxyConnection> live = swapState(to);
            if (from == LinkState.DOWN) {
                bindAll();
            }
            switch (to) {
                case DOWN -> {
                    proxies.forEach(LinkProxy::unbind);
                    live.forEach(ProxyConnection::abort);
                }
                case RESET -> live.forEach(ProxyConnection::markForReset);
                case UP, BLACKHOLE -> { }
            }
            if (from == LinkState.BLACKHOLE && to != LinkState.DOWN) {
                live.forEach(ProxyConnection::resume);
            }
            return from;
        }
    }

    private List<ProxyConnection> swapState(LinkState to) {
        synchronized (this) {
            requireOpen();
            state = to;
            return List.copyOf(connections);
        }
    }

    /** Binds every proxy again; on failure closes the ones bound, returns to DOWN, throws. */
    private void bindAll() {
        try {
            proxies.forEach(LinkProxy::bind);
        } catch (LinkBindException e) {
            List<ProxyConnection> admitted = swapState(LinkState.DOWN);
            proxies.forEach(LinkProxy::unbind);
            admitted.forEach(ProxyConnection::abort);
            throw e;
        }
    }

    private synchronized void requireOpen() {
        if (closed) {
            throw new IllegalStateException(name + ": the fabric is closed");
        }
    }
}
