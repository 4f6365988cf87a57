package org.intransit.transport.rpc;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToMessageCodec;
import java.util.List;

/**
 * Turns one frame (see {@link RpcFraming}) into one {@link RpcPdu} and back. A PDU is a type
 * byte and the fields of that type, in order, with nothing after them:
 *
 * <pre>
 * type  PDU          fields
 * 0x01  Bind         str callerServer, str account
 * 0x02  BindAck      -
 * 0x03  BindNak      int32 error, str reason
 * 0x04  Transfer     str trace, str originator, list recipients, list hops, bytes content
 * 0x05  TransferAck  -
 * 0x06  TransferNak  u8 permanent (0 or 1), str reason
 * 0x07  Unbind       -
 *
 * str   = int32 n, then n bytes of UTF-8; n = -1 is null
 * bytes = int32 n, then n bytes
 * list  = int32 count, then count x str
 * </pre>
 *
 * All integers are big-endian. {@code Bind("EXA", "CONTOSO\svc")} on the wire, framing included:
 *
 * <pre>
 * +----------+------+----------+--------+----------+---------------+
 * | 00000017 |  01  | 00000003 | "EXA"  | 0000000B | "CONTOSO\svc" |
 * +----------+------+----------+--------+----------+---------------+
 *   length    type    n          3 B      n          11 B
 * </pre>
 *
 * <p>Decoding trusts nothing: an unknown type, a length past the end of the frame, a bad flag or
 * trailing bytes raise a {@code CorruptedFrameException}. It and every other
 * {@code DecoderException} (the frame decoder's for a frame over 32 MiB) travel on to the
 * association handler, which closes the connection (a listener's {@code ConnectionWatchHandler}
 * also reports why). Encoding a PDU over {@link RpcFraming#MAX_PDU_BYTES} fails the write with an
 * {@link EncoderException}. Stateless, so one instance serves every channel; the field-level work
 * is in {@link RpcPduReader} and {@link RpcPduWriter}.
 */
@Sharable
final class RpcPduCodec extends MessageToMessageCodec<ByteBuf, RpcPdu> {

    static final byte BIND = 0x01;
    static final byte BIND_ACK = 0x02;
    static final byte BIND_NAK = 0x03;
    static final byte TRANSFER = 0x04;
    static final byte TRANSFER_ACK = 0x05;
    static final byte TRANSFER_NAK = 0x06;
    static final byte UNBIND = 0x07;

    /** The length of a {@code null} str. */
    static final int NULL_STRING = -1;

    static final RpcPduCodec INSTANCE = new RpcPduCodec();

    private RpcPduCodec() {}

    @Override
    protected void encode(ChannelHandlerContext ctx, RpcPdu pdu, List<Object> out) {
        ByteBuf buf = ctx.alloc().buffer(pdu instanceof RpcPdu.Transfer t ? t.content().length + 512 : 64);
        try {
            RpcPduWriter.write(pdu, buf);
            if (buf.readableBytes() > RpcFraming.MAX_PDU_BYTES) {
                throw new EncoderException("a PDU of " + buf.readableBytes() + " bytes exceeds the RPC frame limit of "
                        + RpcFraming.MAX_PDU_BYTES + " bytes");
            }
            out.add(buf.retain());
        } finally {
            buf.release();
        }
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        // frames cut from the same read as a corrupt one still arrive after the close
        if (ctx.channel().isOpen()) {
            out.add(RpcPduReader.read(frame));
        }
    }
}
