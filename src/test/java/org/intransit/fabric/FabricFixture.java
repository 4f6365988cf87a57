package org.intransit.fabric;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.intransit.DaemonThreadFactory;

/** An event loop group, a fabric on loopback and an echo server as the target, for one test. */
final class FabricFixture implements AutoCloseable {

    /** Waits for the async effects of a link change (closed channels, counts). */
    static final ConditionFactory PROMPTLY = Awaitility.with()
            .pollDelay(Duration.ZERO)
            .pollInterval(Duration.ofMillis(20))
            .atMost(Duration.ofSeconds(5));

    static final String EXA = "EXA";
    static final String EXB = "EXB";

    final EventLoopGroup group;
    final Fabric fabric;
    final EchoServer echo;

    private FabricFixture(EventLoopGroup group, Fabric fabric, EchoServer echo) {
        this.group = group;
        this.fabric = fabric;
        this.echo = echo;
    }

    static FabricFixture start() throws IOException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(
                2, new DaemonThreadFactory("test-fabric"), NioIoHandler.newFactory());
        return new FabricFixture(group, new Fabric(group, InetAddress.getLoopbackAddress()), EchoServer.start());
    }

    /** The proxy address for EXA dialling the echo server on EXB. */
    InetSocketAddress route() {
        return fabric.route(EXA, EXB, echo.address());
    }

    Link link() {
        return fabric.link(EXA, EXB);
    }

    /** A loopback address nothing listens on: bound once, then released. */
    static InetSocketAddress deadAddress() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return (InetSocketAddress) probe.getLocalSocketAddress();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            fabric.close();
            echo.close();
        } finally {
            group.shutdownGracefully(0, 1, SECONDS).syncUninterruptibly();
        }
    }
}
