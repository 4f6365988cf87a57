package org.intransit.mta;

import org.intransit.mta.ndr.NdrCause;

/** Where a router sends one recipient's copy of a message. */
public sealed interface RouteDecision {

    /** The recipient's mailbox is on this server. */
    record LocalStore(String mailbox) implements RouteDecision {}

    /** Onto the named queue: an RPC queue named after a server, or a connector's queue. */
    record Enqueue(String queue, NextHop hop) implements RouteDecision {}

    /** Back to the sender as a non-delivery report. */
    record Bounce(NdrCause cause) implements RouteDecision {}

    /** Out of the organization: this server is the gateway and the recipient is on the internet. */
    record Outbound() implements RouteDecision {}
}
