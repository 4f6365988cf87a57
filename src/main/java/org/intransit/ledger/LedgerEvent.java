package org.intransit.ledger;

import java.time.Duration;
import java.time.Instant;

/**
 * One record of the append-only history of a run.
 *
 * <p>Every record carries the scenario time it happened at and the wall time it was written.
 * Records come from the component that observed the fact (the listener that accepted, the store
 * that delivered), never from intent: an injector writes {@link Submitted} before it sends and
 * {@link SubmissionCompleted} after it saw the reply, as Jepsen's invoke and completion.
 */
public sealed interface LedgerEvent {

    Duration at();

    Instant wall();

    /** Messages carry one trace id each; timeline records carry none. */
    default String trace() {
        return null;
    }

    /**
     * An injector is about to submit a message.
     *
     * @param size the planned size in bytes
     * @param intended when the traffic meant to send it, if that was before {@code at} (the
     *     clock's thread or the injector fell behind); {@code null} when it went on time
     */
    record Submitted(Duration at, Instant wall, String trace, String from, String to, String server, long size,
            Duration intended) implements LedgerEvent {

        /** A submission that went on time. */
        public Submitted(Duration at, Instant wall, String trace, String from, String to, String server, long size) {
            this(at, wall, trace, from, to, server, size, null);
        }

        /** When the message was meant to go: latency counts from here, so a stall shows as latency. */
        public Duration intendedAt() {
            return intended != null ? intended : at;
        }
    }

    /** The injector saw the server's answer to its submission (or lost the connection). */
    record SubmissionCompleted(Duration at, Instant wall, String trace, SubmissionResult result) implements LedgerEvent {}

    /**
     * A server took responsibility for a message (before it acknowledged it), or created one (an
     * NDR, with {@code transport} "ndr").
     *
     * @param peer the sending server's name, or {@code null} for a client outside the topology
     * @param transport {@code smtp}, {@code rpc}, {@code x400}, or {@code ndr}
     */
    record Received(Duration at, Instant wall, String trace, String server, String peer, String from, String to, int hops,
            String transport) implements LedgerEvent {}

    /** A message entered a queue. */
    record Queued(Duration at, Instant wall, String trace, String server, String queue) implements LedgerEvent {}

    /** The next hop acknowledged a message; it left the queue. */
    record Transferred(Duration at, Instant wall, String trace, String server, String queue, String toServer, String transport)
            implements LedgerEvent {}

    /**
     * A message left a queue without being transferred: rerouted to another queue, bounced, or
     * expired.
     */
    record Dequeued(Duration at, Instant wall, String trace, String server, String queue, String reason)
            implements LedgerEvent {}

    /** A transfer attempt failed; the message stays queued. */
    record TransferFailed(Duration at, Instant wall, String trace, String server, String queue, String reason)
            implements LedgerEvent {}

    /** A mailbox store delivered a message. */
    record Delivered(Duration at, Instant wall, String trace, String server, String mailbox) implements LedgerEvent {}

    /**
     * A server generated a non-delivery report for a message.
     *
     * @param status the RFC 3463 status, e.g. {@code 5.1.1}
     * @param ndrTrace the trace of the NDR message sent back, or {@code null} when none was sent
     *     (the failed message was itself an NDR: no NDR of an NDR)
     */
    record NdrGenerated(Duration at, Instant wall, String trace, String server, String status, String x400Reason,
            String x400Diagnostic, String ndrTrace) implements LedgerEvent {}

    /** The gateway handed a message to the internet (its outbound sink). */
    record LeftOrganization(Duration at, Instant wall, String trace, String server, String recipient)
            implements LedgerEvent {}

    /**
     * An entry in a server's MTA event log, in the spirit of MSExchangeMTA (9318 RPC bind
     * failure, 290 NDR, ...). Not tied to one message.
     */
    record MtaEventLogged(Duration at, Instant wall, String server, int id, String text) implements LedgerEvent {}

    /**
     * A directory replica changed an entry: a move wrote it ({@code agent} "move") or a
     * replication agent brought the change ({@code agent} the agreement's or connector's name).
     *
     * @param replica {@code AD} or a site's name (its 5.5 directory)
     * @param state the entry's state after the change: {@code live}, {@code stub}, {@code custom}
     */
    record ReplicaUpdated(Duration at, Instant wall, String replica, String alias, String homeServer, String state,
            String agent) implements LedgerEvent {}

    /** A named point on the timeline: a move phase, a replica arrival, a scenario event. */
    record Marker(Duration at, Instant wall, String name, String detail) implements LedgerEvent {}

    /**
     * Where a message was found when the run ended: the final read of every store and queue,
     * against which the conservation check holds the rest of the history.
     *
     * @param place a mailbox alias or a queue name
     */
    record FoundAtEnd(Duration at, Instant wall, String trace, String server, Place kind, String place)
            implements LedgerEvent {}

    /** Where a message can rest at the end of a run. */
    enum Place {
        MAILBOX,
        QUEUE,
        /** The gateway's outbound sink: mail that left for the internet. */
        OUTBOUND
    }
}
