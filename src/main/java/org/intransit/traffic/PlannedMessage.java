package org.intransit.traffic;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One message the traffic is about to submit.
 *
 * @param from the sender as the scenario names it ({@code bob}, {@code internet}, an address)
 * @param to the recipient as the scenario names it
 * @param entryServer the server it is submitted to: the sender's home, or the gateway
 * @param size the planned size in bytes, as the ledger records it
 * @param intended when the plan meant it to be sent, or {@code null} for "now" (an ad-hoc send)
 * @param content the bytes, written when a submission worker takes the message (load traffic
 *     leaves this to the workers so the clock's thread only schedules)
 */
public record PlannedMessage(String trace, String from, String to, String envelopeFrom, String envelopeTo,
        String entryServer, long size, Duration intended, Supplier<byte[]> content) {

    /** A message whose bytes are already written, to be sent now. */
    public PlannedMessage(String trace, String from, String to, String envelopeFrom, String envelopeTo,
            String entryServer, byte[] content) {
        this(trace, from, to, envelopeFrom, envelopeTo, entryServer, content.length, null, () -> content);
    }
}
