package org.intransit.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

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
 * @param limits the SMTP listener's limits ({@link Limits#DEFAULTS} when none given)
 * @param tls whether the SMTP listener offers STARTTLS (with a self-signed certificate)
 * @param auth the credentials outside clients must present with SMTP AUTH, or {@code null}
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
        List<RoutePlan> routes,
        Limits limits,
        boolean tls,
        Auth auth) {

    public static final int DEFAULT_HOP_LIMIT = 20;

    public ServerPlan {
        routes = List.copyOf(routes);
        Objects.requireNonNull(limits, "limits");
    }

    /** A server whose listener has the default limits, no STARTTLS and no AUTH. */
    public ServerPlan(String name, ServerKind kind, String serviceAccount, int port, boolean gateway,
            RecipientCheck recipientCheck, String bindAddress, RetrySettings retry, int hopLimit, List<RoutePlan> routes) {
        this(name, kind, serviceAccount, port, gateway, recipientCheck, bindAddress, retry, hopLimit, routes,
                Limits.DEFAULTS, false, null);
    }

    /**
     * What the SMTP listener accepts. The defaults are SubEthaSMTP's, except the message size,
     * which SubEthaSMTP leaves unlimited: 25 MiB, the limit common on today's MTAs.
     *
     * @param maxMessageSize the largest message in bytes (the listener's own {@code Received:}
     *     header not counted); advertised as {@code SIZE}
     * @param connectionTimeout how long the listener waits for a client's next line or byte
     *     (wall time, a socket timeout, whatever the scenario clock does) before {@code 421}
     * @param maxConnections open sessions at once; the next client gets {@code 421}
     * @param maxRecipients accepted RCPTs per message; the next gets {@code 452}
     */
    public record Limits(int maxMessageSize, Duration connectionTimeout, int maxConnections, int maxRecipients) {

        public static final Limits DEFAULTS = new Limits(25 * 1024 * 1024, Duration.ofSeconds(60), 1000, 1000);
    }

    /** SMTP AUTH credentials (PLAIN or LOGIN). Never printed: {@link #toString()} hides the password. */
    public record Auth(String user, String password) {

        @Override
        public String toString() {
            return "Auth[user=" + user + ", password=***]";
        }
    }
}
