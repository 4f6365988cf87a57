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
 * A running {@link X400Server} fed broken and hostile bytes over real sockets, layer by layer
 * (TPKT, COTP, MTA PDUs). Each case must end that connection, never hand the receiver an
 * envelope it did not fully get, leave every event-loop thread alive, and let a good transfer
 * through right after.
 */
@Timeout(60)
class X400ServerHostileInputTest {

    private static final Credentials GOOD = new Credentials("EXA", "svc", "EXA", X400TransportTest.PASSWORD);
    private static final Tpdu.ConnectionRequest CR = new Tpdu.ConnectionRequest(0x4242, TpduSize.CLASS_0_MAX);
    private static final MtaPdu.BindRequest BIND = new MtaPdu.BindRequest("EXA", X400TransportTest.PASSWORD);
    private static final MtaPdu.TransferEnvelope ENVELOPE =
            MtaPdu.TransferEnvelope.of(TransportContract.sample("valid", 300));

    private final List<Transfer> received = new CopyOnWriteArrayList<>();
    private WatchedEventLoops loops;
    private X400Server server;

    @BeforeEach
    void listen() {
        loops = new WatchedEventLoops("x400-hostile");
        server = X400Server.start(loops.group(), InetAddress.getLoopbackAddress(), 0, "EXB",
                X400BindPolicy.expect("EXA", X400TransportTest.PASSWORD), (caller, t) -> {
                    received.add(t);
                    return null;
                });
    }

    @AfterEach
    void stop() {
        server.close();
        loops.close();
    }

    private HostilePeer connect() throws IOException {
        return HostilePeer.connect(server.address());
    }

    /** The listener still works for a good caller, and no loop thread died on the way. */
    private void assertStillServes() throws Exception {
        int before = received.size();
        try (X400Client client = new X400Client(loops.group(), Duration.ofSeconds(10))) {
            assertThat(client.transfer(server.address(), GOOD, TransportContract.sample("after", 200)))
                    .isInstanceOf(TransferResult.Accepted.class);
        }
        assertThat(received).hasSize(before + 1).last().extracting(Transfer::trace).isEqualTo("after");
        loops.assertHealthy();
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
    @CsvSource({
        "TPKT header cut short,               0300 00",
        "TPKT length bigger than the bytes,   0300 0100 02f080 4142",
        "CR cut inside its header,            0300 0016 11e0 0000",
    })
    void serverShouldCloseTheConnectionWhenTheCallerQuitsMidFrame(String problem, String bytes) throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex(bytes).finishSending().readUntilClosed()).as(problem).isEmpty();
        }
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "TPKT version 2,                            0200 000a 06e0 0000 4242 00",
        "TPKT version 0xff,                         ff00 000a 06e0 0000 4242 00",
        "TPKT length below 7,                       0300 0004 0300 0004",
        "TPKT length smaller than its TPDU,         0300 0007 09e0 00 00 4242 00 c0010b",
        "COTP LI bigger than the TPDU,              0300 000a 20e0 0000 4242 00",
        "COTP LI of 0xff,                           0300 0007 fff0 80",
        "unknown TPDU type ER,                      0300 000b 06 70 0000 00 0000",
        "unknown TPDU type AK,                      0300 0008 03 61 0000",
        "CR of transport class 4,                   0300 000b 06e0 0000 4242 40",
        "CR with a TPDU size code of 0x20,          0300 000e 09e0 0000 4242 00 c00120",
        "CR parameter that overruns LI,             0300 000e 09e0 0000 4242 00 c00501",
        "DT with LI 3,                              0300 0008 03f0 8000",
        "a bind before any CR,                      0300 001b 02f080 74 0000000f 80 00000003 455841 81 00000002 7077",
    })
    void serverShouldCloseTheConnectionAtOnceWhenATpktOrCotpFrameIsMalformed(String problem, String bytes)
            throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(decode(peer.sendHex(bytes).readUntilClosed())).as(problem).isEmpty();
        }
        assertThat(received).isEmpty();
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unknown MTA PDU tag,                      7f 00000000",
        "MTA PDU length bigger than the TSDU,      74 00000100 80 00000003 455841",
        "MTA PDU length smaller than the TSDU,     74 00000002 80 00000003 455841 81 00000000",
        "field length past the PDU,                74 0000000a 80 7fffffff 45 81 000000",
        "fields in the wrong order,                74 00000010 81 00000003 707764 80 00000003 455841",
        "a missing password field,                 74 00000008 80 00000003 455841",
        "calling MTA name not UTF-8,               74 0000000d 80 00000002 c328 81 00000001 78",
        "bytes after the last field,               74 0000000f 80 00000003 455841 81 00000001 78 ff",
        "an empty TSDU,                            ''",
    })
    void serverShouldCloseTheConnectionWithoutAnAnswerWhenTheBindIsMalformed(String problem, String tsdu)
            throws Exception {
        try (HostilePeer peer = connect()) {
            List<Object> answers = decode(peer.send(wire(CR)).sendHex(dt(tsdu)).readUntilClosed());

            assertThat(answers).as(problem).singleElement().isInstanceOf(Tpdu.ConnectionConfirm.class);
        }
        assertStillServes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "envelope cut before its content,     77 00000019 80 00000003 6d7473 81 00000001 62 84 00000006 726663383232",
        "content length past the envelope,    77 0000001f 80 00000002 6964 81 00000001 62 82 00000001 63 84 00000002 3232 85 7ffffff0",
        "a recipient that is not UTF-8,       77 00000021 80 00000002 6964 81 00000001 62 82 00000002 ff fe 84 00000002 3232 85 00000001 78",
        "a Release-tagged field inside,       77 0000000c 80 00000002 6964 7a 00000000",
    })
    void serverShouldCloseTheConnectionWithoutCallingTheReceiverWhenTheEnvelopeIsMalformed(String problem,
            String tsdu) throws Exception {
        try (HostilePeer peer = connect()) {
            List<Object> answers = decode(peer.send(wire(CR, BIND)).sendHex(dt(tsdu)).readUntilClosed());

            assertThat(answers).as(problem).hasSize(2);
            assertThat(answers.get(1)).isEqualTo(new MtaPdu.BindResult("EXB"));
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
        }
        assertThat(received).extracting(Transfer::trace).containsExactly("valid");
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenAnRpcBindArrivesInsteadOfTpkt() throws Exception {
        try (HostilePeer peer = connect()) {
            assertThat(peer.sendHex("00000017 01 00000003 455841 0000000b 434f4e544f534f5c737663").readUntilClosed())
                    .isEmpty();
        }
        assertStillServes();
    }

    @Test
    void serverShouldCloseTheConnectionWhenATsduGrowsPast64MiB() throws Exception {
        // DTs without EOT, each in a full TPKT frame of 65535 bytes: 1026 of them pass 64 MiB
        byte[] frame = new byte[TpktDecoder.MAX_FRAME_LENGTH];
        ByteBuf header = Unpooled.wrappedBuffer(frame).writerIndex(0);
        header.writeByte(3).writeByte(0).writeShort(TpktDecoder.MAX_FRAME_LENGTH).writeByte(2).writeByte(0xF0)
                .writeByte(0);
        int frames = CotpSegmenter.DEFAULT_MAX_TSDU_LENGTH / (frame.length - 7) + 2;
        try (HostilePeer peer = connect()) {
            assertThat(decode(peer.send(wire(CR, BIND)).read(34))).hasSize(2).last()
                    .isEqualTo(new MtaPdu.BindResult("EXB"));
            boolean refusedMidway = false;
            try {
                for (int i = 0; i < frames; i++) {
                    peer.send(frame);
                }
            } catch (IOException closedWhileSending) {
                refusedMidway = true;
            }

            assertThat(peer.readUntilClosed()).as("closed %s", refusedMidway ? "while sending" : "after the last frame")
                    .isEmpty();
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

    @Test
    void serverShouldKeepServingAfterABurstOfRandomGarbageConnections() throws Exception {
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
        assertStillServes();
    }
}
