package org.intransit.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/** The framing and codec of both pipelines on an {@link EmbeddedChannel}, and bytes to feed it. */
final class RpcWire {

    private RpcWire() {}

    /** Framing plus codec, as both initializers assemble them. */
    static EmbeddedChannel channel() {
        return new EmbeddedChannel(RpcFraming.decoder(), RpcFraming.encoder(), RpcPduCodec.INSTANCE);
    }

    /** The bytes the pipeline writes for {@code pdu}: length prefix and PDU, in one buffer. */
    static ByteBuf encode(RpcPdu pdu) {
        EmbeddedChannel ch = channel();
        assertThat(ch.writeOutbound(pdu)).isTrue();
        ByteBuf frame = Unpooled.buffer();
        for (ByteBuf part = ch.readOutbound(); part != null; part = ch.readOutbound()) {
            frame.writeBytes(part);
            part.release();
        }
        ch.finishAndReleaseAll();
        return frame;
    }

    /** Bytes from hex, spaces allowed between fields. */
    static ByteBuf hex(String spaced) {
        return Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(spaced.replace(" ", "")));
    }
}
