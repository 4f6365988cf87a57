package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.intransit.DaemonThreadFactory;
import org.intransit.transport.BindingTransportContract;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransferReceiver;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportClient;
import org.intransit.transport.TransportContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The X.400 transport held to the shared contract: listener MTA {@code EXB}, which accepts the
 * calling MTA {@code EXA} with password {@code s3cret}.
 */
class X400TransportTest implements BindingTransportContract {

    static final String PASSWORD = "s3cret";

    private static EventLoopGroup group;

    @BeforeAll
    static void startLoops() {
        group = newGroup("x400-transport-test");
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    static EventLoopGroup newGroup(String role) {
        return new MultiThreadIoEventLoopGroup(2, new DaemonThreadFactory(role), NioIoHandler.newFactory());
    }

    static X400Server listenAsExb(EventLoopGroup group, TransferReceiver receiver) {
        return X400Server.start(group, InetAddress.getLoopbackAddress(), 0, "EXB", X400BindPolicy.expect("EXA", PASSWORD),
                receiver);
    }

    @Override
    public TransportClient client() {
        return new X400Client(group, Duration.ofSeconds(10));
    }

    @Override
    public RunningListener listen(TransferReceiver receiver) {
        X400Server server = listenAsExb(group, receiver);
        return new RunningListener() {
            @Override
            public InetSocketAddress address() {
                return server.address();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    @Override
    public Credentials goodCredentials() {
        return new Credentials("EXA", "SITEA\\svc-exchange", "EXA", PASSWORD);
    }

    @Override
    public Credentials badCredentials() {
        return new Credentials("EXA", "SITEA\\svc-exchange", "EXA", "hunter2");
    }

    @Test
    void transferShouldSayNameOrPasswordWithoutPrintingThePasswordWhenTheBindIsRefused() throws Exception {
        try (RunningListener listener = listen((caller, t) -> null); TransportClient client = client()) {
            TransferResult result = client.transfer(listener.address(), badCredentials(), TransportContract.sample("pw", 10));

            assertThat(result).isInstanceOfSatisfying(TransferResult.BindRefused.class, refused -> {
                assertThat(refused.error()).isEqualTo(X400Client.AUTHENTICATION_ERROR);
                assertThat(refused.reason()).contains("MTA name or password is wrong").doesNotContain("hunter2");
            });
        }
    }

    @Test
    void transferShouldBeRefusedWhenTheCallingMtaNameIsUnknown() throws Exception {
        Credentials stranger = new Credentials("EXZ", "svc", "EXZ", PASSWORD);
        try (RunningListener listener = listen((caller, t) -> null); TransportClient client = client()) {
            assertThat(client.transfer(listener.address(), stranger, TransportContract.sample("who", 10)))
                    .isInstanceOf(TransferResult.BindRefused.class);
        }
    }

    @Test
    void transferShouldReportATemporaryRejectionWhenTheReceiverThrows() throws Exception {
        try (RunningListener listener = listen((caller, t) -> {
                    throw new IllegalStateException("store offline");
                });
                TransportClient client = client()) {
            assertThat(client.transfer(listener.address(), goodCredentials(), TransportContract.sample("boom", 10)))
                    .isInstanceOfSatisfying(TransferResult.Rejected.class, r -> {
                        assertThat(r.permanent()).isFalse();
                        assertThat(r.reason()).contains("store offline");
                    });
        }
    }

    @Test
    void clientShouldBeNamedX400() {
        try (TransportClient client = client()) {
            assertThat(client.name()).isEqualTo("x400");
        }
    }
}
