package org.intransit.fabric;

import io.netty.channel.EventLoopGroup;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every connection between two simulated servers goes through a TCP proxy owned by the fabric,
 * so a scenario's connectivity change is a real change on a real socket.
 *
 * <p>A client on server {@code from} that wants listener {@code target} of server {@code to}
 * dials {@link #route route(from, to, target)} instead: a proxy listener on an ephemeral port of
 * the bind address, opened on first use and kept (its port too, across {@code DOWN}) until
 * {@link #close}. All proxies of an ordered pair share one {@link Link}, whose state, latency and
 * bandwidth the scenario changes; {@code A->B} and {@code B->A} are independent links.
 *
 * <p>The event loop group is the caller's (NIO, e.g. {@code MultiThreadIoEventLoopGroup} with
 * {@code NioIoHandler.newFactory()}) and outlives the fabric: {@link #close} closes the proxies
 * and connections, not the group, so close the fabric first. Thread-safe; do not call from a
 * Netty event loop (binding and closing listeners wait for the loop).
 */
public final class Fabric implements AutoCloseable {

    private final EventLoopGroup group;
    private final InetAddress bindAddress;
    private final Map<Pair, Link> links = new HashMap<>();
    private final Map<Route, LinkProxy> proxies = new HashMap<>();
    private boolean closed;

    public Fabric(EventLoopGroup group, InetAddress bindAddress) {
        this.group = Objects.requireNonNull(group, "group");
        this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
    }

    /**
     * The address a client on {@code from} dials to reach {@code target} on {@code to}; the same
     * address for the same triple every time.
     *
     * @throws LinkBindException when no proxy port can be bound
     */
    public synchronized InetSocketAddress route(String from, String to, InetSocketAddress target) {
        requireOpen();
        Objects.requireNonNull(target, "target");
        if (target.isUnresolved()) {
            throw new IllegalArgumentException("unresolved target " + target);
        }
        Route route = new Route(new Pair(from, to), target);
        LinkProxy proxy = proxies.get(route);
        if (proxy == null) {
            proxy = link(from, to).attach(target);
            proxies.put(route, proxy);
        }
        return proxy.address();
    }

    /** The link from {@code from} to {@code to}, created ({@code UP}) on first use. */
    public synchronized Link link(String from, String to) {
        requireOpen();
        return links.computeIfAbsent(new Pair(from, to), pair -> new Link(from, to, group, bindAddress));
    }

    /** Closes every proxy listener and connection and waits for them; idempotent. */
    @Override
    public void close() {
        List<Link> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = List.copyOf(links.values());
        }
        open.forEach(Link::close);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the fabric is closed");
        }
    }

    private record Pair(String from, String to) {
        Pair {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    private record Route(Pair pair, InetSocketAddress target) { }
}
