package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.transport.x400.TpktDecoderTest.bytes;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import org.junit.jupiter.api.Test;

class TpktEncoderTest {

    private static String drainOutbound(EmbeddedChannel channel) {
        StringBuilder hex = new StringBuilder();
        for (ByteBuf part = channel.readOutbound(); part != null; part = channel.readOutbound()) {
            hex.append(ByteBufUtil.hexDump(part));
            part.release();
        }
        return hex.toString();
    }

    @Test
    void tpktEncoderShouldWriteVersionReservedAndLengthIncludingTheHeader() {
        EmbeddedChannel channel = new EmbeddedChannel(new TpktEncoder());

        channel.writeOutbound(bytes("02f080 41"));

        assertThat(drainOutbound(channel)).isEqualTo("0300000802f08041");
        channel.finishAndReleaseAll();
    }

    @Test
    void tpktEncoderShouldRoundTripThroughTheDecoderWhenTheFrameIsLarge() {
        EmbeddedChannel sender = new EmbeddedChannel(new TpktEncoder());
        EmbeddedChannel receiver = new EmbeddedChannel(new TpktDecoder());
        byte[] payload = new byte[TpktEncoder.MAX_PAYLOAD];
        payload[0] = 0x02;
        payload[payload.length - 1] = 0x7f;

        sender.writeOutbound(Unpooled.wrappedBuffer(payload));
        for (ByteBuf part = sender.readOutbound(); part != null; part = sender.readOutbound()) {
            receiver.writeInbound(part);
        }

        ByteBuf decoded = receiver.readInbound();
        assertThat(ByteBufUtil.getBytes(decoded)).isEqualTo(payload);
        decoded.release();
        sender.finishAndReleaseAll();
        receiver.finishAndReleaseAll();
    }

    @Test
    void tpktEncoderShouldFailTheWriteWhenThePayloadCannotFitAFrame() {
        EmbeddedChannel channel = new EmbeddedChannel(new TpktEncoder());

        assertThatThrownBy(() -> channel.writeOutbound(Unpooled.wrappedBuffer(new byte[65532])))
                .isInstanceOf(EncoderException.class);
        channel.finishAndReleaseAll();
    }
}
