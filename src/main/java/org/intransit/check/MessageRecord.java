package org.intransit.check;

import java.time.Duration;

/**
 * One message's story, folded from the ledger: a row of {@code messages.csv}.
 *
 * @param from the sender as the scenario names it (or the envelope sender for outside clients)
 * @param submittedAt scenario time of submission (of first receipt for outside clients)
 * @param outcomeAt scenario time of the outcome; for a queued message, when it last entered a
 *     queue; {@code null} when there is none
 * @param server where it ended: the delivering, bouncing, queueing or refusing server
 * @param place a mailbox alias or a queue name, or {@code null}
 * @param status an RFC 3463 status when one applies ({@code 5.7.1} for a refused relay)
 * @param ndrTrace the trace of the NDR sent back for this message, or {@code null}
 * @param detail why a failing fate was given, for people reading the report
 * @param intendedAt when the traffic meant to send it (open-loop load: its planned time), which
 *     is {@code submittedAt} unless the harness fell behind
 */
public record MessageRecord(
        String trace,
        String from,
        String to,
        Duration submittedAt,
        Fate fate,
        Duration outcomeAt,
        String server,
        String place,
        String status,
        String x400Reason,
        String x400Diagnostic,
        int hops,
        Origin origin,
        String ndrTrace,
        String detail,
        Duration intendedAt) {

    /** A record whose message was sent when intended. */
    public MessageRecord(String trace, String from, String to, Duration submittedAt, Fate fate, Duration outcomeAt,
            String server, String place, String status, String x400Reason, String x400Diagnostic, int hops,
            Origin origin, String ndrTrace, String detail) {
        this(trace, from, to, submittedAt, fate, outcomeAt, server, place, status, x400Reason, x400Diagnostic, hops,
                origin, ndrTrace, detail, submittedAt);
    }

    public boolean external() {
        return origin == Origin.EXTERNAL;
    }

    /**
     * Intended submission to outcome: a message the harness sent late counts its wait, so a
     * stalled harness shows as latency instead of hiding (coordinated omission).
     */
    public Duration latency() {
        return outcomeAt == null ? null : outcomeAt.minus(intendedAt == null ? submittedAt : intendedAt);
    }
}
