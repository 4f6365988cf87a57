package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How the client classifies peers that misbehave, each played by a {@link FakeX400Peer}. */
@Timeout(10)
class X400ClientTest {

    private static final Credentials CREDENTIALS = new Credentials("EXA", "svc", "EXA", "s3cret");
    private static final Duration SHORT = Duration.ofMillis(500);

    private static EventLoopGroup group;

    @BeforeAll
    static void startLoops() {
        group = X400TransportTest.newGroup("x400-client-test");
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    private static TransferResult transferTo(FakeX400Peer.Script script) {
        try (FakeX400Peer peer = new FakeX400Peer(group, script); X400Client client = new X400Client(group, SHORT)) {
            return client.transfer(peer.address(), CREDENTIALS, TransportContract.sample("fake", 3000));
        }
    }

    @Test
    void clientShouldReportUnreachableWhenThePeerClosesBeforeTheConnectionConfirm() {
        assertThat(transferTo((ctx, msg) -> ctx.close()))
                .isInstanceOfSatisfying(TransferResult.Unreachable.class,
                        u -> assertThat(u.error()).isEqualTo(TransferResult.ERROR_SERVER_UNAVAILABLE));
    }

    @Test
    void clientShouldReportUnreachableWhenThePeerNeverAnswersTheConnectionRequest() {
        assertThat(transferTo((ctx, msg) -> { })).isInstanceOfSatisfying(TransferResult.Unreachable.class,
                u -> assertThat(u.reason()).contains("no answer within"));
    }

    @Test
    void clientShouldReportUnreachableWhenThePeerRefusesTheConnectionWithDr() {
        assertThat(transferTo((ctx, msg) -> ctx.writeAndFlush(new Tpdu.DisconnectRequest(1, 2, 0x03))))
                .isInstanceOfSatisfying(TransferResult.Unreachable.class, u -> assertThat(u.reason()).contains("DR"));
    }

    @Test
    void clientShouldReportUnreachableWhenThePeerClosesBeforeAnsweringTheBind() {
        assertThat(transferTo((ctx, msg) -> {
            if (msg instanceof Tpdu.ConnectionRequest cr) {
                ctx.writeAndFlush(new Tpdu.ConnectionConfirm(cr.sourceRef(), 9, TpduSize.CLASS_0_MAX));
            } else {
                ctx.close();
            }
        })).isInstanceOf(TransferResult.Unreachable.class);
    }

    @Test
    void clientShouldReportBrokenWhenThePeerClosesAfterTheEnvelope() {
        assertThat(transferTo(FakeX400Peer.bindingThen((ctx, msg) -> ctx.close())))
                .isInstanceOf(TransferResult.Broken.class);
    }

    @Test
    void clientShouldReportBrokenWhenThePeerNeverAnswersTheEnvelope() {
        assertThat(transferTo(FakeX400Peer.bindingThen((ctx, msg) -> { })))
                .isInstanceOfSatisfying(TransferResult.Broken.class, b -> assertThat(b.reason()).contains("no answer within"));
    }

    @Test
    void clientShouldReportBrokenWhenTheAckNamesAnotherMessage() {
        assertThat(transferTo(FakeX400Peer.bindingThen((ctx, msg) -> ctx.writeAndFlush(new MtaPdu.TransferAck("other")))))
                .isInstanceOf(TransferResult.Broken.class);
    }

    @Test
    void clientShouldReportAcceptedWhenThePeerAcksButNeverSendsDr() {
        assertThat(transferTo(FakeX400Peer.bindingThen((ctx, msg) -> {
            if (msg instanceof MtaPdu.TransferEnvelope e) {
                ctx.writeAndFlush(new MtaPdu.TransferAck(e.mtsIdentifier()));
            }
        }))).isInstanceOf(TransferResult.Accepted.class);
    }

    @Test
    void clientShouldHideThePasswordWhenThePeerEchoesItInTheBindError() {
        TransferResult result = transferTo((ctx, msg) -> {
            if (msg instanceof Tpdu.ConnectionRequest cr) {
                ctx.writeAndFlush(new Tpdu.ConnectionConfirm(cr.sourceRef(), 9, TpduSize.CLASS_0_MAX));
            } else if (msg instanceof MtaPdu.BindRequest bind) {
                ctx.writeAndFlush(new MtaPdu.BindError("password " + bind.password() + " is wrong"));
            }
        });

        assertThat(result).isInstanceOfSatisfying(TransferResult.BindRefused.class,
                r -> assertThat(r.reason()).doesNotContain("s3cret").contains("password *** is wrong"));
    }

    @Test
    void clientShouldReportUnreachableInsteadOfThrowingWhenItsEventLoopsAreShutDown() {
        EventLoopGroup stopped = X400TransportTest.newGroup("x400-stopped");
        stopped.shutdownGracefully(0, 0, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);

        try (X400Client client = new X400Client(stopped, SHORT)) {
            assertThat(client.transfer(new InetSocketAddress("127.0.0.1", 9), CREDENTIALS, TransportContract.sample("x", 10)))
                    .isInstanceOf(TransferResult.Unreachable.class);
        }
    }
}
