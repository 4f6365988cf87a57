package org.intransit.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.ConnectionWatchHandler;
import org.intransit.transport.DroppedConnections;

/** The framing and codec of both pipelines on an {@link EmbeddedChannel}, and bytes to feed it. */
final class RpcWire {

    private RpcWire() {}

    /**
     * Framing plus codec, as both initializers assemble them, topped by the listener's
     * {@link ConnectionWatchHandler}: a decoding error closes the channel, as both pipelines' top
     * handlers do, instead of surfacing from {@code writeInbound}.
     */
    static EmbeddedChannel channel() {
        return channel(DroppedConnections.UNREPORTED);
    }

    /** As {@link #channel()}, telling {@code drops} why it closed. */
    static EmbeddedChannel channel(DroppedConnections drops) {
        return new EmbeddedChannel(RpcFraming.decoder(), RpcFraming.encoder(), RpcPduCodec.INSTANCE,
                new ConnectionWatchHandler("rpc", new ConnectionWatch(ConnectionWatch.DEFAULT_IDLE_TIMEOUT, drops)));
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
