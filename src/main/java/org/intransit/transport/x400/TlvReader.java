package org.intransit.transport.x400;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one MTA PDU in their fixed order. Every mismatch — a missing field, a
 * field of another tag, a length past the end, bytes left over, malformed UTF-8 — is a
 * {@link CorruptedFrameException}: the MTA layer has no way to skip what it does not know.
 */
final class TlvReader {

    private final ByteBuf in;

    TlvReader(ByteBuf in) {
        this.in = in;
    }

    /** Reads the PDU header; its length must cover exactly the rest of the TSDU. */
    int pduTag() {
        if (in.readableBytes() < TlvWriter.HEADER_LENGTH) {
            throw new CorruptedFrameException("a TSDU of " + in.readableBytes() + " bytes holds no MTA PDU");
        }
        int tag = in.readUnsignedByte();
        long length = readLength();
        if (length != in.readableBytes()) {
            throw new CorruptedFrameException(String.format("MTA PDU 0x%02x says %d bytes, the TSDU holds %d", tag,
                    length, in.readableBytes()));
        }
        return tag;
    }

    String string(int tag) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets(tag))).toString();
        } catch (CharacterCodingException e) {
            throw new CorruptedFrameException(String.format("field 0x%02x is not UTF-8", tag));
        }
    }

    boolean bool(int tag) {
        byte[] value = octets(tag);
        if (value.length != 1) {
            throw new CorruptedFrameException(String.format("boolean field 0x%02x has %d bytes", tag, value.length));
        }
        return value[0] != 0;
    }

    /** Zero or more consecutive fields of one tag. */
    List<String> strings(int tag) {
        List<String> values = new ArrayList<>();
        while (in.isReadable() && in.getUnsignedByte(in.readerIndex()) == tag) {
            values.add(string(tag));
        }
        return values;
    }

    byte[] octets(int tag) {
        if (in.readableBytes() < TlvWriter.HEADER_LENGTH) {
            throw new CorruptedFrameException(String.format("field 0x%02x missing", tag));
        }
        int actual = in.readUnsignedByte();
        if (actual != tag) {
            throw new CorruptedFrameException(String.format("field 0x%02x where 0x%02x was expected", actual, tag));
        }
        long length = readLength();
        if (length > in.readableBytes()) {
            throw new CorruptedFrameException(String.format("field 0x%02x of %d bytes overruns the PDU", tag, length));
        }
        byte[] value = new byte[(int) length];
        in.readBytes(value);
        return value;
    }

    void end() {
        if (in.isReadable()) {
            throw new CorruptedFrameException(in.readableBytes() + " unexpected bytes after the last field");
        }
    }

    private long readLength() {
        if (in.readableBytes() < 4) {
            throw new CorruptedFrameException("a truncated TLV length");
        }
        return in.readUnsignedInt();
    }
}
