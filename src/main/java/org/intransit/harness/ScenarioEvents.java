package org.intransit.harness;

import java.util.ArrayList;
import java.util.List;
import org.intransit.clock.ScenarioClock;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.EventPlan;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioAction;
import org.intransit.topology.SimulatedServer;
import org.intransit.topology.Topology;

/**
 * Puts the scenario's {@code events} on the clock. Each event writes a timeline marker;
 * {@code mark}, {@code stopServer} and {@code startServer} act now. Connector, link, account
 * and replication events are recorded on the timeline but change nothing until the MTA,
 * fabric and directory models that act on them exist; {@link #notSimulated} lists them so the
 * command line can say so.
 */
final class ScenarioEvents {

    private final Scenario scenario;
    private final ScenarioClock clock;
    private final Ledger ledger;
    private final Topology topology;

    ScenarioEvents(Scenario scenario, Ledger ledger, Topology topology) {
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

    private void apply(ScenarioAction action) {
        if (action instanceof ScenarioAction.StopServer stop) {
            topology.server(stop.server()).ifPresent(SimulatedServer::stop);
        } else if (action instanceof ScenarioAction.StartServer start) {
            topology.server(start.server()).ifPresent(SimulatedServer::start);
        }
        String name = markerName(action);
        ledger.record((at, wall) -> new LedgerEvent.Marker(at, wall, name, describe(action)));
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
        }
        return "replicate-now." + ((ScenarioAction.ReplicateNow) action).agent();
    }

    private static String describe(ScenarioAction action) {
        return action.toString();
    }

    /** What the scenario asks for that this version records but does not simulate yet. */
    static List<String> notSimulated(Scenario scenario) {
        List<String> notes = new ArrayList<>();
        if (!scenario.moves().isEmpty()) {
            notes.add(scenario.moves().size() + " mailbox move(s): parsed and validated, not simulated yet");
        }
        if (!scenario.connectors().isEmpty()) {
            notes.add(scenario.connectors().size() + " connector(s): parsed; mail between sites waits on a no-route queue");
        }
        if (!scenario.directory().agreements().isEmpty() || !scenario.directory().replication().isEmpty()) {
            notes.add("directory replication agents: parsed, not simulated yet (directories are static)");
        }
        long recordedOnly = scenario.events().stream().map(EventPlan::action)
                .filter(a -> !(a instanceof ScenarioAction.Mark || a instanceof ScenarioAction.StopServer
                        || a instanceof ScenarioAction.StartServer))
                .count();
        if (recordedOnly > 0) {
            notes.add(recordedOnly + " connector/link/account/replication event(s): marked on the timeline only");
        }
        return notes;
    }
}
