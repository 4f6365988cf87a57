package org.intransit.scenario;

/**
 * One simulated server.
 *
 * @param name the NetBIOS-style name; RPC queues towards this server carry it
 * @param serviceAccount the MTA's service account; {@code null} means the site's
 * @param port a fixed SMTP port, or 0 for any free port (the default)
 * @param gateway whether internet mail enters the organization here
 * @param recipientCheck what the listener does with an unknown recipient of the organization
 * @param bindAddress the listener's address; 127.0.0.1 unless the scenario names another
 */
public record ServerPlan(
        String name,
        ServerKind kind,
        String serviceAccount,
        int port,
        boolean gateway,
        RecipientCheck recipientCheck,
        String bindAddress) {}
