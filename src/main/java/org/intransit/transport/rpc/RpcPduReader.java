package org.intransit.transport.rpc;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one PDU from one frame, in the layout {@link RpcPduCodec} documents. Every length is
 * checked against the bytes left before anything is allocated, so a lying length costs nothing
 * but a {@link CorruptedFrameException}; lists grow as elements arrive rather than trusting
 * their count.
 */
final class RpcPduReader {

    private RpcPduReader() {}

    static RpcPdu read(ByteBuf in) {
        if (!in.isReadable()) {
            throw new CorruptedFrameException("empty frame");
        }
        byte type = in.readByte();
        RpcPdu pdu = switch (type) {
            case RpcPduCodec.BIND -> new RpcPdu.Bind(string(in), string(in));
            case RpcPduCodec.BIND_ACK -> new RpcPdu.BindAck();
            case RpcPduCodec.BIND_NAK -> new RpcPdu.BindNak(int32(in, "error"), string(in));
            case RpcPduCodec.TRANSFER ->
                    new RpcPdu.Transfer(string(in), string(in), strings(in), strings(in), bytes(in));
            case RpcPduCodec.TRANSFER_ACK -> new RpcPdu.TransferAck();
            case RpcPduCodec.TRANSFER_NAK -> new RpcPdu.TransferNak(flag(in), string(in));
            case RpcPduCodec.UNBIND -> new RpcPdu.Unbind();
            default -> throw new CorruptedFrameException(String.format("unknown PDU type 0x%02x", type & 0xff));
        };
        if (in.isReadable()) {
            throw new CorruptedFrameException(
                    in.readableBytes() + " bytes after a complete " + pdu.getClass().getSimpleName());
        }
        return pdu;
    }

    private static int int32(ByteBuf in, String what) {
        if (in.readableBytes() < Integer.BYTES) {
            throw new CorruptedFrameException("the frame ends inside " + what);
        }
        return in.readInt();
    }

    private static int length(ByteBuf in, String what) {
        int n = int32(in, what + " length");
        if (n < 0 || n > in.readableBytes()) {
            throw new CorruptedFrameException(what + " length " + n + " with " + in.readableBytes() + " bytes left");
        }
        return n;
    }

    private static String string(ByteBuf in) {
        if (in.readableBytes() >= Integer.BYTES && in.getInt(in.readerIndex()) == RpcPduCodec.NULL_STRING) {
            in.skipBytes(Integer.BYTES);
            return null;
        }
        return in.readCharSequence(length(in, "string"), UTF_8).toString();
    }

    private static List<String> strings(ByteBuf in) {
        int count = length(in, "list");
        List<String> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String s = string(in);
            if (s == null) {
                throw new CorruptedFrameException("null in a list");
            }
            list.add(s);
        }
        return list;
    }

    private static byte[] bytes(ByteBuf in) {
        byte[] content = new byte[length(in, "content")];
        in.readBytes(content);
        return content;
    }

    private static boolean flag(ByteBuf in) {
        if (!in.isReadable()) {
            throw new CorruptedFrameException("the frame ends inside a flag");
        }
        byte b = in.readByte();
        if (b != 0 && b != 1) {
            throw new CorruptedFrameException("flag " + b + " is neither 0 nor 1");
        }
        return b == 1;
    }
}
