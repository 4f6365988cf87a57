package org.intransit.directory;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;

/**
 * Writes what replicas learned to the ledger and tells the listeners. Arrivals brought by
 * replication also become {@code replica.<replica>.<alias>} timeline markers, which bound the
 * NDR window; a move's originating writes do not.
 */
final class ReplicaLog {

    /** The agent name of a move's originating writes. */
    static final String MOVE = "move";

    private final Ledger ledger;
    private final List<ReplicaListener> listeners = new CopyOnWriteArrayList<>();

    ReplicaLog(Ledger ledger) {
        this.ledger = ledger;
    }

    void addListener(ReplicaListener listener) {
        listeners.add(listener);
    }

    void originated(Replica replica, Replica.Change change) {
        updated(replica, change.after(), MOVE);
    }

    void arrived(Replica replica, Replica.Change change, String agent) {
        DirectoryEntry after = change.after();
        updated(replica, after, agent);
        String detail = after.alias() + " homed on " + after.homeServer() + " (" + state(after) + ") via " + agent;
        ledger.record((at, wall) -> new LedgerEvent.Marker(at, wall,
                "replica." + replica.name() + "." + after.alias(), detail));
        for (ReplicaListener listener : listeners) {
            listener.arrived(replica, change.before(), after, agent);
        }
    }

    private void updated(Replica replica, DirectoryEntry after, String agent) {
        ledger.record((at, wall) -> new LedgerEvent.ReplicaUpdated(at, wall, replica.name(), after.alias(),
                after.homeServer(), state(after), agent));
    }

    private static String state(DirectoryEntry entry) {
        return entry.state().name().toLowerCase(Locale.ROOT);
    }
}
