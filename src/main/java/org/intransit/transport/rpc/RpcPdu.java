package org.intransit.transport.rpc;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The protocol data units of one RPC association, in call order: the caller sends {@link Bind}
 * and gets {@link BindAck} or {@link BindNak}; once bound it sends {@link Transfer} and gets
 * {@link TransferAck} or {@link TransferNak}; it ends with {@link Unbind}. A bound association
 * carries several transfers (an {@link RpcAssociation} sends a queue run's). Strings may be {@code null}: the
 * wire carries {@code null} apart from the empty string.
 */
sealed interface RpcPdu {

    /** Opens the association as {@code callerServer}, presenting its service {@code account}. */
    record Bind(String callerServer, String account) implements RpcPdu {}

    record BindAck() implements RpcPdu {}

    /** @param error the RPC status, {@code 5} (access denied) for an untrusted account */
    record BindNak(int error, String reason) implements RpcPdu {}

    /** One message; the fields of {@link org.intransit.transport.Transfer}, flattened for the wire. */
    record Transfer(String trace, String originator, List<String> recipients, List<String> hops, byte[] content)
            implements RpcPdu {

        public Transfer {
            recipients = List.copyOf(recipients);
            hops = List.copyOf(hops);
            Objects.requireNonNull(content, "content");
        }

        static Transfer of(org.intransit.transport.Transfer t) {
            return new Transfer(t.trace(), t.originator(), t.recipients(), t.hops(), t.content());
        }

        org.intransit.transport.Transfer toTransfer() {
            return new org.intransit.transport.Transfer(trace, originator, recipients, hops, content);
        }

        /** By content: two PDUs decoded from the same bytes are equal. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Transfer t && Objects.equals(trace, t.trace) && Objects.equals(originator, t.originator)
                    && recipients.equals(t.recipients) && hops.equals(t.hops) && Arrays.equals(content, t.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(trace, originator, recipients, hops, Arrays.hashCode(content));
        }

        /** The content's size, not its bytes: this ends up in debug logs. */
        @Override
        public String toString() {
            return "Transfer[trace=" + trace + ", originator=" + originator + ", recipients=" + recipients
                    + ", hops=" + hops + ", content=" + content.length + " bytes]";
        }
    }

    record TransferAck() implements RpcPdu {}

    /** @param permanent {@code true} when the sender must not retry this message */
    record TransferNak(boolean permanent, String reason) implements RpcPdu {}

    record Unbind() implements RpcPdu {}
}
