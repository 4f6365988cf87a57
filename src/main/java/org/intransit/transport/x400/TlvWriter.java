package org.intransit.transport.x400;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Writes the MTA layer's TLVs ({@code tag byte, uint32 length, value}) into a buffer. A PDU is
 * opened with {@link #begin}, filled with fields and closed with {@link #end}, which patches the
 * PDU's length once its fields are known.
 */
final class TlvWriter {

    static final int HEADER_LENGTH = 5;

    private final ByteBuf out;
    private int pduStart = -1;

    TlvWriter(ByteBuf out) {
        this.out = out;
    }

    TlvWriter begin(int pduTag) {
        pduStart = out.writerIndex();
        out.writeByte(pduTag).writeInt(0);
        return this;
    }

    TlvWriter string(int tag, String value) {
        return octets(tag, value.getBytes(StandardCharsets.UTF_8));
    }

    TlvWriter bool(int tag, boolean value) {
        out.writeByte(tag).writeInt(1).writeByte(value ? 0xFF : 0x00);
        return this;
    }

    TlvWriter octets(int tag, byte[] value) {
        out.writeByte(tag).writeInt(value.length).writeBytes(value);
        return this;
    }

    ByteBuf end() {
        out.setInt(pduStart + 1, out.writerIndex() - pduStart - HEADER_LENGTH);
        return out;
    }
}
