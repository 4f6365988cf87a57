package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * A running {@link X400Server} fed broken and hostile bytes over real sockets, layer by layer
 * (TPKT, COTP, MTA PDUs). Each case must end that connection, log why in the server's MTA event
 * log when the server chose to close, never hand the receiver an envelope it did not fully get,
 * leave every event-loop thread alive, and let a good transfer through right after.
 */
@Timeout(60)
class X400ServerHostileInputTest {

    private static final Credentials GOOD = new Credentials("EXA", "svc", "EXA", X400TransportTest.PASSWORD);
    private static final Tpdu.ConnectionRequest CR = new Tpdu.ConnectionRequest(0x4242, TpduSize.CLASS_0_MAX);
    private static final MtaPdu.BindRequest BIND = new MtaPdu.BindRequest("EXA", X400TransportTest.PASSWORD);
    private static final MtaPdu.TransferEnvelope ENVELOPE =
            MtaPdu.TransferEnvelope.of(TransportContract.sample("valid", 300));

    private final List<Transfer> received = new CopyOnWriteArrayList<>();
    private final ListenerEventLog events = new ListenerEventLog("EXB");
    private WatchedEventLoops loops;
    private X400Server server;

    @BeforeEach
    void listen() {
        loops = new WatchedEventLoops("x400-hostile");
        listen(ConnectionWatch.DEFAULT_IDLE_TIMEOUT);
    }

    private void listen(Duration idleTimeout) {
        server = X400Server.start(loops.group(), InetAddress.getLoopbackAddress(), 0, "EXB",
                X400BindPolicy.expect("EXA", X400TransportTest.PASSWORD), (caller, t) -> {
                    received.add(t);
                    return null;
                }, events.watch(idleTimeout));
    }

    @AfterEach
    void stop() {
        server.close();
        loops.close();
    }

    private HostilePeer connect() throws IOException {
        return HostilePeer.connect(server.address());
    }

    /** The listener still works for a good caller, logs nothing about it, and no loop thread died on the way. */
    private void assertStillServes() throws Exception {
        assertStillServes(200);
    }

    private void assertStillServes(int bodyBytes) throws Exception {
        int before = received.size();
        List<String> logged = events.entries();
        try (X400Client client = new X400Client(loops.group(), Duration.ofSeconds(10))) {
            assertThat(client.transfer(server.address(), GOOD, TransportContract.sample("after", bodyBytes)))
                    .isInstanceOf(TransferResult.Accepted.class);
        }
        assertThat(received).hasSize(before + 1).last().extracting(Transfer::trace).isEqualTo("after");
        assertThat(events.entries()).isEqualTo(logged);
        loops.assertHealthy();
    }

    /** The one MTA event the server logged: it closed {@code peer}'s connection on a protocol error. */
    private void assertLoggedProtocolError(HostilePeer peer, String reason) {
        assertThat(events.entries()).containsExactly(MtaEventLog.LISTENER_PROTOCOL_ERROR + " X.400 connection from 127.0.0.1:"
                + peer.localPort() + " closed on a protocol error: " + reason + ".");
    }

    /** TPDUs and MTA PDUs as the real codec stack writes them (TSDUs in DTs of 128 bytes). */
    private static byte[] wire(Object... messages) {
        EmbeddedChannel encoder = X400PipelineTest.stack();
        ByteBuf wire = X400PipelineTest.wire(encoder, messages);
        try {
            return ByteBufUtil.getBytes(wire);
        } finally {
            wire.release();
            encoder.finishAndReleaseAll();
        }
    }

    /** One DT with EOT carrying {@code tsduHex}, framed in TPKT. */
    private static String dt(String tsduHex) {
        String tsdu = tsduHex.replace(" ", "");
        return String.format("0300%04x 02f080", 7 + tsdu.length() / 2) + tsdu;
    }

    /** What the listener sent, decoded with the real stack. */
    private static List<Object> decode(byte[] bytes) {
        EmbeddedChannel decoder = X400PipelineTest.stack();
        decoder.writeInbound(Unpooled.wrappedBuffer(bytes));
        List<Object> answers = new ArrayList<>();
        for (Object o = decoder.readInbound(); o != null; o = decoder.readInbound()) {
            answers.add(o);
        }
        decoder.finishAndReleaseAll();
        return answers;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TPKT header cut short             | 0300 00                | a TPKT header: 3 of 4 bytes",
        "TPKT length bigger than the bytes | 0300 0100 02f080 4142  | a TPKT frame: 9 of 256 bytes",
        "CR cut inside its header          | 0300 0016 11e0 0000    | a TPKT frame: 8 of 22 bytes",
    })
    void serverShouldLogWhereTheCallerQuitWhenItClosesMidFrame(String problem, String bytes, String cut)
            throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex(bytes).finishSending().readUntilClosed()).as(problem).isEmpty();
            assertLoggedProtocolError(peer, "connection closed inside " + cut);
        }
        assertStillServes();
    }

    @Test
    void serverShouldLogWhereTheCallerQuitWithoutThePasswordWhenItClosesInsideTheBind() throws Exception {
        byte[] bind = wire(BIND);
        int cut = bind.length - 3;
        try (HostilePeer peer = connect()) {
            byte[] answers = peer.send(wire(CR)).send(Arrays.copyOf(bind, cut)).finishSending().readUntilClosed();

            assertThat(decode(answers)).singleElement().isInstanceOf(Tpdu.ConnectionConfirm.class);
            assertLoggedProtocolError(peer, "connection closed inside a TPKT frame: " + cut + " of " + bind.length + " bytes");
        }
        assertThat(events.entries().toString()).as("the password is never logged")
                .doesNotContain(X400TransportTest.PASSWORD).doesNotContain("EXA");
        assertStillServes();
    }

    @Test
    void serverShouldLogTheCutTsduWhenTheCallerClosesAfterDtsWithoutEot() throws Exception {
        try (HostilePeer peer = connect()) {
            // a whole DT frame, EOT not set, 10 bytes of a TSDU that never ends
            byte[] answers = peer.send(wire(CR, BIND)).sendHex("0300 0011 02f000 77000001000000000000")
                    .finishSending().readUntilClosed();

            assertThat(decode(answers)).hasSize(2).last().isInstanceOf(MtaPdu.BindResult.class);
            assertLoggedProtocolError(peer, "connection closed inside a TSDU, before the DT with EOT: 10 bytes");
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @Test
    void serverShouldLogNothingWhenTheCallerClosesBetweenFrames() throws Exception {
        try (HostilePeer peer = connect()) {
            byte[] answers = peer.send(wire(CR, BIND, ENVELOPE)).finishSending().readUntilClosed();

            assertThat(decode(answers)).hasSize(3).last().isEqualTo(new MtaPdu.TransferAck(ENVELOPE.mtsIdentifier()));
        }
        assertThat(received).extracting(Transfer::trace).containsExactly("valid");
        assertThat(events.entries()).as("a clean close is not an event").isEmpty();
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TPKT version 2                    | 0200 000a 06e0 0000 4242 00                   | TPKT version 0x02, expected 0x03",
        "TPKT version 0xff                 | ff00 000a 06e0 0000 4242 00                   | TPKT version 0xff, expected 0x03",
        "TPKT length below 7               | 0300 0004 0300 0004                           | TPKT length 4 below 7",
        "TPKT length smaller than its TPDU | 0300 0007 09e0 00 00 4242 00 c0010b           | COTP LI 9 does not fit a TPDU of 3 bytes",
        "COTP LI bigger than the TPDU      | 0300 000a 20e0 0000 4242 00                   | COTP LI 32 does not fit a TPDU of 6 bytes",
        "COTP LI of 0xff                   | 0300 0007 fff0 80                             | COTP LI 255 does not fit a TPDU of 3 bytes",
        "unknown TPDU type ER              | 0300 000b 06 70 0000 00 0000                  | unsupported TPDU type 0x70",
        "unknown TPDU type AK              | 0300 0008 03 61 0000                          | unsupported TPDU type 0x60",
        "CR of transport class 4           | 0300 000b 06e0 0000 4242 40                   | only transport class 0 is supported, not 4",
        "CR with a TPDU size code of 0x20  | 0300 000e 09e0 0000 4242 00 c00120            | TPDU size code 0x20 is not 0x07..0x0D",
        "CR parameter that overruns LI     | 0300 000e 09e0 0000 4242 00 c00501            | CR/CC parameter 0xc0 overruns LI",
        "DT with LI 3                      | 0300 0008 03f0 8000                           | a class-0 DT has LI 2, not 3",
        "a bind before any CR              | 0300 001b 02f080 74 0000000f 80 00000003 455841 81 00000002 7077 | unexpected BindRequest before CR",
        "a second CR                       | 0300 000e 09e0 0000 4242 00 c0010b 0300 000e 09e0 0000 4243 00 c0010b | unexpected CR before bind",
    })
    void serverShouldCloseTheConnectionAtOnceAndLogWhyWhenATpktOrCotpFrameIsMalformed(String problem, String bytes,
            String reason) throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(decode(peer.sendHex(bytes).readUntilClosed())).as(problem)
                    .allSatisfy(answer -> assertThat(answer).isInstanceOf(Tpdu.ConnectionConfirm.class));
            assertLoggedProtocolError(peer, reason);
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown MTA PDU tag                  | 7f 00000000                                       | unknown MTA PDU tag 0x7f",
        "MTA PDU length bigger than the TSDU  | 74 00000100 80 00000003 455841                    | MTA PDU 0x74 says 256 bytes, the TSDU holds 8",
        "MTA PDU length smaller than the TSDU | 74 00000002 80 00000003 455841 81 00000000        | MTA PDU 0x74 says 2 bytes, the TSDU holds 13",
        "field length past the PDU            | 74 0000000a 80 7fffffff 45 81 000000              | field 0x80 of 2147483647 bytes overruns the PDU",
        "fields in the wrong order            | 74 00000010 81 00000003 707764 80 00000003 455841 | field 0x81 where 0x80 was expected",
        "a missing password field             | 74 00000008 80 00000003 455841                    | field 0x81 missing",
        "calling MTA name not UTF-8           | 74 0000000d 80 00000002 c328 81 00000001 78       | field 0x80 is not UTF-8",
        "bytes after the last field           | 74 0000000f 80 00000003 455841 81 00000001 78 ff  | 1 unexpected bytes after the last field",
        "an empty TSDU                        | ''                                                | a TSDU of 0 bytes holds no MTA PDU",
        "a Release before the bind            | 7a 00000000                                       | unexpected Release before bind",
    })
    void serverShouldCloseTheConnectionWithoutAnAnswerAndLogWhyWhenTheBindIsMalformed(String problem, String tsdu,
            String reason) throws Exception {
        try (HostilePeer peer = connect()) {
            List<Object> answers = decode(peer.send(wire(CR)).sendHex(dt(tsdu)).readUntilClosed());

            assertThat(answers).as(problem).singleElement().isInstanceOf(Tpdu.ConnectionConfirm.class);
            assertLoggedProtocolError(peer, reason);
        }
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "envelope cut before its content  | 77 00000019 80 00000003 6d7473 81 00000001 62 84 00000006 726663383232 | field 0x85 missing",
        "content length past the envelope | 77 0000001f 80 00000002 6964 81 00000001 62 82 00000001 63 84 00000002 3232 85 7ffffff0 | field 0x85 of 2147483632 bytes overruns the PDU",
        "a recipient that is not UTF-8    | 77 00000021 80 00000002 6964 81 00000001 62 82 00000002 ff fe 84 00000002 3232 85 00000001 78 | field 0x82 is not UTF-8",
        "a Release-tagged field inside    | 77 0000000c 80 00000002 6964 7a 00000000 | field 0x7a where 0x81 was expected",
        "a second bind                    | 74 00000010 80 00000003 455841 81 00000003 707764 | unexpected BindRequest after bind",
    })
    void serverShouldCloseTheConnectionWithoutCallingTheReceiverAndLogWhyWhenTheEnvelopeIsMalformed(String problem,
            String tsdu, String reason) throws Exception {
        try (HostilePeer peer = connect()) {
            List<Object> answers = decode(peer.send(wire(CR, BIND)).sendHex(dt(tsdu)).readUntilClosed());

            assertThat(answers).as(problem).hasSize(2);
            assertThat(answers.get(1)).isEqualTo(new MtaPdu.BindResult("EXB"));
            assertLoggedProtocolError(peer, reason);
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @Test
    void serverShouldRefuseAnEnvelopeWithoutRecipientsAndNotHandItToTheReceiver() throws Exception {
        MtaPdu.TransferEnvelope nobody = new MtaPdu.TransferEnvelope("[c=US;a= ;p=intransit;l=nobody]",
                "bob@contoso.example", List.of(), List.of(), MtaPdu.TransferEnvelope.CONTENT_RFC822, new byte[] {'x'});
        try (HostilePeer peer = connect()) {
            List<Object> answers = decode(peer.send(wire(CR, BIND, nobody, new MtaPdu.Release())).readUntilClosed());

            assertThat(answers).hasSize(4);
            assertThat(answers.get(2)).isInstanceOfSatisfying(MtaPdu.TransferNak.class, nak -> {
                assertThat(nak.permanent()).isTrue();
                assertThat(nak.reason()).contains("recipient");
            });
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @Test
    void serverShouldAnswerTheValidFramesThenCloseWhenGarbageFollowsABoundAssociation() throws Exception {
        try (HostilePeer peer = connect()) {
            byte[] bytes = peer.send(wire(CR, BIND, ENVELOPE)).sendHex("474554202f20485454502f312e300d0a0d0a")
                    .readUntilClosed();

            assertThat(decode(bytes)).hasSize(3).last().isEqualTo(new MtaPdu.TransferAck(ENVELOPE.mtsIdentifier()));
            assertLoggedProtocolError(peer, "TPKT version 0x47, expected 0x03");
        }
        assertThat(events.entries().toString()).as("the password is never logged").doesNotContain(X400TransportTest.PASSWORD);
        assertThat(received).extracting(Transfer::trace).containsExactly("valid");
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenAnRpcBindArrivesInsteadOfTpkt() throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex("00000017 01 00000003 455841 0000000b 434f4e544f534f5c737663").readUntilClosed())
                    .isEmpty();
            assertLoggedProtocolError(peer, "TPKT version 0x00, expected 0x03");
        }
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenATsduGrowsPast64MiB() throws Exception {
        // DTs without EOT of the confirmed 2048 bytes, 256 TPKT frames per write: 129 writes pass 64 MiB
        int dt = TpduSize.CLASS_0_MAX.bytes();
        ByteBuf frames = Unpooled.buffer(256 * (dt + 4));
        for (int i = 0; i < 256; i++) {
            frames.writeByte(3).writeByte(0).writeShort(dt + 4).writeByte(2).writeByte(0xF0).writeByte(0)
                    .writeZero(dt - 3);
        }
        byte[] frame = ByteBufUtil.getBytes(frames);
        int writes = CotpSegmenter.DEFAULT_MAX_TSDU_LENGTH / (256 * (dt - 3)) + 2;
        try (HostilePeer peer = connect()) {
            assertThat(decode(peer.send(wire(CR, BIND)).read(34))).hasSize(2).last()
                    .isEqualTo(new MtaPdu.BindResult("EXB"));
            boolean refusedMidway = false;
            try {
                for (int i = 0; i < writes; i++) {
                    peer.send(frame);
                }
            } catch (IOException closedWhileSending) {
                refusedMidway = true;
            }

            assertThat(peer.readUntilClosed()).as("closed %s", refusedMidway ? "while sending" : "after the last frame")
                    .isEmpty();
            assertLoggedProtocolError(peer, "a TSDU longer than 67108864 bytes");
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @Test
    void serverShouldKeepServingOthersWhileOneConnectionStallsInsideATsdu() throws Exception {
        try (HostilePeer stalled = connect()) {
            stalled.send(wire(CR, BIND)).sendHex("0300 0011 02f000 77000001000000000000");
            assertStillServes();
        }
    }

    @ParameterizedTest(name = "CR proposing {0}")
    @CsvSource({"0x0b, 2048", "0x07, 128", "0x0d, 2048"})
    void serverShouldAnswerErAndCloseWhenADtIsLongerThanTheConfirmedTpduSize(String proposed, int confirmed)
            throws Exception {
        Tpdu.ConnectionRequest cr = new Tpdu.ConnectionRequest(0x4242, new TpduSize(Integer.decode(proposed)));
        int tooLong = confirmed + 1;
        String dt = String.format("0300 %04x 02f080", tooLong + TpktDecoder.HEADER_LENGTH) + "00".repeat(tooLong - 3);
        try (HostilePeer peer = connect()) {
            byte[] cc = peer.send(wire(cr)).read(14);
            assertThat(decode(cc)).singleElement().isInstanceOfSatisfying(Tpdu.ConnectionConfirm.class,
                    c -> assertThat(c.size().bytes()).isEqualTo(confirmed));

            byte[] answer = peer.sendHex(dt).readUntilClosed();

            // ER: LI 8, DST-REF 0x4242, cause 0x00 not specified, Invalid TPDU (0xC1) quoting the DT's LI and code
            assertThat(ByteBufUtil.hexDump(answer)).isEqualTo("0300000d" + "0870" + "4242" + "00" + "c102" + "02f0");
            assertLoggedProtocolError(peer, "a DT TPDU of " + tooLong + " bytes is over the negotiated TPDU size of "
                    + new TpduSize(Integer.numberOfTrailingZeros(confirmed)));
        }
        assertThat(received).isEmpty();
        assertStillServes(300 * 1024);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a caller that sends nothing    | ''                        | ''",
        "a caller that stops mid-frame  | 0300 0016 11e0 0000       | ''",
        "a caller that stops after CR   | 0300 000e 09e0 0000 4242 00 c0010b | 0300000e09d04242",
    })
    void serverShouldCloseTheConnectionAndLogAnIdleTimeoutWhenACallerGoesQuiet(String problem, String bytes,
            String answerStart) throws Exception {
        server.close();
        listen(Duration.ofMillis(300));
        try (HostilePeer peer = connect()) {
            assertThat(ByteBufUtil.hexDump(peer.sendHex(bytes).readUntilClosed())).as(problem).startsWith(answerStart);

            assertThat(events.entries()).as(problem).containsExactly(MtaEventLog.LISTENER_IDLE_TIMEOUT
                    + " X.400 connection from 127.0.0.1:" + peer.localPort() + " closed after 300ms without data.");
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @Test
    void serverShouldKeepServingAndLogOnlyProtocolErrorsAfterABurstOfRandomGarbageConnections() throws Exception {
        SplittableRandom random = new SplittableRandom(1006L);
        byte[] cr = wire(CR);
        for (int i = 0; i < 40; i++) {
            byte[] garbage = new byte[1 + random.nextInt(300)];
            random.nextBytes(garbage);
            if (i % 2 == 0) {
                // half of them start as a valid TPKT frame, so the garbage reaches COTP and the MTA layer
                garbage[0] = 3;
                garbage[1] = 0;
            }
            try (HostilePeer peer = connect()) {
                if (i % 4 == 0) {
                    peer.send(cr);
                }
                peer.send(garbage).finishSending().readUntilClosed();
            }
        }
        assertThat(received).isEmpty();
        assertThat(events.entries()).isNotEmpty().hasSizeLessThanOrEqualTo(40)
                .allSatisfy(e -> assertThat(e).startsWith(MtaEventLog.LISTENER_PROTOCOL_ERROR + " X.400 connection from "));
        assertStillServes();
    }
}
