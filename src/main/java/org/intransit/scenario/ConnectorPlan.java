package org.intransit.scenario;

/**
 * A connector between two servers (normally the bridgeheads of two sites).
 *
 * @param overrideAccount for a site connector: the account used instead of the caller's own
 *     service account; {@code null} when none
 * @param cost 1 to 100, lower is preferred; 1 by default
 * @param schedule when an X.400 connector may open; site connectors are always active
 * @param password the X.400 MTA password both ends must agree on; {@code null} when none
 */
public record ConnectorPlan(
        String name,
        ConnectorKind kind,
        String serverA,
        String serverB,
        String overrideAccount,
        int cost,
        Schedule schedule,
        String password) {}
