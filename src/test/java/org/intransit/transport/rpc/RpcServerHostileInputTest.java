package org.intransit.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.intransit.fault.HostilePeer;
import org.intransit.fault.WatchedEventLoops;
import org.intransit.transport.Credentials;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A running {@link RpcServer} fed broken and hostile bytes over real sockets. Each case must end
 * that connection (the peer reads end of stream or a reset), never call the receiver with
 * anything it cannot account for, leave every event-loop thread alive, and let a good transfer
 * through right after.
 */
@Timeout(60)
class RpcServerHostileInputTest {

    private static final String TRUSTED = "CONTOSO\\svc-site1";
    private static final Credentials GOOD = new Credentials("EXA", TRUSTED, "EXA", null);
    private static final RpcPdu.Bind BIND = new RpcPdu.Bind("EXA", TRUSTED);
    private static final String BIND_ACK = "0000000102";

    private final List<Transfer> received = new CopyOnWriteArrayList<>();
    private WatchedEventLoops loops;
    private RpcServer server;
    private RpcClient client;

    @BeforeEach
    void listen() {
        loops = new WatchedEventLoops("rpc-hostile");
        server = RpcServer.start(loops.group(), InetAddress.getLoopbackAddress(), 0, "EXB", () -> TRUSTED,
                (caller, t) -> {
                    received.add(t);
                    return null;
                });
        client = new RpcClient(loops.group(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
        loops.close();
    }

    private HostilePeer connect() throws IOException {
        return HostilePeer.connect(server.address());
    }

    /** The listener still works for a good caller, and no loop thread died on the way. */
    private void assertStillServes() throws Exception {
        int before = received.size();
        assertThat(client.transfer(server.address(), GOOD, TransportContract.sample("after", 200)))
                .isInstanceOf(TransferResult.Accepted.class);
        assertThat(received).hasSize(before + 1).last().extracting(Transfer::trace).isEqualTo("after");
        loops.assertHealthy();
    }

    private static byte[] frame(RpcPdu pdu) {
        ByteBuf buf = RpcWire.encode(pdu);
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    private static String hex(RpcPdu pdu) {
        return ByteBufUtil.hexDump(frame(pdu));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "length field cut short,            0000",
        "frame cut inside the PDU,          00000019 01 00000003 455841",
        "length bigger than the bytes sent, 00001000 07",
    })
    void serverShouldCloseTheConnectionWhenTheCallerQuitsMidFrame(String problem, String bytes) throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex(bytes).finishSending().readUntilClosed()).as(problem).isEmpty();
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unknown PDU type,                          00000001 ff",
        "empty frame,                               00000000",
        "string length bigger than its frame,       00000009 01 000003e8 45584100",
        "negative string length,                    00000009 01 fffffffe 00000000",
        "frame length smaller than its PDU,         00000004 01 00000003 455841 00000011",
        "flag neither 0 nor 1,                      00000006 06 02 ffffffff",
        "list count past the frame,                 0000000d 04 ffffffff ffffffff 7fffffff",
        "an answer PDU sent by the caller,          00000001 05",
    })
    void serverShouldCloseTheConnectionAtOnceWhenAFrameIsMalformed(String problem, String bytes) throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex(bytes).readUntilClosed()).as(problem).isEmpty();
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionBeforeTheFrameArrivesWhenItsLengthIsOver32MiB() throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex("02000001 04 ffffffff").readUntilClosed()).isEmpty();
        }
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenAnX400ConnectionRequestArrivesInsteadOfRpc() throws Exception {
        try (HostilePeer peer = connect()) {
            // TPKT 03 00 00 16 reads as a frame of 50 MiB
            assertThat(peer.sendHex("0300 0016 11e0 0000 4242 00 c0010b c10100 c20100").readUntilClosed()).isEmpty();
        }
        assertStillServes();
    }

    @Test
    void serverShouldAnswerTheValidFrameThenCloseWhenGarbageFollowsIt() throws Exception {
        try (HostilePeer peer = connect()) {
            byte[] answers = peer.sendHex(hex(BIND) + "474554202f20485454502f312e300d0a0d0a").readUntilClosed();

            assertThat(ByteBufUtil.hexDump(answers)).isEqualTo(BIND_ACK);
        }
        assertStillServes();
    }

    @Test
    void serverShouldAckTheTransferThenCloseWhenAnUnknownPduFollowsIt() throws Exception {
        RpcPdu.Transfer transfer = RpcPdu.Transfer.of(TransportContract.sample("valid", 100));
        try (HostilePeer peer = connect()) {
            byte[] answers = peer.sendHex(hex(BIND) + hex(transfer) + "00000001 ee").readUntilClosed();

            assertThat(ByteBufUtil.hexDump(answers)).isEqualTo(BIND_ACK + "0000000105");
        }
        assertThat(received).extracting(Transfer::trace).containsExactly("valid");
        assertStillServes();
    }

    @Test
    void serverShouldKeepServingOthersWhileOneConnectionStallsMidFrame() throws Exception {
        try (HostilePeer stalled = connect()) {
            stalled.sendHex("00000100 04 0000");
            assertStillServes();
        }
    }

    @Test
    void serverShouldRefuseATransferWithoutTraceIdAndNotHandItToTheReceiver() throws Exception {
        RpcPdu.Transfer noTrace = new RpcPdu.Transfer(null, "bob@contoso.example", List.of("carol@contoso.example"),
                List.of(), new byte[] {'x'});
        try (HostilePeer peer = connect()) {
            peer.send(frame(BIND)).read(5);

            assertThat(answer(peer.send(frame(noTrace)))).isInstanceOfSatisfying(RpcPdu.TransferNak.class, nak -> {
                assertThat(nak.permanent()).isTrue();
                assertThat(nak.reason()).contains("trace");
            });
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "no originator, true, false",
        "no recipient,  false, true",
    })
    void serverShouldRefuseATransferItCannotAccountForAndNotHandItToTheReceiver(String problem, boolean nullOriginator,
            boolean noRecipient) throws Exception {
        RpcPdu.Transfer odd = new RpcPdu.Transfer("odd-1", nullOriginator ? null : "bob@contoso.example",
                noRecipient ? List.of() : List.of("carol@contoso.example"), List.of(), new byte[] {'x'});
        try (HostilePeer peer = connect()) {
            peer.send(frame(BIND)).read(5);

            assertThat(answer(peer.send(frame(odd)))).as(problem)
                    .isInstanceOfSatisfying(RpcPdu.TransferNak.class, nak -> assertThat(nak.permanent()).isTrue());
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @Test
    void serverShouldKeepServingAfterABurstOfRandomGarbageConnections() throws Exception {
        SplittableRandom random = new SplittableRandom(20240808L);
        for (int i = 0; i < 40; i++) {
            byte[] garbage = new byte[1 + random.nextInt(300)];
            random.nextBytes(garbage);
            // a frame length over the limit or past the bytes: the connection either closes or waits for the rest
            try (HostilePeer peer = connect()) {
                peer.send(garbage).finishSending().readUntilClosed();
            }
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    /** The next PDU the listener sends. */
    private static RpcPdu answer(HostilePeer peer) throws IOException {
        int length = ByteBuffer.wrap(peer.read(RpcFraming.LENGTH_FIELD_BYTES)).getInt();
        return RpcPduReader.read(Unpooled.wrappedBuffer(peer.read(length)));
    }
}
