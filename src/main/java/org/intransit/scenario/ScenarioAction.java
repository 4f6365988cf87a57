package org.intransit.scenario;

import java.time.Duration;

/**
 * The actions a scenario event can take. In YAML an event is {@code {at: 6h, <action>: ...}}
 * with exactly one action key.
 */
public sealed interface ScenarioAction {

    /** {@code addConnector: {name, kind, between, ...}} */
    record AddConnector(ConnectorPlan connector) implements ScenarioAction {}

    /** {@code removeConnector: NAME} */
    record RemoveConnector(String connector) implements ScenarioAction {}

    /** {@code link: {between: [A, B], state: up|down|blackhole|reset, latency: 200ms}} */
    record SetLink(String serverA, String serverB, LinkState state, Duration latency) implements ScenarioAction {}

    /** {@code serviceAccount: {server: NAME, account: DOMAIN\\user}} */
    record SetServiceAccount(String server, String account) implements ScenarioAction {}

    /** {@code replicateNow: AGENT} (an agreement's or replication connector's name) */
    record ReplicateNow(String agent) implements ScenarioAction {}

    /** {@code stopServer: NAME} */
    record StopServer(String server) implements ScenarioAction {}

    /** {@code startServer: NAME} */
    record StartServer(String server) implements ScenarioAction {}

    /** {@code mark: NAME}: a named timeline marker, usable in expectations. */
    record Mark(String marker) implements ScenarioAction {}
}
