package org.intransit.transport.rpc;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.util.List;
import org.intransit.transport.UnfinishedFrame;

/**
 * {@link RpcFraming}'s decoder: Netty's length-field decoder, which also says when the input
 * ends inside a frame. Then it fires an {@link UnfinishedFrame} user event and drops the bytes:
 * {@code an RPC length field: 2 of 4 bytes}, or {@code an RPC frame: 12 of 29 bytes} (counting
 * the length field). Input that ends between frames fires nothing, nor does a frame already
 * refused as too long or negative (that was reported when its length arrived).
 */
final class RpcFrameDecoder extends LengthFieldBasedFrameDecoder {

    RpcFrameDecoder() {
        super(RpcFraming.MAX_FRAME_BYTES, 0, RpcFraming.LENGTH_FIELD_BYTES, 0, RpcFraming.LENGTH_FIELD_BYTES);
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        int received = in.readableBytes();
        if (received == 0) {
            return;
        }
        if (received < RpcFraming.LENGTH_FIELD_BYTES) {
            ctx.fireUserEventTriggered(new UnfinishedFrame("an RPC length field", received, RpcFraming.LENGTH_FIELD_BYTES));
        } else {
            long frameLength = in.getUnsignedInt(in.readerIndex()) + RpcFraming.LENGTH_FIELD_BYTES;
            if (frameLength > received && frameLength <= RpcFraming.MAX_FRAME_BYTES) {
                ctx.fireUserEventTriggered(new UnfinishedFrame("an RPC frame", received, (int) frameLength));
            }
        }
        in.skipBytes(received);
    }
}
