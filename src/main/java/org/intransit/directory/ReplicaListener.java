package org.intransit.directory;

/**
 * Told about every change a replication agent brings to a replica (not about a move's own
 * writes). The move script listens to mark the cleanup: an arrival that replaces a
 * {@link EntryState#STUB} is the stub's removal. Called on the clock's thread, after the change
 * is applied and recorded in the ledger; keep it quick.
 */
@FunctionalInterface
public interface ReplicaListener {

    /**
     * @param before the entry the replica held for this alias, or {@code null} if none
     * @param after the entry now held
     * @param agent the agreement's or connector's name
     */
    void arrived(Replica replica, DirectoryEntry before, DirectoryEntry after, String agent);
}
