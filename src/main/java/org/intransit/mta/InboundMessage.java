package org.intransit.mta;

/**
 * One recipient's copy of a message that a server has taken: the unit the MTA routes and the
 * ledger accounts for.
 *
 * @param envelopeFrom the reverse path; empty for an NDR (which is never bounced again)
 * @param peer the server that handed it over, or {@code null} for a client outside the topology
 * @param viaConnector the connector it arrived over, or {@code null}; routing never sends it
 *     back over the same connector
 */
public record InboundMessage(String trace, String envelopeFrom, String recipient, RawMessage content, String peer,
        String viaConnector) {

    /** The same copy with its connector attempt counts written into its header. */
    public InboundMessage withConnectorAttempts(java.util.Map<String, Integer> attempts) {
        return new InboundMessage(trace, envelopeFrom, recipient, content.withConnectorAttempts(attempts), peer,
                viaConnector);
    }

    public boolean isNdr() {
        return envelopeFrom.isEmpty();
    }
}
