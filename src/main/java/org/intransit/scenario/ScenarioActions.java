package org.intransit.scenario;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The actions a scenario event takes, made in Java: for {@link ScenarioBuilder#event} and for a
 * test's {@code harness.fire(...)}. Each gives the record a file's event gives (a shorthand such
 * as {@code cutLink} is a {@link ScenarioAction.SetLink} with no latency) and gets a file's field
 * checks at once; whether the names exist is checked when a scenario is built.
 */
public final class ScenarioActions {

    private ScenarioActions() {}

    /** {@code addConnector}: a connector with every default (cost 1, always active). */
    public static ScenarioAction addConnector(String name, ConnectorKind kind, String serverA, String serverB) {
        return addConnector(name, kind, serverA, serverB, connector -> { });
    }

    /** {@code addConnector} with settings, as in {@code c -> c.overrideAccount("CONTOSO\\svc-site2").cost(5)}. */
    public static ScenarioAction addConnector(String name, ConnectorKind kind, String serverA, String serverB,
            Consumer<ConnectorBuilder> settings) {
        return new ScenarioAction.AddConnector(
                ConnectorBuilder.standalone("addConnector", name, kind, serverA, serverB, settings));
    }

    public static ScenarioAction removeConnector(String name) {
        return checked(new ScenarioAction.RemoveConnector(name));
    }

    /** Both directions of the link between two servers go to {@code state}. */
    public static ScenarioAction link(String serverA, String serverB, LinkState state) {
        return link(serverA, serverB, state, Duration.ZERO);
    }

    /** As {@link #link(String, String, LinkState)}, with a one-way delay ({@code 0}: leave it). */
    public static ScenarioAction link(String serverA, String serverB, LinkState state, Duration latency) {
        return checked(new ScenarioAction.SetLink(serverA, serverB, state, latency));
    }

    public static ScenarioAction cutLink(String serverA, String serverB) {
        return link(serverA, serverB, LinkState.DOWN);
    }

    public static ScenarioAction restoreLink(String serverA, String serverB) {
        return link(serverA, serverB, LinkState.UP);
    }

    public static ScenarioAction blackhole(String serverA, String serverB) {
        return link(serverA, serverB, LinkState.BLACKHOLE);
    }

    public static ScenarioAction latency(String serverA, String serverB, Duration delay) {
        return checked(new ScenarioAction.SetLatency(serverA, serverB, delay));
    }

    /** The password both ends of an X.400 connector present from now on. */
    public static ScenarioAction x400Password(String connector, String password) {
        return checked(new ScenarioAction.SetPresentedPassword(connector, password));
    }

    public static ScenarioAction serviceAccount(String server, String account) {
        return checked(new ScenarioAction.SetServiceAccount(server, account));
    }

    /** Runs a connection agreement or directory replication connector at once. */
    public static ScenarioAction replicateNow(String agent) {
        return checked(new ScenarioAction.ReplicateNow(agent));
    }

    public static ScenarioAction stopServer(String server) {
        return checked(new ScenarioAction.StopServer(server));
    }

    public static ScenarioAction startServer(String server) {
        return checked(new ScenarioAction.StartServer(server));
    }

    /** A named timeline marker, for expectations and {@code runUntil(marker)}. */
    public static ScenarioAction mark(String marker) {
        return checked(new ScenarioAction.Mark(marker));
    }

    private static ScenarioAction checked(ScenarioAction action) {
        return EventChecks.check(new BuilderPlaces("(event)"), "", action);
    }
}
