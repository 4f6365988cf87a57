package org.intransit.transport.x400;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Puts the 4-byte RFC 1006 header in front of each outgoing TPDU:
 * {@code 0x03 0x00 <uint16 length of header + payload>}. {@code LengthFieldPrepender} cannot
 * write the version byte, hence this encoder. The payload is passed on as it is (no copy): the
 * header goes out as its own small buffer just before it.
 *
 * <p>A payload longer than 65531 bytes cannot be framed and fails the write with an
 * {@link EncoderException}; {@link CotpSegmenter} keeps every TPDU far below that.
 */
@Sharable
public final class TpktEncoder extends MessageToMessageEncoder<ByteBuf> {

    /** The largest payload one frame can carry. */
    public static final int MAX_PAYLOAD = TpktDecoder.MAX_FRAME_LENGTH - TpktDecoder.HEADER_LENGTH;

    public TpktEncoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ByteBuf payload, List<Object> out) {
        int length = payload.readableBytes() + TpktDecoder.HEADER_LENGTH;
        if (payload.readableBytes() > MAX_PAYLOAD) {
            throw new EncoderException("a TPDU of " + payload.readableBytes() + " bytes does not fit a TPKT frame");
        }
        ByteBuf header = ctx.alloc().buffer(TpktDecoder.HEADER_LENGTH);
        header.writeByte(TpktDecoder.VERSION).writeByte(0).writeShort(length);
        out.add(header);
        out.add(payload.retain());
    }
}
