package org.intransit.transport.rpc;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.intransit.transport.Credentials;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the client reports when the peer misbehaves: the phase decides Unreachable or Broken. */
@Timeout(30)
class RpcClientOutcomeTest {

    private static final Credentials SITE1 = new Credentials("EXA", RpcTransportTest.SITE1_ACCOUNT, "EXA", null);
    private static final Transfer SAMPLE = TransportContract.sample("outcome", 200);

    private EventLoopGroup group;
    private RpcClient client;

    @BeforeEach
    void startEventLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        client = new RpcClient(group, Duration.ofMillis(500));
    }

    @AfterEach
    void stopEventLoops() {
        client.close();
        group.shutdownGracefully(0, 1, SECONDS).syncUninterruptibly();
    }

    @Test
    void transferShouldReportUnreachable1722WhenThePeerNeverAnswersTheBind() {
        try (FakeRpcPeer peer = FakeRpcPeer.start(group, (ctx, pdu) -> {})) {
            assertThat(client.transfer(peer.address(), SITE1, SAMPLE)).isInstanceOfSatisfying(
                    TransferResult.Unreachable.class, r -> assertThat(r.error()).isEqualTo(1722));
        }
    }

    @Test
    void transferShouldReportUnreachableWhenThePeerClosesBeforeAnsweringTheBind() {
        try (FakeRpcPeer peer = FakeRpcPeer.start(group, (ctx, pdu) -> ctx.close())) {
            assertThat(client.transfer(peer.address(), SITE1, SAMPLE)).isInstanceOf(TransferResult.Unreachable.class);
        }
    }

    @Test
    void transferShouldReportUnreachableWhenThePeerAnswersTheBindWithGarbage() {
        byte[] unknownType = {(byte) 0xff};
        try (FakeRpcPeer peer = FakeRpcPeer.start(group,
                (ctx, pdu) -> ctx.writeAndFlush(Unpooled.wrappedBuffer(unknownType)))) {
            assertThat(client.transfer(peer.address(), SITE1, SAMPLE)).isInstanceOf(TransferResult.Unreachable.class);
        }
    }

    @Test
    void transferShouldReportBrokenWhenThePeerClosesAfterTheTransferWasSent() {
        try (FakeRpcPeer peer = FakeRpcPeer.start(group, (ctx, pdu) -> {
            if (pdu instanceof RpcPdu.Bind) {
                ctx.writeAndFlush(new RpcPdu.BindAck());
            } else {
                ctx.close();
            }
        })) {
            assertThat(client.transfer(peer.address(), SITE1, SAMPLE)).isInstanceOf(TransferResult.Broken.class);
        }
    }

    @Test
    void transferShouldReportBrokenWhenThePeerNeverAnswersTheTransfer() {
        try (FakeRpcPeer peer = FakeRpcPeer.start(group, (ctx, pdu) -> {
            if (pdu instanceof RpcPdu.Bind) {
                ctx.writeAndFlush(new RpcPdu.BindAck());
            }
        })) {
            assertThat(client.transfer(peer.address(), SITE1, SAMPLE)).isInstanceOf(TransferResult.Broken.class);
        }
    }

    @Test
    void transferShouldReportBrokenWhenThePeerAnswersTheTransferWithABindAck() {
        try (FakeRpcPeer peer = FakeRpcPeer.start(group, (ctx, pdu) -> ctx.writeAndFlush(new RpcPdu.BindAck()))) {
            assertThat(client.transfer(peer.address(), SITE1, SAMPLE)).isInstanceOf(TransferResult.Broken.class);
        }
    }

    @Test
    void transferShouldRejectPermanentlyAndDeliverNothingWhenTheMessageExceedsOneFrame() {
        AtomicInteger received = new AtomicInteger();
        Transfer huge = new Transfer("huge", "bob@contoso.example", List.of("alice@contoso.example"), List.of(),
                new byte[RpcFraming.MAX_FRAME_BYTES]);
        try (RpcServer server = RpcServer.start(group, InetAddress.getLoopbackAddress(), 0, "EXB", SITE1::account,
                (caller, t) -> {
                    received.incrementAndGet();
                    return null;
                })) {
            assertThat(client.transfer(server.address(), SITE1, huge))
                    .isInstanceOfSatisfying(TransferResult.Rejected.class, r -> assertThat(r.permanent()).isTrue());
        }
        assertThat(received).hasValue(0);
    }

    @Test
    void transferShouldReturnUnreachableWhenTheClientIsClosedMidCall() throws Exception {
        CompletableFuture<Void> bindSeen = new CompletableFuture<>();
        RpcClient patient = new RpcClient(group, Duration.ofSeconds(20));
        try (FakeRpcPeer peer = FakeRpcPeer.start(group, (ctx, pdu) -> bindSeen.complete(null))) {
            CompletableFuture<TransferResult> pending =
                    CompletableFuture.supplyAsync(() -> patient.transfer(peer.address(), SITE1, SAMPLE));
            bindSeen.get(10, SECONDS);

            patient.close();

            assertThat(pending.get(10, SECONDS)).isInstanceOf(TransferResult.Unreachable.class);
            assertThat(patient.transfer(peer.address(), SITE1, SAMPLE)).isInstanceOf(TransferResult.Unreachable.class);
        }
    }

    @Test
    void transferShouldRefuseToBlockAnEventLoopThread() {
        CompletableFuture<TransferResult> onLoop = new CompletableFuture<>();
        InetSocketAddress anywhere = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
        group.execute(() -> {
            try {
                onLoop.complete(client.transfer(anywhere, SITE1, SAMPLE));
            } catch (RuntimeException e) {
                onLoop.completeExceptionally(e);
            }
        });

        assertThat(onLoop).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(IllegalStateException.class);
    }
}
