package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TpktDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new TpktDecoder());

    @AfterEach
    void finish() {
        channel.finishAndReleaseAll();
    }

    static ByteBuf bytes(String hex) {
        return Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(hex.replace(" ", "")));
    }

    private String readPayload() {
        ByteBuf payload = channel.readInbound();
        assertThat(payload).as("a decoded frame").isNotNull();
        try {
            return ByteBufUtil.hexDump(payload);
        } finally {
            payload.release();
        }
    }

    @Test
    void tpktDecoderShouldStripTheHeaderWhenAFrameArrivesWhole() {
        channel.writeInbound(bytes("0300 0007 02f080"));

        assertThat(readPayload()).isEqualTo("02f080");
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void tpktDecoderShouldReassembleFrameWhenSplitAcrossReads() {
        assertThat(channel.writeInbound(bytes("0300 000b 02f0"))).isFalse();
        channel.writeInbound(bytes("80 41424344"));

        assertThat(readPayload()).isEqualTo("02f08041424344");
    }

    @Test
    void tpktDecoderShouldReassembleFrameWhenEveryByteArrivesAlone() {
        ByteBuf frame = bytes("0300 000b 02f080 41424344");
        while (frame.isReadable()) {
            channel.writeInbound(frame.readRetainedSlice(1));
        }
        frame.release();

        assertThat(readPayload()).isEqualTo("02f08041424344");
        assertThat(channel.inboundMessages()).isEmpty();
    }

    @Test
    void tpktDecoderShouldEmitBothFramesWhenTwoArriveInOneRead() {
        channel.writeInbound(bytes("0300 0008 02f08001 0300 0009 02f0800203"));

        assertThat(readPayload()).isEqualTo("02f08001");
        assertThat(readPayload()).isEqualTo("02f0800203");
    }

    @Test
    void tpktDecoderShouldCloseTheChannelAndSayWhyWhenTheVersionIsWrong() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("0400 0007 02f080")))
                .isInstanceOf(CorruptedFrameException.class).hasMessage("TPKT version 0x04, expected 0x03");

        assertThat(channel.inboundMessages()).isEmpty();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void tpktDecoderShouldCloseTheChannelWhenTheFirstByteAloneIsWrong() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("47")))
                .isInstanceOf(CorruptedFrameException.class).hasMessage("TPKT version 0x47, expected 0x03");

        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void tpktDecoderShouldCloseTheChannelAndSayWhyWhenTheLengthIsBelowSeven() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("0300 0006 02f0")))
                .isInstanceOf(CorruptedFrameException.class).hasMessage("TPKT length 6 below 7");

        assertThat(channel.inboundMessages()).isEmpty();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void tpktDecoderShouldCloseTheChannelAndSayWhyWhenTheLengthExceedsItsMaximum() {
        EmbeddedChannel small = new EmbeddedChannel(new TpktDecoder(1024));
        assertThatThrownBy(() -> small.writeInbound(bytes("0300 0401 02f080")))
                .isInstanceOf(CorruptedFrameException.class).hasMessage("TPKT length 1025 above 1024");

        assertThat(small.inboundMessages()).isEmpty();
        assertThat(small.isOpen()).isFalse();
        small.finishAndReleaseAll();
    }

    @Test
    void tpktDecoderShouldDeliverTheValidFrameThenCloseWhenGarbageFollows() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("0300 0007 02f080 474554202f20485454502f312e310d0a")))
                .isInstanceOf(CorruptedFrameException.class).hasMessage("TPKT version 0x47, expected 0x03");

        assertThat(readPayload()).isEqualTo("02f080");
        assertThat(channel.inboundMessages()).isEmpty();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void tpktDecoderShouldAcceptTheLargestFrameWhenItArrivesInPieces() {
        byte[] payload = new byte[TpktEncoder.MAX_PAYLOAD];
        ByteBuf frame = Unpooled.buffer().writeBytes(bytes("0300 ffff")).writeBytes(payload);
        while (frame.isReadable()) {
            channel.writeInbound(frame.readRetainedSlice(Math.min(1500, frame.readableBytes())));
        }
        frame.release();

        ByteBuf decoded = channel.readInbound();
        assertThat(decoded.readableBytes()).isEqualTo(65531);
        decoded.release();
    }
}
