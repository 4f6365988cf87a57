package org.intransit.check;

import java.time.Duration;

/**
 * How long something took to recover, derived from the ledger.
 *
 * <p>For a queue: {@code cause} is the last timeline event before the queue's first successful
 * transfer after a run of failures (the event that unblocked it, e.g. {@code
 * connector.SC-TEMP.added}), {@code at} that event's time, {@code recoveredAt} when the queue
 * was next empty. For a link fault: {@code cause} is the fault marker ({@code
 * link.EX55A-EX55C.down}), {@code recoveredAt} the first transfer between the two servers after
 * the link came back.
 *
 * @param subject {@code server/queue} or {@code A-B} for a link
 * @param recoveredAt {@code null} when it never recovered within the run
 */
public record Recovery(String kind, String subject, String cause, Duration at, Duration recoveredAt) {

    /** {@code recoveredAt - at}, or {@code null} when it never recovered. */
    public Duration length() {
        return recoveredAt == null ? null : recoveredAt.minus(at);
    }
}
