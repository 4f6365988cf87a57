package org.intransit.transport.x400;

import io.netty.handler.codec.CorruptedFrameException;

/**
 * A DT TPDU longer than the TPDU size the CR/CC negotiated, which ISO 8073 makes a protocol
 * error. {@link CotpSegmenter} raises it; the responder ({@link X400ServerHandler}) answers with
 * an ER quoting {@link #rejectedHeader()} and closes, a caller just closes.
 */
public final class OversizedTpduException extends CorruptedFrameException {

    private static final long serialVersionUID = 1L;

    private final boolean endOfTsdu;

    OversizedTpduException(int tpduLength, boolean endOfTsdu, TpduSize negotiated) {
        super("a DT TPDU of " + tpduLength + " bytes is over the negotiated TPDU size of " + negotiated);
        this.endOfTsdu = endOfTsdu;
    }

    /** The rejected DT's header, LI to EOT, as the ER's Invalid TPDU parameter quotes it. */
    public byte[] rejectedHeader() {
        return new byte[] {0x02, (byte) Tpdu.DT, (byte) (endOfTsdu ? 0x80 : 0x00)};
    }
}
