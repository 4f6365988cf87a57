package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.ConnectionWatchHandler;
import org.intransit.transport.Transfer;

/**
 * Fuzz targets for the X.400 decoding path: TPKT and COTP framing, the MTA PDU decoder with a
 * bind and with an envelope, and the responder's whole pipeline. In a normal build Jazzer runs
 * only the regression inputs under
 * {@code src/test/resources/org/intransit/transport/x400/X400DecoderFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='X400DecoderFuzzTest#<method>'} fuzzes one target.
 *
 * <p>Invariants: a decoder answers anything with a decoded unit or a
 * {@link CorruptedFrameException} (never an {@code IndexOutOfBoundsException}, an
 * {@code IllegalArgumentException}, ...), and what it decoded encodes back to the same thing;
 * the responder lets no exception escape its pipeline, and hands the receiver an envelope only
 * when it decoded completely and has a recipient.
 */
class X400DecoderFuzzTest {

    private static final String PASSWORD = "s3cret";
    private static final Tpdu.ConnectionRequest CR = new Tpdu.ConnectionRequest(0x4242, TpduSize.CLASS_0_MAX);

    /** @param input the first byte picks the size of each read (1..256 bytes), the rest is the wire */
    @FuzzTest(maxDuration = "30s")
    void tpktAndCotpShouldDecodeOrRejectAsCorruptWhenTheWireIsArbitrary(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Recorder top = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(new TpktDecoder(), new CotpCodec(), top);
        try {
            feed(ch, input);
            assertThat(top.failures).allSatisfy(e -> assertThat(e).isInstanceOf(CorruptedFrameException.class));
            for (Object tpdu : top.messages) {
                assertThat(tpdu).isInstanceOf(Tpdu.class);
                assertSameTpdu(roundTrip((Tpdu) tpdu), (Tpdu) tpdu);
            }
        } finally {
            ch.finishAndReleaseAll();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void mtaPduDecoderShouldDecodeOrRejectAsCorruptWhenTheBindIsArbitrary(byte[] tsdu) {
        decodeAndRoundTrip(tsdu);
        Responder responder = new Responder();
        responder.send(CR);
        responder.sendTsdu(tsdu);
        List<Object> answers = responder.answers();
        assertThat(responder.received).as("nothing reaches the receiver before a bind").isEmpty();
        assertThat(answers).isNotEmpty().first().isInstanceOf(Tpdu.ConnectionConfirm.class);
        if (answers.size() > 1) {
            assertThat(answers.get(1)).isInstanceOfAny(MtaPdu.BindResult.class, MtaPdu.BindError.class);
        }
        responder.close();
    }

    @FuzzTest(maxDuration = "30s")
    void mtaPduDecoderShouldDecodeOrRejectAsCorruptWhenTheEnvelopeIsArbitrary(byte[] tsdu) {
        MtaPdu decoded = decodeAndRoundTrip(tsdu);
        Responder responder = new Responder();
        responder.send(CR, new MtaPdu.BindRequest("EXA", PASSWORD));
        responder.sendTsdu(tsdu);
        List<Object> answers = responder.answers();
        assertThat(answers).hasSizeGreaterThanOrEqualTo(2);
        assertThat(answers.get(1)).isEqualTo(new MtaPdu.BindResult("EXB"));
        if (decoded instanceof MtaPdu.TransferEnvelope envelope && !envelope.recipients().isEmpty()
                && List.of("rfc822", "22").contains(envelope.contentType())) {
            assertThat(responder.received).singleElement().satisfies(t -> {
                assertThat(t.recipients()).isEqualTo(envelope.recipients());
                assertThat(t.content()).isEqualTo(envelope.content());
            });
            assertThat(answers).hasSize(3).last().isEqualTo(new MtaPdu.TransferAck(envelope.mtsIdentifier()));
        } else {
            assertThat(responder.received).as("an envelope the receiver can take, or nothing").isEmpty();
        }
        responder.close();
    }

    /** @param input the first byte picks the size of each read (1..256 bytes), the rest is the wire */
    @FuzzTest(maxDuration = "30s")
    void x400ServerPipelineShouldAnswerOrCloseButNeverThrowWhenTheWireIsArbitrary(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Responder responder = new Responder();
        feed(responder.channel, input);
        responder.answers();
        assertThat(responder.received).allSatisfy(t -> assertThat(t.recipients()).isNotEmpty());
        responder.close();
    }

    /** Writes {@code input[1..]} in reads of {@code input[0] + 1} bytes while the channel is open. */
    private static void feed(EmbeddedChannel ch, byte[] input) {
        int readSize = (input[0] & 0xff) + 1;
        for (int at = 1; at < input.length && ch.isOpen(); at += readSize) {
            ch.writeInbound(Unpooled.wrappedBuffer(input, at, Math.min(readSize, input.length - at)));
        }
    }

    /** Decodes one TSDU directly; a PDU it yields must encode and decode back to itself. */
    private static MtaPdu decodeAndRoundTrip(byte[] tsdu) {
        MtaPduCodec codec = new MtaPduCodec();
        List<Object> out = new ArrayList<>();
        ByteBuf in = Unpooled.wrappedBuffer(tsdu);
        try {
            codec.decode(null, in, out);
        } catch (CorruptedFrameException expected) {
            return null;
        }
        assertThat(out).hasSize(1);
        MtaPdu pdu = (MtaPdu) out.get(0);
        EmbeddedChannel encoder = new EmbeddedChannel(new MtaPduCodec());
        assertThat(encoder.writeOutbound(pdu)).isTrue();
        ByteBuf encoded = encoder.readOutbound();
        List<Object> again = new ArrayList<>();
        try {
            codec.decode(null, encoded, again);
        } finally {
            encoded.release();
            encoder.finishAndReleaseAll();
        }
        assertThat(again).singleElement().usingRecursiveComparison().isEqualTo(pdu);
        return pdu;
    }

    private static Tpdu roundTrip(Tpdu tpdu) {
        EmbeddedChannel codec = new EmbeddedChannel(new CotpCodec());
        try {
            assertThat(codec.writeOutbound(tpdu)).isTrue();
            ByteBuf bytes = codec.readOutbound();
            assertThat(codec.writeInbound(bytes)).isTrue();
            return codec.readInbound();
        } finally {
            codec.finishAndReleaseAll();
        }
    }

    private static void assertSameTpdu(Tpdu actual, Tpdu expected) {
        if (expected instanceof Tpdu.Data dt) {
            assertThat(actual).isInstanceOfSatisfying(Tpdu.Data.class, again -> {
                assertThat(again.endOfTsdu()).isEqualTo(dt.endOfTsdu());
                assertThat(again.userData()).isEqualTo(dt.userData());
            });
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    /** The top of a pipeline: keeps what arrives, and closes on an exception as the business handlers do. */
    private static final class Recorder extends ChannelInboundHandlerAdapter {
        final List<Object> messages = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            messages.add(msg);
            ReferenceCountUtil.release(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failures.add(cause);
            ctx.close();
        }
    }

    /**
     * The pipeline {@link X400ServerInitializer} builds, on an {@link EmbeddedChannel}: an
     * exception that escaped it would surface from {@code writeInbound}.
     */
    static final class Responder {
        final List<Transfer> received = new ArrayList<>();
        final EmbeddedChannel channel = new EmbeddedChannel(new TpktDecoder(), new TpktEncoder(), new CotpCodec(),
                new CotpSegmenter(), new MtaPduCodec(), new X400ServerHandler("EXB",
                        X400BindPolicy.expect("EXA", PASSWORD), (caller, t) -> {
                            received.add(t);
                            return null;
                        }, 7), new ConnectionWatchHandler("x400", ConnectionWatch.DEFAULT));

        /** Sends TPDUs and MTA PDUs as a caller's stack writes them (DTs of 2045 bytes, as after a CC). */
        void send(Object... messages) {
            EmbeddedChannel caller = X400PipelineTest.stack();
            List<Object> all = new ArrayList<>();
            all.add(new Tpdu.ConnectionConfirm(1, 2, TpduSize.CLASS_0_MAX));
            all.addAll(Arrays.asList(messages));
            ByteBuf wire = X400PipelineTest.wire(caller, all.toArray());
            caller.finishAndReleaseAll();
            // the CC only set the caller's segment size: drop its 14 bytes
            wire.skipBytes(14);
            channel.writeInbound(wire);
        }

        /** One TSDU of raw bytes, as DTs with EOT on the last. */
        void sendTsdu(byte[] tsdu) {
            ByteBuf wire = Unpooled.buffer();
            int at = 0;
            do {
                int n = Math.min(TpduSize.CLASS_0_MAX.maxUserData(), tsdu.length - at);
                wire.writeByte(TpktDecoder.VERSION).writeByte(0).writeShort(TpktDecoder.HEADER_LENGTH + 3 + n)
                        .writeByte(2).writeByte(Tpdu.DT).writeByte(at + n == tsdu.length ? 0x80 : 0)
                        .writeBytes(tsdu, at, n);
                at += n;
            } while (at < tsdu.length);
            if (channel.isOpen()) {
                channel.writeInbound(wire);
            } else {
                wire.release();
            }
        }

        /** Everything the responder wrote, decoded. */
        List<Object> answers() {
            ByteBuf wire = Unpooled.buffer();
            for (ByteBuf part = channel.readOutbound(); part != null; part = channel.readOutbound()) {
                wire.writeBytes(part);
                part.release();
            }
            EmbeddedChannel decoder = X400PipelineTest.stack();
            decoder.writeInbound(wire);
            List<Object> answers = new ArrayList<>();
            for (Object o = decoder.readInbound(); o != null; o = decoder.readInbound()) {
                answers.add(o);
            }
            decoder.finishAndReleaseAll();
            return answers;
        }

        void close() {
            channel.finishAndReleaseAll();
        }
    }
}
