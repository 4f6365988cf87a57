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
import org.intransit.fault.ListenerEventLog;
import org.intransit.fault.WatchedEventLoops;
import org.intransit.mta.MtaEventLog;
import org.intransit.transport.ConnectionWatch;
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
 * that connection (the peer reads end of stream or a reset), log why in the server's MTA event
 * log when the server chose to close, never call the receiver with anything it cannot account
 * for, leave every event-loop thread alive, and let a good transfer through right after.
 */
@Timeout(60)
class RpcServerHostileInputTest {

    private static final String TRUSTED = "CONTOSO\\svc-site1";
    private static final Credentials GOOD = new Credentials("EXA", TRUSTED, "EXA", null);
    private static final RpcPdu.Bind BIND = new RpcPdu.Bind("EXA", TRUSTED);
    private static final String BIND_ACK = "0000000102";

    private final List<Transfer> received = new CopyOnWriteArrayList<>();
    private final ListenerEventLog events = new ListenerEventLog("EXB");
    private WatchedEventLoops loops;
    private RpcServer server;
    private RpcClient client;

    @BeforeEach
    void listen() {
        loops = new WatchedEventLoops("rpc-hostile");
        listen(ConnectionWatch.DEFAULT_IDLE_TIMEOUT);
        client = new RpcClient(loops.group(), Duration.ofSeconds(10));
    }

    private void listen(Duration idleTimeout) {
        server = RpcServer.start(loops.group(), InetAddress.getLoopbackAddress(), 0, "EXB", () -> TRUSTED,
                (caller, t) -> {
                    received.add(t);
                    return null;
                }, events.watch(idleTimeout));
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

    /** The listener still works for a good caller, logs nothing about it, and no loop thread died on the way. */
    private void assertStillServes() throws Exception {
        int before = received.size();
        List<String> logged = events.entries();
        assertThat(client.transfer(server.address(), GOOD, TransportContract.sample("after", 200)))
                .isInstanceOf(TransferResult.Accepted.class);
        assertThat(received).hasSize(before + 1).last().extracting(Transfer::trace).isEqualTo("after");
        assertThat(events.entries()).isEqualTo(logged);
        loops.assertHealthy();
    }

    /** The one MTA event the server logged: it closed {@code peer}'s connection on a protocol error. */
    private void assertLoggedProtocolError(HostilePeer peer, String reason) {
        assertThat(events.entries()).containsExactly(MtaEventLog.LISTENER_PROTOCOL_ERROR + " RPC connection from 127.0.0.1:"
                + peer.localPort() + " closed on a protocol error: " + reason + ".");
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
    @CsvSource(delimiter = '|', value = {
        "length field cut short            | 0000                             | an RPC length field: 2 of 4 bytes",
        "frame cut inside the PDU          | 00000019 01 00000003 455841      | an RPC frame: 12 of 29 bytes",
        "length bigger than the bytes sent | 00001000 07                      | an RPC frame: 5 of 4100 bytes",
        "a whole Bind, then a frame cut    | BIND 00000019 01 0000            | an RPC frame: 7 of 29 bytes",
    })
    void serverShouldLogWhereTheCallerQuitWhenItClosesMidFrame(String problem, String bytes, String cut)
            throws Exception {
        try (HostilePeer peer = connect()) {
            byte[] answers = peer.sendHex(bytes.replace("BIND", hex(BIND))).finishSending().readUntilClosed();

            assertThat(ByteBufUtil.hexDump(answers)).as(problem).isEqualTo(bytes.startsWith("BIND") ? BIND_ACK : "");
            assertLoggedProtocolError(peer, "connection closed inside " + cut);
        }
        assertThat(received).isEmpty();
        assertThat(events.entries().toString()).as("the account is never logged").doesNotContain(TRUSTED);
        assertStillServes();
    }

    @Test
    void serverShouldLogNothingWhenTheCallerClosesBetweenFrames() throws Exception {
        RpcPdu.Transfer transfer = RpcPdu.Transfer.of(TransportContract.sample("whole", 100));
        try (HostilePeer peer = connect()) {
            byte[] answers = peer.sendHex(hex(BIND) + hex(transfer)).finishSending().readUntilClosed();

            assertThat(ByteBufUtil.hexDump(answers)).isEqualTo(BIND_ACK + "0000000105");
        }
        assertThat(received).extracting(Transfer::trace).containsExactly("whole");
        assertThat(events.entries()).as("a clean close is not an event").isEmpty();
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown PDU type                    | 00000001 ff                                 | unknown PDU type 0xff",
        "empty frame                         | 00000000                                    | empty frame",
        "string length bigger than its frame | 00000009 01 000003e8 45584100               | string length 1000 with 4 bytes left",
        "negative string length              | 00000009 01 fffffffe 00000000               | string length -2 with 4 bytes left",
        "frame length smaller than its PDU   | 00000004 01 00000003 455841 00000011        | the frame ends inside string length",
        "flag neither 0 nor 1                | 00000006 06 02 ffffffff                     | flag 2 is neither 0 nor 1",
        "list count past the frame           | 0000000d 04 ffffffff ffffffff 7fffffff      | list length 2147483647 with 0 bytes left",
        "an answer PDU sent by the caller    | 00000001 05                                 | unexpected TransferAck from a caller",
    })
    void serverShouldCloseTheConnectionAtOnceAndLogWhyWhenAFrameIsMalformed(String problem, String bytes, String reason)
            throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex(bytes).readUntilClosed()).as(problem).isEmpty();
            assertLoggedProtocolError(peer, reason);
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionBeforeTheFrameArrivesWhenItsLengthIsOver32MiB() throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex("02000001 04 ffffffff").readUntilClosed()).isEmpty();
            assertLoggedProtocolError(peer, "Adjusted frame length exceeds 33554432: 33554437 - discarded");
        }
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenAnX400ConnectionRequestArrivesInsteadOfRpc() throws Exception {
        try (HostilePeer peer = connect()) {
            // TPKT 03 00 00 16 reads as a frame of 50 MiB
            assertThat(peer.sendHex("0300 0016 11e0 0000 4242 00 c0010b c10100 c20100").readUntilClosed()).isEmpty();
            assertLoggedProtocolError(peer, "Adjusted frame length exceeds 33554432: 50331674 - discarded");
        }
        assertStillServes();
    }

    @Test
    void serverShouldAnswerTheValidFrameThenCloseWhenGarbageFollowsIt() throws Exception {
        try (HostilePeer peer = connect()) {
            byte[] answers = peer.sendHex(hex(BIND) + "474554202f20485454502f312e300d0a0d0a").readUntilClosed();

            assertThat(ByteBufUtil.hexDump(answers)).isEqualTo(BIND_ACK);
            assertLoggedProtocolError(peer, "Adjusted frame length exceeds 33554432: 1195725860 - discarded");
        }
        assertThat(events.entries().toString()).as("the account is never logged").doesNotContain(TRUSTED);
        assertStillServes();
    }

    @Test
    void serverShouldAckTheTransferThenCloseWhenAnUnknownPduFollowsIt() throws Exception {
        RpcPdu.Transfer transfer = RpcPdu.Transfer.of(TransportContract.sample("valid", 100));
        try (HostilePeer peer = connect()) {
            byte[] answers = peer.sendHex(hex(BIND) + hex(transfer) + "00000001 ee").readUntilClosed();

            assertThat(ByteBufUtil.hexDump(answers)).isEqualTo(BIND_ACK + "0000000105");
            assertLoggedProtocolError(peer, "unknown PDU type 0xee");
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a caller that sends nothing    | ''",
        "a caller that stops mid-frame  | 00000100 04 0000",
        "a caller that stops once bound | 00000017 01 00000003 455841 0000000b 434f4e544f534f5c737663",
    })
    void serverShouldCloseTheConnectionAndLogAnIdleTimeoutWhenACallerGoesQuiet(String problem, String bytes)
            throws Exception {
        server.close();
        listen(Duration.ofMillis(300));
        try (HostilePeer peer = connect()) {
            peer.sendHex(bytes).readUntilClosed();

            assertThat(events.entries()).as(problem).containsExactly(MtaEventLog.LISTENER_IDLE_TIMEOUT
                    + " RPC connection from 127.0.0.1:" + peer.localPort() + " closed after 300ms without data.");
        }
        assertThat(received).isEmpty();
        assertStillServes();
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
    void serverShouldKeepServingAndLogOnlyProtocolErrorsAfterABurstOfRandomGarbageConnections() throws Exception {
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
        assertThat(events.entries()).isNotEmpty().hasSizeLessThanOrEqualTo(40)
                .allSatisfy(e -> assertThat(e).startsWith(MtaEventLog.LISTENER_PROTOCOL_ERROR + " RPC connection from "));
        assertStillServes();
    }

    /** The next PDU the listener sends. */
    private static RpcPdu answer(HostilePeer peer) throws IOException {
        int length = ByteBuffer.wrap(peer.read(RpcFraming.LENGTH_FIELD_BYTES)).getInt();
        return RpcPduReader.read(Unpooled.wrappedBuffer(peer.read(length)));
    }
}
