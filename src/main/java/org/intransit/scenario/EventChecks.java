package org.intransit.scenario;

import java.time.Duration;
import java.util.List;
import org.intransit.scenario.ScenarioAction.AddConnector;
import org.intransit.scenario.ScenarioAction.Mark;
import org.intransit.scenario.ScenarioAction.RemoveConnector;
import org.intransit.scenario.ScenarioAction.ReplicateNow;
import org.intransit.scenario.ScenarioAction.SetLatency;
import org.intransit.scenario.ScenarioAction.SetLink;
import org.intransit.scenario.ScenarioAction.SetPresentedPassword;
import org.intransit.scenario.ScenarioAction.SetServiceAccount;
import org.intransit.scenario.ScenarioAction.StartServer;
import org.intransit.scenario.ScenarioAction.StopServer;

/**
 * The field checks a file's event actions get, for actions made in Java; each action comes back
 * placed at {@code <event>.<action key>} (the key a file would use: {@code link},
 * {@code latency}, {@code stopServer}, ...) for the timeline validator.
 */
final class EventChecks {

    private EventChecks() {}

    static ScenarioAction check(BuilderPlaces places, String event, ScenarioAction action) {
        places.required(action, "an action", event);
        if (action instanceof AddConnector add) {
            String path = Where.child(event, "addConnector");
            return places.record(new AddConnector(ConnectorBuilder.checked(places, path, add.connector())), path);
        } else if (action instanceof SetLink link) {
            String path = Where.child(event, "link");
            List<String> pair = pair(places, path, link.serverA(), link.serverB());
            LinkState state = places.required(link.state(), "one of up, down, blackhole, reset", Where.child(path, "state"));
            Duration latency = link.latency() == null ? Duration.ZERO
                    : places.nonNegative(link.latency(), Where.child(path, "latency"));
            return placed(places, new SetLink(pair.get(0), pair.get(1), state, latency), path);
        } else if (action instanceof SetLatency latency) {
            String path = Where.child(event, "latency");
            List<String> pair = pair(places, path, latency.serverA(), latency.serverB());
            Duration delay = places.nonNegative(latency.delay(), Where.child(path, "delay"));
            return placed(places, new SetLatency(pair.get(0), pair.get(1), delay), path);
        } else if (action instanceof SetPresentedPassword change) {
            String path = Where.child(event, "x400Password");
            String connector = places.name(change.connector(), Where.child(path, "connector"));
            String password = places.required(change.password(), "a password", Where.child(path, "password"));
            return places.record(new SetPresentedPassword(connector, password), path, "connector");
        } else if (action instanceof SetServiceAccount change) {
            String path = Where.child(event, "serviceAccount");
            String server = places.name(change.server(), Where.child(path, "server"));
            String account = places.nonBlank(change.account(), TopologyReader.ACCOUNT_FORM, Where.child(path, "account"));
            return places.record(new SetServiceAccount(server, account), path, "server");
        } else if (action instanceof RemoveConnector remove) {
            return named(places, Where.child(event, "removeConnector"), remove.connector(), RemoveConnector::new);
        } else if (action instanceof ReplicateNow replicate) {
            return named(places, Where.child(event, "replicateNow"), replicate.agent(), ReplicateNow::new);
        } else if (action instanceof StopServer stop) {
            return named(places, Where.child(event, "stopServer"), stop.server(), StopServer::new);
        } else if (action instanceof StartServer start) {
            return named(places, Where.child(event, "startServer"), start.server(), StartServer::new);
        }
        return named(places, Where.child(event, "mark"), ((Mark) action).marker(), Mark::new);
    }

    /** An action that names one thing ({@code stopServer: EX55A}): the name checked and placed at the key. */
    private static ScenarioAction named(BuilderPlaces places, String path, String name,
            java.util.function.Function<String, ScenarioAction> action) {
        return places.record(action.apply(places.name(name, path)), path);
    }

    private static List<String> pair(BuilderPlaces places, String path, String a, String b) {
        String between = Where.child(path, "between");
        return places.run(() -> TopologyReader.distinctPair(
                List.of(places.field(a, between + "[0]"), places.field(b, between + "[1]")), "server"));
    }

    private static <T> T placed(BuilderPlaces places, T action, String path) {
        return places.record(action, path, "between[0]", "between[1]");
    }
}
