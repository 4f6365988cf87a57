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

    /**
     * Sets the links between two servers, both directions: {@code link: {between: [A, B], state:
     * up|down|blackhole|reset, latency: 200ms}}, or the shorthands {@code cutLink: [A, B]} (down),
     * {@code restoreLink: [A, B]} (up) and {@code blackhole: [A, B]}.
     */
    record SetLink(String serverA, String serverB, LinkState state, Duration latency) implements ScenarioAction {}

    /** {@code latency: {between: [A, B], delay: 200ms}}: one-way delay on both directions' links. */
    record SetLatency(String serverA, String serverB, Duration delay) implements ScenarioAction {}

    /** {@code x400Password: {connector: NAME, password: TEXT}}: the password the connector's ends present. */
    record SetPresentedPassword(String connector, String password) implements ScenarioAction {
        @Override
        public String toString() {
            return "SetPresentedPassword[connector=" + connector + ", password=***]";
        }
    }

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
