package org.intransit.transport.x400;

import java.util.List;
import java.util.Objects;
import org.intransit.transport.Transfer;

/**
 * The MTA layer carried in COTP DT user data, one PDU per TSDU. This is <strong>not</strong>
 * real P1/RTSE/ROSE encoding but a readable stand-in with the same dialogue: bind, transfer
 * envelopes one at a time, release. {@link MtaPduCodec} gives the TLV layout.
 *
 * <p>Order: caller {@link BindRequest} → responder {@link BindResult} or {@link BindError}
 * (then DR and close); then, per message, caller {@link TransferEnvelope} → responder
 * {@link TransferAck} or {@link TransferNak}; finally caller {@link Release} → responder DR and
 * close.
 */
public sealed interface MtaPdu {

    /**
     * Opens the association. {@code password} may be empty (an X.400 connector without one),
     * never {@code null}, and {@link #toString()} does not show it.
     */
    record BindRequest(String callingMtaName, String password) implements MtaPdu {

        public BindRequest {
            Objects.requireNonNull(callingMtaName, "callingMtaName");
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "BindRequest[callingMtaName=" + callingMtaName + ", password=***]";
        }
    }

    /** The bind was accepted; names the responding MTA. */
    record BindResult(String respondingMtaName) implements MtaPdu {}

    /** The bind was refused (X.411 authentication-error); the reason never echoes the password. */
    record BindError(String reason) implements MtaPdu {}

    /**
     * One message. {@code traceOfHops} lists the MTAs passed, oldest first;
     * {@code contentType} is {@value #CONTENT_RFC822} or {@value #CONTENT_P22}.
     */
    record TransferEnvelope(String mtsIdentifier, String originator, List<String> recipients,
            List<String> traceOfHops, String contentType, byte[] content) implements MtaPdu {

        /** RFC 5322 bytes, passed on as they are: what the harness carries. */
        public static final String CONTENT_RFC822 = "rfc822";

        /** P22 interpersonal messaging (Exchange's native content); accepted as opaque bytes. */
        public static final String CONTENT_P22 = "22";

        public TransferEnvelope {
            recipients = List.copyOf(recipients);
            traceOfHops = List.copyOf(traceOfHops);
        }

        /** The envelope of a harness transfer: the trace becomes the MTS identifier (see {@link MtsIdentifier}). */
        public static TransferEnvelope of(Transfer t) {
            return new TransferEnvelope(new MtsIdentifier(t.trace()).value(), t.originator(), t.recipients(), t.hops(),
                    CONTENT_RFC822, t.content());
        }

        /** The harness transfer this envelope carries. */
        public Transfer toTransfer() {
            return new Transfer(MtsIdentifier.parse(mtsIdentifier).trace(), originator, recipients, traceOfHops, content);
        }

        @Override
        public String toString() {
            return "TransferEnvelope[mtsIdentifier=" + mtsIdentifier + ", originator=" + originator + ", recipients="
                    + recipients + ", traceOfHops=" + traceOfHops + ", contentType=" + contentType + ", "
                    + content.length + " bytes]";
        }
    }

    /** The responder took responsibility for the message. */
    record TransferAck(String mtsIdentifier) implements MtaPdu {}

    /** The responder refused the message; {@code permanent} refusals are not retried. */
    record TransferNak(String mtsIdentifier, boolean permanent, String reason) implements MtaPdu {}

    /** The caller has nothing more to send. */
    record Release() implements MtaPdu {}
}
