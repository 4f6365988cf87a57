package org.intransit.transport.x400;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.MessageToMessageCodec;
import java.util.List;

/**
 * One TPKT payload ⇄ one {@link Tpdu}: ISO 8073 class 0, the CR, CC, DR and DT TPDUs, and ER
 * on the way out only (the responder's answer to a DT over the negotiated size).
 *
 * <p>Every TPDU starts with LI, the length of the header after LI itself, then the TPDU code
 * (high nibble). The fixed part of CR/CC/DR is followed by variable parameters
 * ({@code code, length, value}) up to the end of the header; of these only TPDU size
 * ({@code 0xC0}) is read, the calling/called TSAP selectors ({@code 0xC1}, {@code 0xC2}) and any
 * other parameter are skipped as ISO 8073 asks. Anything else — another TPDU type (ER, AK, ED,
 * …), an LI that does not fit, a class other than 0, a DT whose LI is not 2, a TPDU size code
 * outside the table — raises a {@link CorruptedFrameException}; the handler at the top of the
 * pipeline closes the connection (a listener's also reports why, as MTA event 4003). Stateless
 * and {@link Sharable}.
 */
@Sharable
public final class CotpCodec extends MessageToMessageCodec<ByteBuf, Tpdu> {

    private static final int PARAM_TPDU_SIZE = 0xC0;
    private static final int PARAM_INVALID_TPDU = 0xC1;
    /** LI is at most 254, six of which the ER's own fields and the parameter header take. */
    private static final int MAX_INVALID_TPDU = 248;
    private static final int CONNECT_FIXED_LI = 6;
    private static final int DT_LI = 2;
    private static final int EOT = 0x80;

    @Override
    protected void encode(ChannelHandlerContext ctx, Tpdu tpdu, List<Object> out) {
        ByteBuf buf;
        if (tpdu instanceof Tpdu.Data dt) {
            buf = ctx.alloc().buffer(TpduSize.DT_HEADER_LENGTH + dt.userData().length);
            buf.writeByte(DT_LI).writeByte(Tpdu.DT).writeByte(dt.endOfTsdu() ? EOT : 0).writeBytes(dt.userData());
        } else if (tpdu instanceof Tpdu.ConnectionRequest cr) {
            buf = connect(ctx, Tpdu.CR, 0, cr.sourceRef(), cr.size());
        } else if (tpdu instanceof Tpdu.ConnectionConfirm cc) {
            buf = connect(ctx, Tpdu.CC, cc.destinationRef(), cc.sourceRef(), cc.size());
        } else if (tpdu instanceof Tpdu.DisconnectRequest dr) {
            buf = ctx.alloc().buffer(7);
            buf.writeByte(6).writeByte(Tpdu.DR).writeShort(ref(dr.destinationRef())).writeShort(ref(dr.sourceRef()))
                    .writeByte(dr.reason());
        } else {
            buf = error(ctx, (Tpdu.TpduError) tpdu);
        }
        out.add(buf);
    }

    private static ByteBuf connect(ChannelHandlerContext ctx, int code, int dstRef, int srcRef, TpduSize size) {
        ByteBuf buf = ctx.alloc().buffer(10);
        return buf.writeByte(CONNECT_FIXED_LI + 3).writeByte(code).writeShort(ref(dstRef)).writeShort(ref(srcRef))
                .writeByte(0x00).writeByte(PARAM_TPDU_SIZE).writeByte(1).writeByte(size.code());
    }

    /** LI counts code, DST-REF, cause and the Invalid TPDU parameter (code, length, value). */
    private static ByteBuf error(ChannelHandlerContext ctx, Tpdu.TpduError er) {
        byte[] invalid = er.invalidTpdu();
        if (invalid.length > MAX_INVALID_TPDU) {
            throw new IllegalArgumentException("an ER quotes at most " + MAX_INVALID_TPDU + " bytes: " + invalid.length);
        }
        ByteBuf buf = ctx.alloc().buffer(7 + invalid.length);
        return buf.writeByte(6 + invalid.length).writeByte(Tpdu.ER).writeShort(ref(er.destinationRef()))
                .writeByte(er.rejectCause()).writeByte(PARAM_INVALID_TPDU).writeByte(invalid.length).writeBytes(invalid);
    }

    private static int ref(int ref) {
        if (ref < 0 || ref > 0xFFFF) {
            throw new IllegalArgumentException("a TPDU reference is 16 bits: " + ref);
        }
        return ref;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int total = in.readableBytes();
        int li = in.readUnsignedByte();
        if (li == 0xFF || li < 2 || li + 1 > total) {
            throw new CorruptedFrameException("COTP LI " + li + " does not fit a TPDU of " + total + " bytes");
        }
        int code = in.readUnsignedByte() & 0xF0;
        switch (code) {
            case Tpdu.DT -> out.add(data(in, li));
            case Tpdu.CR, Tpdu.CC -> out.add(connect(in, li, code));
            case Tpdu.DR -> out.add(disconnect(in, li));
            default -> throw new CorruptedFrameException(String.format("unsupported TPDU type 0x%02x", code));
        }
    }

    private static Tpdu data(ByteBuf in, int li) {
        if (li != DT_LI) {
            throw new CorruptedFrameException("a class-0 DT has LI 2, not " + li);
        }
        boolean eot = (in.readUnsignedByte() & EOT) != 0;
        byte[] userData = new byte[in.readableBytes()];
        in.readBytes(userData);
        return new Tpdu.Data(eot, userData);
    }

    private static Tpdu connect(ByteBuf in, int li, int code) {
        if (li < CONNECT_FIXED_LI) {
            throw new CorruptedFrameException("a CR/CC has LI of at least 6, not " + li);
        }
        int dstRef = in.readUnsignedShort();
        int srcRef = in.readUnsignedShort();
        int protocolClass = in.readUnsignedByte() >> 4;
        if (protocolClass != 0) {
            throw new CorruptedFrameException("only transport class 0 is supported, not " + protocolClass);
        }
        TpduSize size = TpduSize.DEFAULT;
        int remaining = li - CONNECT_FIXED_LI;
        while (remaining > 0) {
            if (remaining < 2) {
                throw new CorruptedFrameException("a truncated CR/CC parameter");
            }
            int param = in.readUnsignedByte();
            int length = in.readUnsignedByte();
            remaining -= 2 + length;
            if (remaining < 0) {
                throw new CorruptedFrameException(String.format("CR/CC parameter 0x%02x overruns LI", param));
            }
            if (param == PARAM_TPDU_SIZE && length == 1) {
                size = sizeOf(in.readUnsignedByte());
            } else {
                in.skipBytes(length);
            }
        }
        return code == Tpdu.CR ? new Tpdu.ConnectionRequest(srcRef, size) : new Tpdu.ConnectionConfirm(dstRef, srcRef, size);
    }

    private static TpduSize sizeOf(int code) {
        try {
            return new TpduSize(code);
        } catch (IllegalArgumentException e) {
            throw new CorruptedFrameException(e.getMessage());
        }
    }

    private static Tpdu disconnect(ByteBuf in, int li) {
        if (li < 6) {
            throw new CorruptedFrameException("a DR has LI of at least 6, not " + li);
        }
        Tpdu.DisconnectRequest dr = new Tpdu.DisconnectRequest(in.readUnsignedShort(), in.readUnsignedShort(),
                in.readUnsignedByte());
        in.skipBytes(in.readableBytes());
        return dr;
    }
}
