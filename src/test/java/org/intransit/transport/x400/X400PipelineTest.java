package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole codec stack of {@link X400ServerInitializer}, without a business handler, end to end. */
class X400PipelineTest {

    private static final MtaPdu.TransferEnvelope BIG = new MtaPdu.TransferEnvelope("[c=US;a= ;p=intransit;l=big]",
            "bob@contoso.example", List.of("alice@contoso.example"), List.of("EXA"), "rfc822",
            CotpSegmenterTest.randomBytes(200 * 1024));

    static EmbeddedChannel stack() {
        return new EmbeddedChannel(new TpktDecoder(), new TpktEncoder(), new CotpCodec(), new CotpSegmenter(),
                new MtaPduCodec());
    }

    /** Writes the messages and returns the bytes that reached the wire. */
    static ByteBuf wire(EmbeddedChannel sender, Object... messages) {
        for (Object message : messages) {
            sender.writeOutbound(message);
        }
        ByteBuf wire = Unpooled.buffer();
        for (ByteBuf part = sender.readOutbound(); part != null; part = sender.readOutbound()) {
            wire.writeBytes(part);
            part.release();
        }
        return wire;
    }

    private static List<Object> receive(EmbeddedChannel receiver, ByteBuf wire, int readSize) {
        while (wire.isReadable()) {
            receiver.writeInbound(wire.readRetainedSlice(Math.min(readSize, wire.readableBytes())));
        }
        wire.release();
        List<Object> received = new ArrayList<>();
        for (Object o = receiver.readInbound(); o != null; o = receiver.readInbound()) {
            received.add(o);
        }
        return received;
    }

    private static List<Integer> frameLengths(ByteBuf wire) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = wire.readerIndex(); i < wire.writerIndex(); i += wire.getUnsignedShort(i + 2)) {
            assertThat(wire.getUnsignedByte(i)).isEqualTo((short) 3);
            lengths.add(wire.getUnsignedShort(i + 2));
        }
        return lengths;
    }

    @Test
    void pipelineShouldCarryA200KbEnvelopeInDtsOfTheConfirmedSizeWhenReadsAreSmall() {
        EmbeddedChannel sender = stack();
        EmbeddedChannel receiver = stack();
        Tpdu.ConnectionConfirm cc = new Tpdu.ConnectionConfirm(1, 2, TpduSize.CLASS_0_MAX);

        ByteBuf wire = wire(sender, cc, BIG);
        List<Integer> frames = frameLengths(wire);
        List<Object> received = receive(receiver, wire, 1000);

        assertThat(frames).hasSizeGreaterThan(100).allSatisfy(length -> assertThat(length).isLessThanOrEqualTo(2048 + 4));
        assertThat(received).hasSize(2);
        assertThat(received.get(0)).isEqualTo(cc);
        assertThat(received.get(1)).usingRecursiveComparison().isEqualTo(BIG);
        sender.finishAndReleaseAll();
        receiver.finishAndReleaseAll();
    }

    @Test
    void pipelineShouldDecodeEveryPduWhenTheWireArrivesOneByteAtATime() {
        EmbeddedChannel sender = stack();
        EmbeddedChannel receiver = stack();
        MtaPdu.TransferEnvelope small = new MtaPdu.TransferEnvelope("id", "a@b", List.of("c@d"), List.of(), "rfc822",
                CotpSegmenterTest.randomBytes(5000));

        List<Object> received = receive(receiver, wire(sender, new MtaPdu.BindRequest("EXA", "pw"), small,
                new MtaPdu.Release()), 1);

        assertThat(received).hasSize(3);
        assertThat(received.get(0)).isEqualTo(new MtaPdu.BindRequest("EXA", "pw"));
        assertThat(received.get(1)).usingRecursiveComparison().isEqualTo(small);
        assertThat(received.get(2)).isEqualTo(new MtaPdu.Release());
        sender.finishAndReleaseAll();
        receiver.finishAndReleaseAll();
    }

    @Test
    void pipelineShouldDecodeEveryFrameWhenTheWholeConversationArrivesInOneRead() {
        EmbeddedChannel sender = stack();
        EmbeddedChannel receiver = stack();
        Tpdu.ConnectionRequest cr = new Tpdu.ConnectionRequest(7, TpduSize.CLASS_0_MAX);
        Tpdu.DisconnectRequest dr = new Tpdu.DisconnectRequest(1, 7, Tpdu.REASON_NORMAL);

        List<Object> received = receive(receiver, wire(sender, cr, new MtaPdu.BindResult("EXB"), dr), Integer.MAX_VALUE);

        assertThat(received).containsExactly(cr, new MtaPdu.BindResult("EXB"), dr);
        sender.finishAndReleaseAll();
        receiver.finishAndReleaseAll();
    }

    @Test
    void pipelineShouldDeliverTheFirstPduThenCloseWhenGarbageFollows() {
        EmbeddedChannel sender = stack();
        EmbeddedChannel receiver = stack();
        ByteBuf wire = wire(sender, new MtaPdu.Release());
        wire.writeBytes("HELO garbage\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> receive(receiver, wire, Integer.MAX_VALUE))
                .hasMessage("TPKT version 0x48, expected 0x03");

        assertThat((Object) receiver.readInbound()).isEqualTo(new MtaPdu.Release());
        assertThat(receiver.isOpen()).isFalse();
        sender.finishAndReleaseAll();
        receiver.finishAndReleaseAll();
    }
}
