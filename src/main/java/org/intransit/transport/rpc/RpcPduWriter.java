package org.intransit.transport.rpc;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.buffer.ByteBuf;
import java.util.List;

/** Writes one PDU in the layout {@link RpcPduCodec} documents; the frame length is not its job. */
final class RpcPduWriter {

    private RpcPduWriter() {}

    static void write(RpcPdu pdu, ByteBuf out) {
        if (pdu instanceof RpcPdu.Bind b) {
            out.writeByte(RpcPduCodec.BIND);
            string(out, b.callerServer());
            string(out, b.account());
        } else if (pdu instanceof RpcPdu.BindAck) {
            out.writeByte(RpcPduCodec.BIND_ACK);
        } else if (pdu instanceof RpcPdu.BindNak nak) {
            out.writeByte(RpcPduCodec.BIND_NAK);
            out.writeInt(nak.error());
            string(out, nak.reason());
        } else if (pdu instanceof RpcPdu.Transfer t) {
            out.writeByte(RpcPduCodec.TRANSFER);
            string(out, t.trace());
            string(out, t.originator());
            strings(out, t.recipients());
            strings(out, t.hops());
            out.writeInt(t.content().length);
            out.writeBytes(t.content());
        } else if (pdu instanceof RpcPdu.TransferAck) {
            out.writeByte(RpcPduCodec.TRANSFER_ACK);
        } else if (pdu instanceof RpcPdu.TransferNak nak) {
            out.writeByte(RpcPduCodec.TRANSFER_NAK);
            out.writeByte(nak.permanent() ? 1 : 0);
            string(out, nak.reason());
        } else if (pdu instanceof RpcPdu.Unbind) {
            out.writeByte(RpcPduCodec.UNBIND);
        } else {
            throw new IllegalArgumentException("not an RPC PDU: " + pdu);
        }
    }

    private static void string(ByteBuf out, String s) {
        if (s == null) {
            out.writeInt(RpcPduCodec.NULL_STRING);
            return;
        }
        int lengthAt = out.writerIndex();
        out.writeInt(0);
        out.setInt(lengthAt, out.writeCharSequence(s, UTF_8));
    }

    private static void strings(ByteBuf out, List<String> list) {
        out.writeInt(list.size());
        list.forEach(s -> string(out, s));
    }
}
