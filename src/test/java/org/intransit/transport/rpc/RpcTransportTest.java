package org.intransit.transport.rpc;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.intransit.transport.BindingTransportContract;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransferReceiver;
import org.intransit.transport.TransportClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@code rpc} held to the contract of every binding transport; the listener is EXB trusting site 1's account. */
class RpcTransportTest implements BindingTransportContract {

    static final String SITE1_ACCOUNT = "CONTOSO\\svc-site1";

    private EventLoopGroup group;

    @BeforeEach
    void startEventLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterEach
    void stopEventLoops() {
        group.shutdownGracefully(0, 1, SECONDS).syncUninterruptibly();
    }

    @Override
    public TransportClient client() {
        return new RpcClient(group, Duration.ofSeconds(10));
    }

    @Override
    public RunningListener listen(TransferReceiver receiver) {
        return new Listening(
                RpcServer.start(group, InetAddress.getLoopbackAddress(), 0, "EXB", () -> SITE1_ACCOUNT, receiver));
    }

    @Override
    public Credentials goodCredentials() {
        return new Credentials("EXA", SITE1_ACCOUNT, "EXA", null);
    }

    @Override
    public Credentials badCredentials() {
        return new Credentials("EXA", "CONTOSO\\svc-site2", "EXA", null);
    }

    private record Listening(RpcServer server) implements RunningListener {

        @Override
        public InetSocketAddress address() {
            return server.address();
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
