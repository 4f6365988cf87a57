package org.intransit.scenario;

import java.time.Duration;

/**
 * Retry and expiry settings of an MTA queue. Every component may be {@code null}, meaning
 * "inherit": a connector's settings fall back to its server's, and a server's to
 * {@link #DEFAULTS}, the Exchange 5.5 MTA defaults.
 *
 * @param openInterval wait after a failure to open an association (bind refused, unreachable)
 * @param openCount open retries before the queue gives up (144 × 10 min ≈ 24 h)
 * @param transferInterval wait after a transfer broke once the association was open
 * @param transferCount transfer retries per message before it is treated as an open failure
 * @param expiryUrgent how long an urgent message may wait in total before it is NDR'd
 * @param expiryNormal the same for a normal message (the default priority)
 * @param expiryNonUrgent the same for a non-urgent message
 * @param ndrWhenOpenRetriesExhausted whether exhausting the open retries NDRs the queue's
 *     messages at once ({@code true}) or leaves them until they expire ({@code false})
 */
public record RetrySettings(
        Duration openInterval,
        Integer openCount,
        Duration transferInterval,
        Integer transferCount,
        Duration expiryUrgent,
        Duration expiryNormal,
        Duration expiryNonUrgent,
        Boolean ndrWhenOpenRetriesExhausted) {

    /** 600 s × 144 open retries, 120 s × 2 transfer retries, expiry 2 d / 7 d / 10 d. */
    public static final RetrySettings DEFAULTS = new RetrySettings(Duration.ofSeconds(600), 144,
            Duration.ofSeconds(120), 2, Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(10), false);

    /** Settings that inherit everything. */
    public static RetrySettings inherit() {
        return new RetrySettings(null, null, null, null, null, null, null, null);
    }

    /** These settings, with every {@code null} taken from {@code base}. */
    public RetrySettings over(RetrySettings base) {
        return new RetrySettings(
                openInterval != null ? openInterval : base.openInterval,
                openCount != null ? openCount : base.openCount,
                transferInterval != null ? transferInterval : base.transferInterval,
                transferCount != null ? transferCount : base.transferCount,
                expiryUrgent != null ? expiryUrgent : base.expiryUrgent,
                expiryNormal != null ? expiryNormal : base.expiryNormal,
                expiryNonUrgent != null ? expiryNonUrgent : base.expiryNonUrgent,
                ndrWhenOpenRetriesExhausted != null ? ndrWhenOpenRetriesExhausted : base.ndrWhenOpenRetriesExhausted);
    }
}
