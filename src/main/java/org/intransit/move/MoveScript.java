package org.intransit.move;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.intransit.clock.ScenarioClock;
import org.intransit.directory.EntryState;
import org.intransit.directory.OrgDirectory;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.InboundMessage;
import org.intransit.mta.MailboxStore;
import org.intransit.scenario.MovePlan;
import org.intransit.scenario.Scenario;
import org.intransit.topology.SimulatedServer;
import org.intransit.topology.Topology;

/**
 * Runs each mailbox move of a scenario as its phases, on the scenario clock.
 *
 * <ol>
 *   <li><b>in-transit</b> (at {@code at}): the source store holds new deliveries for the mailbox.
 *   <li><b>commit</b> (at {@code at + copy}): the directories change ({@link OrgDirectory#commitMove}:
 *       a stub in the source site, the new home in AD); the mailbox and its contents move to the
 *       target store; the source store keeps a tombstone.
 *   <li><b>release</b> (at once): the held mail goes back to the source MTA, which (Exchange 5.5)
 *       puts it on the RPC queue named after the target server, whatever that server's site.
 *   <li><b>cleanup</b>: ends when replication brings the new object to the source site and it
 *       replaces the stub (at the commit itself for a move within a site).
 * </ol>
 * Each phase writes a timeline marker {@code move.<alias>.<phase>}.
 */
public final class MoveScript {

    private final Scenario scenario;
    private final Topology topology;
    private final OrgDirectory directory;
    private final Ledger ledger;
    private final ScenarioClock clock;
    /** Per alias, the site whose stub must be replaced for the cleanup to end. */
    private final Map<String, String> awaitingCleanup = new java.util.concurrent.ConcurrentHashMap<>();

    public MoveScript(Scenario scenario, Topology topology, OrgDirectory directory, Ledger ledger) {
        this.scenario = scenario;
        this.topology = topology;
        this.directory = directory;
        this.ledger = ledger;
        this.clock = ledger.clock();
        directory.addListener((replica, before, after, agent) -> {
            if (before != null && before.state() == EntryState.STUB && after.state() == EntryState.LIVE
                    && replica.name().equals(awaitingCleanupSite(after.alias()))) {
                awaitingCleanup.remove(after.alias());
                mark(after.alias(), "cleanup", "the stub in " + replica.name() + " was replaced by " + agent);
            }
        });
    }

    /** Puts every move's phases on the clock; moves of one mailbox follow each other. */
    public void schedule() {
        Map<String, String> home = new HashMap<>();
        scenario.mailboxes().forEach(m -> home.put(m.alias(), m.server()));
        scenario.moves().stream().sorted(java.util.Comparator.comparing(MovePlan::at)).forEach(move -> {
            String from = home.get(move.mailbox());
            home.put(move.mailbox(), move.to());
            clock.schedule(move.at(), "move " + move.mailbox() + " in-transit", () -> beginTransit(move, from));
            clock.schedule(move.at().plus(move.copy()), "move " + move.mailbox() + " commit", () -> commit(move, from));
        });
    }

    private void beginTransit(MovePlan move, String from) {
        server(from).store().beginTransit(move.mailbox());
        mark(move.mailbox(), "in-transit", move.mailbox() + ": " + from + " -> " + move.to());
    }

    private void commit(MovePlan move, String from) {
        String alias = move.mailbox();
        SimulatedServer source = server(from);
        SimulatedServer target = server(move.to());
        directory.commitMove(alias, from, move.to());
        MailboxStore.MovedOut out = source.store().moveAway(alias, move.to(), move.releaseToRpcQueue());
        target.store().moveIn(alias, out.contents());
        boolean crossSite = !source.site().equals(target.site());
        if (crossSite) {
            awaitingCleanup.put(alias, source.site());
        }
        mark(alias, "commit", alias + " now on " + move.to() + (crossSite ? "; stub left in " + source.site() : ""));
        mark(alias, "release", out.released().size() + " held message(s) back to " + from + "'s MTA"
                + (move.releaseToRpcQueue() && source.kind() == org.intransit.scenario.ServerKind.EXCHANGE55
                        ? " for the RPC queue " + move.to() : " to be routed afresh"));
        List<InboundMessage> released = out.released();
        released.forEach(m -> source.mta().release(m, move.to(), move.releaseToRpcQueue()));
        if (!crossSite) {
            mark(alias, "cleanup", "a move within site " + source.site() + " leaves no stub");
        }
    }

    private String awaitingCleanupSite(String alias) {
        return awaitingCleanup.get(alias);
    }

    private SimulatedServer server(String name) {
        return topology.server(name).orElseThrow();
    }

    private void mark(String alias, String phase, String detail) {
        String name = "move." + alias + "." + phase;
        ledger.record((at, wall) -> new LedgerEvent.Marker(at, wall, name, detail));
    }
}
