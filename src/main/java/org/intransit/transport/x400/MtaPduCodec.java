package org.intransit.transport.x400;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.MessageToMessageCodec;
import java.util.List;

/**
 * One TSDU ⇄ one {@link MtaPdu}, in a TLV encoding that nods to BER without being ASN.1: a tag
 * byte, a big-endian uint32 length, the value. A PDU is one TLV whose value is its fields, each a
 * TLV, in a fixed order; a list is its field repeated (zero or more times).
 *
 * <pre>
 * PDU    tag  fields (tag: value)
 * 0x74   BindRequest       0x80 calling MTA name · 0x81 password
 * 0x75   BindResult        0x80 responding MTA name
 * 0x76   BindError         0x80 reason
 * 0x77   TransferEnvelope  0x80 MTS identifier · 0x81 originator · 0x82 recipient* · 0x83 hop*
 *                          · 0x84 content type · 0x85 content
 * 0x78   TransferAck       0x80 MTS identifier
 * 0x79   TransferNak       0x80 MTS identifier · 0x81 permanent (1 byte, 0xFF/0x00) · 0x82 reason
 * 0x7A   Release           (no fields)
 * </pre>
 *
 * Strings are UTF-8. The PDU tags look like BER [APPLICATION 20..26] constructed; they were
 * picked because Wireshark offers every COTP payload to heuristic dissectors, and none of them
 * claims a first byte of 0x74..0x7A: T.125/MCS takes 0x04-07, 0x20-23, 0x28-2F, 0x38-3F and
 * 0x64-6B (so 0x64..0x67 came out as malformed T.125), the session layer 0x01..0x40, S7 0x32
 * and 0x72, MMS 0xA0..0xAD, SMB 0xFD..0xFF. Anything that does not parse is a
 * {@link CorruptedFrameException}. Stateless and {@link Sharable}.
 */
@Sharable
public final class MtaPduCodec extends MessageToMessageCodec<ByteBuf, MtaPdu> {

    static final int BIND_REQUEST = 0x74;
    static final int BIND_RESULT = 0x75;
    static final int BIND_ERROR = 0x76;
    static final int TRANSFER_ENVELOPE = 0x77;
    static final int TRANSFER_ACK = 0x78;
    static final int TRANSFER_NAK = 0x79;
    static final int RELEASE = 0x7A;

    private static final int F0 = 0x80;
    private static final int F1 = 0x81;
    private static final int F2 = 0x82;
    private static final int F3 = 0x83;
    private static final int F4 = 0x84;
    private static final int F5 = 0x85;

    @Override
    protected void encode(ChannelHandlerContext ctx, MtaPdu pdu, List<Object> out) {
        out.add(encode(new TlvWriter(ctx.alloc().buffer()), pdu).end());
    }

    private static TlvWriter encode(TlvWriter w, MtaPdu pdu) {
        if (pdu instanceof MtaPdu.BindRequest b) {
            return w.begin(BIND_REQUEST).string(F0, b.callingMtaName()).string(F1, b.password());
        } else if (pdu instanceof MtaPdu.BindResult r) {
            return w.begin(BIND_RESULT).string(F0, r.respondingMtaName());
        } else if (pdu instanceof MtaPdu.BindError e) {
            return w.begin(BIND_ERROR).string(F0, e.reason());
        } else if (pdu instanceof MtaPdu.TransferEnvelope e) {
            w.begin(TRANSFER_ENVELOPE).string(F0, e.mtsIdentifier()).string(F1, e.originator());
            e.recipients().forEach(r -> w.string(F2, r));
            e.traceOfHops().forEach(h -> w.string(F3, h));
            return w.string(F4, e.contentType()).octets(F5, e.content());
        } else if (pdu instanceof MtaPdu.TransferAck a) {
            return w.begin(TRANSFER_ACK).string(F0, a.mtsIdentifier());
        } else if (pdu instanceof MtaPdu.TransferNak n) {
            return w.begin(TRANSFER_NAK).string(F0, n.mtsIdentifier()).bool(F1, n.permanent()).string(F2, n.reason());
        }
        return w.begin(RELEASE);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf tsdu, List<Object> out) {
        TlvReader r = new TlvReader(tsdu);
        int tag = r.pduTag();
        MtaPdu pdu = switch (tag) {
            case BIND_REQUEST -> new MtaPdu.BindRequest(r.string(F0), r.string(F1));
            case BIND_RESULT -> new MtaPdu.BindResult(r.string(F0));
            case BIND_ERROR -> new MtaPdu.BindError(r.string(F0));
            case TRANSFER_ENVELOPE -> new MtaPdu.TransferEnvelope(r.string(F0), r.string(F1), r.strings(F2),
                    r.strings(F3), r.string(F4), r.octets(F5));
            case TRANSFER_ACK -> new MtaPdu.TransferAck(r.string(F0));
            case TRANSFER_NAK -> new MtaPdu.TransferNak(r.string(F0), r.bool(F1), r.string(F2));
            case RELEASE -> new MtaPdu.Release();
            default -> throw new CorruptedFrameException(String.format("unknown MTA PDU tag 0x%02x", tag));
        };
        r.end();
        out.add(pdu);
    }
}
