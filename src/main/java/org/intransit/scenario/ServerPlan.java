package org.intransit.scenario;

import java.util.List;

/**
 * One simulated server.
 *
 * @param name the NetBIOS-style name; RPC queues towards this server carry it
 * @param serviceAccount the MTA's service account; {@code null} means the site's
 * @param port a fixed SMTP port, or 0 for any free port (the default)
 * @param gateway whether internet mail enters (and leaves) the organization here
 * @param recipientCheck what the listener does with an unknown recipient of the organization
 * @param bindAddress the listener's address; 127.0.0.1 unless the scenario names another
 * @param retry the server's retry settings ({@link RetrySettings#inherit()} when none given)
 * @param hopLimit more {@code Received:} hops than this and the message is NDR'd as a loop (20)
 * @param routes a generic {@code smtp} relay's static routes; empty for Exchange servers
 */
public record ServerPlan(
        String name,
        ServerKind kind,
        String serviceAccount,
        int port,
        boolean gateway,
        RecipientCheck recipientCheck,
        String bindAddress,
        RetrySettings retry,
        int hopLimit,
        List<RoutePlan> routes) {

    public static final int DEFAULT_HOP_LIMIT = 20;

    public ServerPlan {
        routes = List.copyOf(routes);
    }
}
