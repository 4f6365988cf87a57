package org.intransit.mta;

/** Where a router sends one recipient's copy of a message. */
public sealed interface RouteDecision {

    /** The recipient's mailbox is on this server. */
    record LocalStore(String mailbox) implements RouteDecision {}

    /** Another server takes it; {@code queue} is named after that server (Exchange's RPC queue). */
    record Relay(String queue, String nextServer) implements RouteDecision {}

    /**
     * No path leads to the recipient's server yet (inter-site connectors arrive with the MTA
     * model); the message waits on a queue named after the target site.
     */
    record NoRoute(String queue, String reason) implements RouteDecision {}

    /** The directory does not know the recipient. */
    record UnknownRecipient(String reason) implements RouteDecision {}
}
