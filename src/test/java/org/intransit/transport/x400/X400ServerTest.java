package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the listener does with callers that misbehave, seen from a raw socket. */
@Timeout(30)
class X400ServerTest {

    private static final Credentials GOOD = new Credentials("EXA", "svc", "EXA", X400TransportTest.PASSWORD);
    private static final Tpdu.ConnectionRequest CR = new Tpdu.ConnectionRequest(0x4242, TpduSize.CLASS_0_MAX);
    private static final MtaPdu.TransferEnvelope ENVELOPE = MtaPdu.TransferEnvelope.of(TransportContract.sample("raw", 64));

    private static EventLoopGroup group;
    private final AtomicInteger received = new AtomicInteger();
    private X400Server server;

    @BeforeAll
    static void startLoops() {
        group = X400TransportTest.newGroup("x400-server-test");
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void listen() {
        server = X400TransportTest.listenAsExb(group, (caller, t) -> {
            received.incrementAndGet();
            return null;
        });
    }

    @AfterEach
    void stopListening() {
        server.close();
    }

    private void assertStillServes() {
        try (X400Client client = new X400Client(group, Duration.ofSeconds(10))) {
            assertThat(client.transfer(server.address(), GOOD, TransportContract.sample("after", 100)))
                    .isInstanceOf(TransferResult.Accepted.class);
        }
    }

    @Test
    void serverShouldCloseTheConnectionAndKeepServingWhenTheTpktVersionIsWrong() throws Exception {
        try (RawConnection raw = new RawConnection(server.address())) {
            assertThat(raw.sendHex("0400 000a 09e0").receiveUntilClosed()).isEmpty();
        }
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenHttpArrivesInsteadOfTpkt() throws Exception {
        try (RawConnection raw = new RawConnection(server.address())) {
            assertThat(raw.sendHex("474554202f20485454502f312e300d0a0d0a").receiveUntilClosed()).isEmpty();
        }
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenItReceivesAnUnknownTpduType() throws Exception {
        try (RawConnection raw = new RawConnection(server.address())) {
            assertThat(raw.sendHex("0300 0009 04 70 0000 00").receiveUntilClosed()).isEmpty();
        }
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenGarbageFollowsAValidConnectionRequest() throws Exception {
        try (RawConnection raw = new RawConnection(server.address())) {
            List<Object> answers = raw.send(CR).sendHex("0300 0008 ff ff ff ff").receiveUntilClosed();

            assertThat(answers).singleElement().isInstanceOf(Tpdu.ConnectionConfirm.class);
        }
        assertStillServes();
    }

    @Test
    void serverShouldAnswerARefusedBindWithBindErrorThenDisconnectRequestThenClose() throws Exception {
        try (RawConnection raw = new RawConnection(server.address())) {
            List<Object> answers = raw.send(CR, new MtaPdu.BindRequest("EXA", "hunter2")).receiveUntilClosed();

            assertThat(answers).hasSize(3);
            assertThat(answers.get(0)).isInstanceOfSatisfying(Tpdu.ConnectionConfirm.class, cc -> {
                assertThat(cc.destinationRef()).isEqualTo(0x4242);
                assertThat(cc.sourceRef()).isNotZero();
            });
            assertThat(answers.get(1)).isInstanceOfSatisfying(MtaPdu.BindError.class,
                    e -> assertThat(e.reason()).contains("MTA name or password is wrong").doesNotContain("hunter2"));
            assertThat(answers.get(2)).isInstanceOfSatisfying(Tpdu.DisconnectRequest.class,
                    dr -> assertThat(dr.destinationRef()).isEqualTo(0x4242));
        }
        assertThat(received).hasValue(0);
    }

    @Test
    void serverShouldAnswerReleaseWithDisconnectRequestAndCloseWhenBound() throws Exception {
        try (RawConnection raw = new RawConnection(server.address())) {
            List<Object> answers = raw.send(CR, new MtaPdu.BindRequest("EXA", X400TransportTest.PASSWORD), ENVELOPE,
                    new MtaPdu.Release()).receiveUntilClosed();

            assertThat(answers).hasSize(4);
            assertThat(answers.get(1)).isEqualTo(new MtaPdu.BindResult("EXB"));
            assertThat(answers.get(2)).isEqualTo(new MtaPdu.TransferAck(ENVELOPE.mtsIdentifier()));
            assertThat(answers.get(3)).isInstanceOf(Tpdu.DisconnectRequest.class);
        }
        assertThat(received).hasValue(1);
    }

    @Test
    void serverShouldCloseWithoutCallingTheReceiverWhenAnEnvelopeComesBeforeTheBind() throws Exception {
        try (RawConnection raw = new RawConnection(server.address())) {
            List<Object> answers = raw.send(CR, ENVELOPE).receiveUntilClosed();

            assertThat(answers).singleElement().isInstanceOf(Tpdu.ConnectionConfirm.class);
        }
        assertThat(received).hasValue(0);
    }

    @Test
    void serverShouldConfirmTheClassZeroMaximumWhenTheCallerProposes8192() throws Exception {
        try (RawConnection raw = new RawConnection(server.address())) {
            List<Object> answers = raw.send(new Tpdu.ConnectionRequest(1, TpduSize.LARGEST), new MtaPdu.Release())
                    .receiveUntilClosed();

            assertThat(answers.get(0)).isInstanceOfSatisfying(Tpdu.ConnectionConfirm.class,
                    cc -> assertThat(cc.size()).isEqualTo(TpduSize.CLASS_0_MAX));
        }
    }

    @Test
    void serverShouldNakPermanentlyWhenTheContentTypeIsUnknown() throws Exception {
        MtaPdu.TransferEnvelope odd = new MtaPdu.TransferEnvelope("id-1", "a@b", List.of("c@d"), List.of(), "ia5", new byte[3]);
        try (RawConnection raw = new RawConnection(server.address())) {
            List<Object> answers = raw.send(CR, new MtaPdu.BindRequest("EXA", X400TransportTest.PASSWORD), odd,
                    new MtaPdu.Release()).receiveUntilClosed();

            assertThat(answers.get(2)).isInstanceOfSatisfying(MtaPdu.TransferNak.class, nak -> {
                assertThat(nak.permanent()).isTrue();
                assertThat(nak.reason()).contains("ia5");
            });
        }
        assertThat(received).hasValue(0);
    }

    @Test
    void serverShouldKeepServingOthersWhileOneConnectionStallsMidFrame() throws Exception {
        try (RawConnection stalled = new RawConnection(server.address())) {
            stalled.sendHex("0300 00");
            assertStillServes();
        }
    }
}
