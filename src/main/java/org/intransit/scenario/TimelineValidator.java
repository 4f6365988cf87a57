package org.intransit.scenario;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * Checks moves and events in time order: known mailboxes, servers, connectors and agents;
 * nothing after the scenario's end; no move to the server a mailbox is already on; no move of a
 * mailbox before its previous move committed; connectors removed (or given a presented password)
 * only while they exist; passwords only for x400 connectors; mark names unique and not reserved
 * (not a name the runtime gives its own markers, see {@link Markers}).
 */
final class TimelineValidator {

    /** A connector that exists at some point of the timeline; {@code addedBy} is null for the file's own. */
    private record Live(ConnectorPlan connector, EventPlan addedBy) {}

    private final Scenario scenario;
    private final SourceMap places;
    private final TopologyValidator.Names names;
    private final TopologyValidator topology;

    TimelineValidator(Scenario scenario, SourceMap places, TopologyValidator.Names names, TopologyValidator topology) {
        this.scenario = scenario;
        this.places = places;
        this.names = names;
        this.topology = topology;
    }

    /** Validates moves and events; returns the names of the {@code mark} events. */
    NameTable validate() {
        moves();
        return events();
    }

    private void moves() {
        for (MovePlan move : scenario.moves()) {
            names.mailboxes().require(move.mailbox(), places.of(move, "mailbox"));
            names.servers().require(move.to(), places.of(move, "to"));
            notAfterEnd(move.at(), places.of(move, "at"));
        }
        Map<String, MovePlan> previousMove = new HashMap<>();
        Map<String, String> home = new HashMap<>();
        scenario.mailboxes().forEach(mailbox -> home.put(mailbox.alias(), mailbox.server()));
        for (MovePlan move : inTimeOrder(scenario.moves(), MovePlan::at)) {
            MovePlan previous = previousMove.get(move.mailbox());
            if (previous != null && move.at().compareTo(previous.at().plus(previous.copy())) < 0) {
                Duration commit = previous.at().plus(previous.copy());
                throw places.of(move, "at").fail("the move of " + move.mailbox() + " at " + fmt(move.at())
                        + " overlaps its move at " + fmt(previous.at()) + " (line " + places.of(previous).line()
                        + "), which commits at " + fmt(commit) + "; expected " + fmt(commit) + " or later");
            }
            if (move.to().equals(home.get(move.mailbox()))) {
                String earlier = previous == null ? ""
                        : " (moved there at " + fmt(previous.at()) + ", line " + places.of(previous).line() + ")";
                throw places.of(move, "to").fail("mailbox " + move.mailbox() + " is already on " + move.to()
                        + earlier + "; expected a different server");
            }
            home.put(move.mailbox(), move.to());
            previousMove.put(move.mailbox(), move);
        }
    }

    private NameTable events() {
        NameTable marks = new NameTable("marker");
        for (EventPlan event : scenario.events()) {
            notAfterEnd(event.at(), places.of(event, "at"));
            if (event.action() instanceof Mark mark) {
                reserved(mark.marker(), places.of(mark));
                marks.define(mark.marker(), places.of(mark));
            }
        }
        Map<String, Live> live = new LinkedHashMap<>();
        scenario.connectors().forEach(connector -> live.put(connector.name(), new Live(connector, null)));
        for (EventPlan event : inTimeOrder(scenario.events(), EventPlan::at)) {
            ScenarioAction action = event.action();
            if (action instanceof AddConnector add) {
                added(add.connector(), event, live);
            } else if (action instanceof RemoveConnector remove) {
                existing(remove.connector(), places.of(remove), event, live);
                live.remove(remove.connector());
            } else if (action instanceof SetPresentedPassword change) {
                x400(existing(change.connector(), places.of(change, "connector"), event, live),
                        places.of(change, "connector"), event, live);
            } else if (action instanceof SetLink link) {
                serverPair(link, link.serverA(), link.serverB());
            } else if (action instanceof SetLatency latency) {
                serverPair(latency, latency.serverA(), latency.serverB());
            } else if (action instanceof SetServiceAccount change) {
                names.servers().require(change.server(), places.of(change, "server"));
            } else if (action instanceof ReplicateNow replicate) {
                names.agents().require(replicate.agent(), places.of(replicate));
            } else if (action instanceof StopServer stop) {
                names.servers().require(stop.server(), places.of(stop));
            } else if (action instanceof StartServer start) {
                names.servers().require(start.server(), places.of(start));
            }
        }
        return marks;
    }

    private void added(ConnectorPlan connector, EventPlan event, Map<String, Live> live) {
        topology.connectorEnds(connector, names.servers());
        for (Map.Entry<String, Live> existing : live.entrySet()) {
            if (existing.getKey().equalsIgnoreCase(connector.name())) {
                EventPlan addedBy = existing.getValue().addedBy();
                String origin = addedBy == null ? "line " + places.of(existing.getValue().connector()).line()
                        : "added at " + fmt(addedBy.at()) + ", line " + places.of(addedBy).line();
                throw places.of(connector, "name").fail("connector " + existing.getKey() + " already exists at "
                        + fmt(event.at()) + " (" + origin + "); expected a new name, or a removeConnector event before");
            }
        }
        live.put(connector.name(), new Live(connector, event));
    }

    /** The connector {@code name} that exists at {@code event}'s time; fails at {@code where} otherwise. */
    private ConnectorPlan existing(String name, Where where, EventPlan event, Map<String, Live> live) {
        Live found = live.get(name);
        if (found == null) {
            String known = live.isEmpty() ? "expected a connector that exists then, but there is none"
                    : "expected one of " + Suggest.some(live.keySet());
            throw where.fail("no connector " + Suggest.quote(name) + " exists at " + fmt(event.at())
                    + addedLater(name, event) + "; " + known + Suggest.didYouMean(name, live.keySet()));
        }
        return found.connector();
    }

    /** Fails at {@code where} unless {@code connector} is an x400 connector. */
    private static void x400(ConnectorPlan connector, Where where, EventPlan event, Map<String, Live> live) {
        if (connector.kind() == ConnectorKind.X400) {
            return;
        }
        List<String> x400 = live.values().stream()
                .map(Live::connector)
                .filter(c -> c.kind() == ConnectorKind.X400)
                .map(ConnectorPlan::name)
                .toList();
        String known = x400.isEmpty() ? "expected an x400 connector, but none exists at " + fmt(event.at())
                : "expected " + (x400.size() == 1 ? "the x400 connector " : "one of the x400 connectors ")
                        + Suggest.some(x400);
        String kind = Field.yamlName(connector.kind());
        throw where.fail("connector " + connector.name() + " is " + (kind.equals("site") ? "a " : "an ") + kind
                + " connector and has no X.400 password; " + known);
    }

    /** Both servers of a link event are known ({@code link}, its shorthands and {@code latency}). */
    private void serverPair(ScenarioAction action, String serverA, String serverB) {
        names.servers().require(serverA, places.of(action, "between[0]"));
        names.servers().require(serverB, places.of(action, "between[1]"));
    }

    private String addedLater(String connector, EventPlan removal) {
        return scenario.events().stream()
                .filter(e -> e.action() instanceof AddConnector add && add.connector().name().equals(connector))
                .filter(e -> e.at().compareTo(removal.at()) >= 0 && e != removal)
                .findFirst()
                .map(e -> " (it is added at " + fmt(e.at()) + ", line " + places.of(e).line() + ")")
                .orElse("");
    }

    private static void reserved(String marker, Where where) {
        boolean runtimeName = marker.startsWith("move.") || marker.startsWith("replica.")
                || Markers.EVENT_PREFIXES.stream().anyMatch(marker::startsWith);
        if (marker.equals("start") || marker.equals("end") || runtimeName || Durations.parse(marker) != null) {
            throw where.fail("marker name " + marker + " is reserved; expected a name that is not start, end,"
                    + " move.*, replica.*, connector.*, link.*, server.*, account.*, replicate-now.* or a duration");
        }
    }

    private void notAfterEnd(Duration at, Where where) {
        Duration end = scenario.duration();
        if (at.compareTo(end) > 0) {
            throw where.fail("at " + fmt(at) + " is after the scenario's end (" + fmt(end) + "); expected a time from 0s to "
                    + fmt(end));
        }
    }

    static <T> List<T> inTimeOrder(List<T> items, Function<T, Duration> time) {
        return items.stream().sorted(Comparator.comparing(time)).toList();
    }

    private static String fmt(Duration duration) {
        return Durations.format(duration);
    }
}
