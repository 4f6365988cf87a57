package org.intransit.traffic;

/**
 * One message the traffic plan is about to submit.
 *
 * @param from the sender as the scenario names it ({@code bob}, {@code internet}, an address)
 * @param to the recipient as the scenario names it
 * @param entryServer the server it is submitted to: the sender's home, or the gateway
 */
public record PlannedMessage(String trace, String from, String to, String envelopeFrom, String envelopeTo,
        String entryServer, byte[] content) {}
