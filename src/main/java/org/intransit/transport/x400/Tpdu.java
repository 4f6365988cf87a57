package org.intransit.transport.x400;

/**
 * The ISO 8073 class-0 TPDUs this transport speaks, as {@link CotpCodec} decodes and
 * encodes them. Byte layouts are on each record and in {@code docs/x400-wire.md}.
 *
 * <p>Order on a connection: the caller sends CR, the responder answers CC (or DR to refuse),
 * then both send DTs; the responder ends the connection with DR and closes the socket (after a
 * DT over the negotiated size: ER, then close). Strict class 0 releases by closing the network
 * connection alone; the DR first is a courtesy that Wireshark and real RFC 1006 stacks accept.
 */
public sealed interface Tpdu {

    /** {@code 0xE0}, CR, with CDT 0 in the low nibble. */
    int CR = 0xE0;
    /** {@code 0xD0}, CC. */
    int CC = 0xD0;
    /** {@code 0x80}, DR. */
    int DR = 0x80;
    /** {@code 0xF0}, DT. */
    int DT = 0xF0;
    /** {@code 0x70}, ER: sent by the responder only; on receipt it is a protocol error like any unknown type. */
    int ER = 0x70;

    /** DR reason 0x80: normal disconnect initiated by the session entity. */
    int REASON_NORMAL = 0x80;

    /**
     * Connection request, caller to responder.
     * <pre>
     * 0  LI = 0x09   1  0xE0   2-3  DST-REF = 0   4-5  SRC-REF   6  class/options = 0x00
     * 7  0xC0 (TPDU size)   8  0x01   9  size code
     * </pre>
     */
    record ConnectionRequest(int sourceRef, TpduSize size) implements Tpdu {}

    /**
     * Connection confirm, responder to caller: {@code destinationRef} is the caller's SRC-REF.
     * <pre>
     * 0  LI = 0x09   1  0xD0   2-3  DST-REF   4-5  SRC-REF   6  class/options = 0x00
     * 7  0xC0 (TPDU size)   8  0x01   9  size code
     * </pre>
     */
    record ConnectionConfirm(int destinationRef, int sourceRef, TpduSize size) implements Tpdu {}

    /**
     * Disconnect request.
     * <pre>
     * 0  LI = 0x06   1  0x80   2-3  DST-REF   4-5  SRC-REF   6  reason
     * </pre>
     */
    record DisconnectRequest(int destinationRef, int sourceRef, int reason) implements Tpdu {}

    /**
     * TPDU error, responder to caller, just before it closes the connection: the caller's TPDU
     * broke the protocol in a way class 0 answers with ER rather than a bare disconnect (here: a
     * DT over the negotiated TPDU size). The Invalid TPDU parameter, mandatory in class 0, quotes
     * the rejected TPDU's header up to the octet at fault.
     * <pre>
     * 0  LI = 6 + n   1  0x70   2-3  DST-REF   4  reject cause
     * 5  0xC1 (invalid TPDU)   6  n   7..  the rejected TPDU's first n bytes (here 0x02 0xF0)
     * </pre>
     *
     * @param rejectCause {@link #REJECT_NOT_SPECIFIED}, or 0x01..0x03 (parameter code, TPDU type, parameter value)
     */
    record TpduError(int destinationRef, int rejectCause, byte[] invalidTpdu) implements Tpdu {

        public TpduError {
            invalidTpdu = invalidTpdu.clone();
        }

        @Override
        public byte[] invalidTpdu() {
            return invalidTpdu.clone();
        }

        @Override
        public String toString() {
            return String.format("TpduError[destinationRef=%d, rejectCause=0x%02x, %d bytes of the invalid TPDU]",
                    destinationRef, rejectCause, invalidTpdu.length);
        }
    }

    /** ER reject cause 0x00: reason not specified (no other cause names a length). */
    int REJECT_NOT_SPECIFIED = 0x00;

    /**
     * Data, one segment of a TSDU (here: one MTA PDU); {@code endOfTsdu} marks the last.
     * <pre>
     * 0  LI = 0x02   1  0xF0   2  EOT (0x80) | TPDU-NR (0 in class 0)   3..  user data
     * </pre>
     */
    record Data(boolean endOfTsdu, byte[] userData) implements Tpdu {

        @Override
        public String toString() {
            return "Data[endOfTsdu=" + endOfTsdu + ", " + userData.length + " bytes]";
        }
    }
}
