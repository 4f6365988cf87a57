package org.intransit.mta;

/**
 * One recipient's copy of a message that a listener has taken: the unit the MTA routes and the
 * ledger accounts for.
 *
 * @param peer the server that handed it over, or {@code null} for a client outside the topology
 */
public record InboundMessage(String trace, String envelopeFrom, String recipient, RawMessage content, String peer) {}
