package org.intransit.transport.x400;

import io.netty.handler.codec.CorruptedFrameException;

/**
 * A DT TPDU longer than the TPDU size the CR/CC negotiated, which ISO 8073 makes a protocol
 * error. {@link CotpSegmenter} raises it; the responder ({@link X400ServerHandler}) answers with
 * an ER quoting {@link #rejectedHeader()} and closes, a caller just closes.
 */
public final class OversizedTpduException extends CorruptedFrameException {

    private static final long serialVersionUID = 1L;

    OversizedTpduException(int tpduLength, TpduSize negotiated) {
        super("a DT TPDU of " + tpduLength + " bytes is over the negotiated TPDU size of " + negotiated);
    }

    /**
     * What the ER's Invalid TPDU parameter quotes: the rejected header up to and including the
     * octet that made it a DT too long, its TPDU code ({@code 02 F0}). Quoting the EOT octet as
     * well would make an ER of LI 9, which Wireshark (4.0) no longer decodes as COTP.
     */
    public byte[] rejectedHeader() {
        return new byte[] {0x02, (byte) Tpdu.DT};
    }
}
