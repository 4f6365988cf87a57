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
import org.intransit.scenario.ScenarioAction.SetLink;
import org.intransit.scenario.ScenarioAction.SetServiceAccount;
import org.intransit.scenario.ScenarioAction.StartServer;
import org.intransit.scenario.ScenarioAction.StopServer;

/**
 * Checks moves and events in time order: known mailboxes, servers, connectors and agents;
 * nothing after the scenario's end; no move to the server a mailbox is already on; no move of a
 * mailbox before its previous move committed; connectors removed only while they exist; mark
 * names unique and not reserved.
 */
final class TimelineValidator {

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
        Map<String, EventPlan> live = new LinkedHashMap<>();
        scenario.connectors().forEach(connector -> live.put(connector.name(), null));
        for (EventPlan event : inTimeOrder(scenario.events(), EventPlan::at)) {
            ScenarioAction action = event.action();
            if (action instanceof AddConnector add) {
                added(add.connector(), event, live);
            } else if (action instanceof RemoveConnector remove) {
                if (!live.containsKey(remove.connector())) {
                    String known = live.isEmpty() ? "expected a connector that exists then, but there is none"
                            : "expected one of " + Suggest.some(live.keySet());
                    throw places.of(remove).fail("no connector " + Suggest.quote(remove.connector()) + " exists at "
                            + fmt(event.at()) + addedLater(remove.connector(), event) + "; " + known
                            + Suggest.didYouMean(remove.connector(), live.keySet()));
                }
                live.remove(remove.connector());
            } else if (action instanceof SetLink link) {
                names.servers().require(link.serverA(), places.of(link, "between[0]"));
                names.servers().require(link.serverB(), places.of(link, "between[1]"));
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

    private void added(ConnectorPlan connector, EventPlan event, Map<String, EventPlan> live) {
        topology.connectorEnds(connector, names.servers());
        for (Map.Entry<String, EventPlan> existing : live.entrySet()) {
            if (existing.getKey().equalsIgnoreCase(connector.name())) {
                String origin = existing.getValue() == null
                        ? "line " + places.of(scenario.connectors().stream()
                                .filter(c -> c.name().equals(existing.getKey())).findFirst().orElseThrow()).line()
                        : "added at " + fmt(existing.getValue().at()) + ", line " + places.of(existing.getValue()).line();
                throw places.of(connector, "name").fail("connector " + existing.getKey() + " already exists at "
                        + fmt(event.at()) + " (" + origin + "); expected a new name, or a removeConnector event before");
            }
        }
        live.put(connector.name(), event);
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
        if (marker.equals("start") || marker.equals("end") || marker.startsWith("move.")
                || marker.startsWith("replica.") || Durations.parse(marker) != null) {
            throw where.fail("marker name " + marker + " is reserved; expected a name that is not start, end,"
                    + " move.*, replica.* or a duration");
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
