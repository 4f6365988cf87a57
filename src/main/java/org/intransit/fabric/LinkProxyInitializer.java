package org.intransit.fabric;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;

/**
 * The two pipelines of a proxied connection. Reads go up (socket to relay), writes go down:
 *
 * <pre>
 *  client                                                            target
 *    │  frontend channel (accepted)          backend channel (dialled)  ▲
 *    ▼                                                                  │
 *  shaper    link bandwidth towards the client   shaper    link bandwidth towards the target
 *  gate      BLACKHOLE holds, RESET resets       gate      the same, for the target's bytes
 *  latency   delays writes towards the client    latency   delays writes towards the target
 *  frontend  dials the target, relays ──────────► backend  relays back ─► frontend channel
 * </pre>
 *
 * Both channels run on the frontend's event loop; {@link ProxyConnection} ties them to the link.
 * AUTO_READ is off on both: a side reads its next chunk only when the other side's write of the
 * previous one completes (HexDumpProxy's backpressure).
 */
final class LinkProxyInitializer extends ChannelInitializer<SocketChannel> {

    private final Link link;
    private final InetSocketAddress target;

    LinkProxyInitializer(Link link, InetSocketAddress target) {
        this.link = link;
        this.target = target;
    }

    @Override
    protected void initChannel(SocketChannel client) {
        ProxyConnection connection = new ProxyConnection(link, client, target);
        client.pipeline()
                .addLast("shaper", link.downstreamShaper())
                .addLast("gate", new LinkGateHandler(connection))
                .addLast("latency", new LatencyHandler(link::latency))
                .addLast("frontend", new ProxyFrontendHandler(connection));
    }

    /** The backend channel's pipeline, built when the connection dials the target. */
    static final class Backend extends ChannelInitializer<SocketChannel> {

        private final ProxyConnection connection;

        Backend(ProxyConnection connection) {
            this.connection = connection;
        }

        @Override
        protected void initChannel(SocketChannel server) {
            Link link = connection.link();
            server.pipeline()
                    .addLast("shaper", link.upstreamShaper())
                    .addLast("gate", new LinkGateHandler(connection))
                    .addLast("latency", new LatencyHandler(link::latency))
                    .addLast("backend", new ProxyBackendHandler(connection));
        }
    }
}
