package org.intransit.harness;

import java.util.List;
import org.intransit.clock.ScenarioClock;
import org.intransit.fabric.Link;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.EventPlan;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioAction;
import org.intransit.topology.SimulatedServer;
import org.intransit.topology.Topology;

/**
 * Puts the scenario's {@code events} on the clock. Each event acts at its time (a link event on
 * both directions of the fabric's link between the two servers; a connector event on the
 * connector table every router reads; an account event on the server's RPC bind check) and
 * writes a timeline marker; {@code replicateNow} runs a replication agent at once.
 */
final class ScenarioEvents {

    private final Scenario scenario;
    private final ScenarioClock clock;
    private final Ledger ledger;
    private final Topology topology;
    private final java.util.function.Consumer<String> replicateNow;

    ScenarioEvents(Scenario scenario, Ledger ledger, Topology topology, java.util.function.Consumer<String> replicateNow) {
        this.replicateNow = replicateNow;
        this.scenario = scenario;
        this.clock = ledger.clock();
        this.ledger = ledger;
        this.topology = topology;
    }

    void schedule() {
        for (EventPlan event : scenario.events()) {
            clock.schedule(event.at(), "event " + describe(event.action()), () -> apply(event.action()));
        }
    }

    /** Applies one action now and marks it on the timeline (a scenario event, or a test's {@code fire}). */
    void apply(ScenarioAction action) {
        if (action instanceof ScenarioAction.StopServer stop) {
            topology.server(stop.server()).ifPresent(SimulatedServer::stop);
        } else if (action instanceof ScenarioAction.StartServer start) {
            topology.server(start.server()).ifPresent(SimulatedServer::start);
        } else if (action instanceof ScenarioAction.AddConnector add) {
            topology.connectors().add(add.connector());
        } else if (action instanceof ScenarioAction.RemoveConnector remove) {
            topology.connectors().remove(remove.connector());
        } else if (action instanceof ScenarioAction.SetPresentedPassword password) {
            topology.connectors().presentPassword(password.connector(), password.password());
        } else if (action instanceof ScenarioAction.SetServiceAccount account) {
            topology.server(account.server()).ifPresent(s -> s.setServiceAccount(account.account()));
        } else if (action instanceof ScenarioAction.SetLink link) {
            for (Link direction : both(link.serverA(), link.serverB())) {
                direction.setState(link.state());
                direction.setLatency(link.latency() == null ? java.time.Duration.ZERO : link.latency());
            }
        } else if (action instanceof ScenarioAction.SetLatency latency) {
            both(latency.serverA(), latency.serverB()).forEach(l -> l.setLatency(latency.delay()));
        } else if (action instanceof ScenarioAction.ReplicateNow now) {
            replicateNow.accept(now.agent());
        }
        String name = markerName(action);
        ledger.record((at, wall) -> new LedgerEvent.Marker(at, wall, name, describe(action)));
    }

    private List<Link> both(String a, String b) {
        return List.of(topology.fabric().link(a, b), topology.fabric().link(b, a));
    }

    static String markerName(ScenarioAction action) {
        if (action instanceof ScenarioAction.Mark mark) {
            return mark.marker();
        } else if (action instanceof ScenarioAction.StopServer stop) {
            return "server." + stop.server() + ".stopped";
        } else if (action instanceof ScenarioAction.StartServer start) {
            return "server." + start.server() + ".started";
        } else if (action instanceof ScenarioAction.AddConnector add) {
            return "connector." + add.connector().name() + ".added";
        } else if (action instanceof ScenarioAction.RemoveConnector remove) {
            return "connector." + remove.connector() + ".removed";
        } else if (action instanceof ScenarioAction.SetLink link) {
            return "link." + link.serverA() + "-" + link.serverB() + "." + link.state().name().toLowerCase(java.util.Locale.ROOT);
        } else if (action instanceof ScenarioAction.SetServiceAccount account) {
            return "account." + account.server() + ".changed";
        } else if (action instanceof ScenarioAction.SetLatency latency) {
            return "link." + latency.serverA() + "-" + latency.serverB() + ".latency";
        } else if (action instanceof ScenarioAction.SetPresentedPassword password) {
            return "connector." + password.connector() + ".password";
        }
        return "replicate-now." + ((ScenarioAction.ReplicateNow) action).agent();
    }

    private static String describe(ScenarioAction action) {
        return action.toString();
    }

    /** What the scenario asks for that this version does not simulate; nothing at present. */
    static List<String> notSimulated(Scenario scenario) {
        return List.of();
    }
}
