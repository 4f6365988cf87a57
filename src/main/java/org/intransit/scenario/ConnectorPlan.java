package org.intransit.scenario;

/**
 * A connector between two servers (normally the bridgeheads of two sites). Both ends use it:
 * mail flows either way.
 *
 * @param overrideAccount for a site connector: the account a caller presents instead of its own
 *     service account; {@code null} when none
 * @param cost 1 to 100, lower is preferred; 1 by default
 * @param schedule when an X.400 connector may open; site and SMTP connectors are always active
 * @param password the X.400 MTA password each end expects from the other; {@code null} when none
 * @param presentedPassword the password each end presents when it calls ({@code null}: the same
 *     as {@code password}); a different value models a mistyped password
 * @param retry the connector's own retry settings, over its server's
 */
public record ConnectorPlan(
        String name,
        ConnectorKind kind,
        String serverA,
        String serverB,
        String overrideAccount,
        int cost,
        Schedule schedule,
        String password,
        String presentedPassword,
        RetrySettings retry) {

    /** Never prints the passwords (a record's default {@code toString} would). */
    @Override
    public String toString() {
        return "ConnectorPlan[name=" + name + ", kind=" + kind + ", between=" + serverA + "," + serverB
                + ", overrideAccount=" + overrideAccount + ", cost=" + cost + ", schedule=" + schedule
                + ", password=" + (password == null ? "none" : "***") + "]";
    }

    /** The other end of the connector, seen from {@code server}. */
    public String otherEnd(String server) {
        return server.equals(serverA) ? serverB : serverA;
    }

    public boolean joins(String server) {
        return server.equals(serverA) || server.equals(serverB);
    }
}
