package org.intransit.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One direction of a replication agent: polls the source replica for entries changed since its
 * high-water USN, copies those it selects (rewritten as the target stores them) and keeps the
 * changes the target applied. The mark starts at the source's USN when the feed is made, since
 * the replicas start fully replicated.
 */
final class Feed {

    private final Replica source;
    private final Replica target;
    private final Predicate<DirectoryEntry> selects;
    private final UnaryOperator<DirectoryEntry> rewrite;
    private long mark;

    Feed(Replica source, Replica target, Predicate<DirectoryEntry> selects, UnaryOperator<DirectoryEntry> rewrite) {
        this.source = source;
        this.target = target;
        this.selects = selects;
        this.rewrite = rewrite;
        this.mark = source.highestUsn();
    }

    Replica target() {
        return target;
    }

    /** Copies what changed since the last run; returns the changes the target applied. */
    synchronized List<Replica.Change> run() {
        Replica.Changes changes = source.changedSince(mark);
        mark = changes.highestUsn();
        List<Replica.Change> applied = new ArrayList<>();
        for (DirectoryEntry entry : changes.entries()) {
            if (selects.test(entry)) {
                target.apply(rewrite.apply(entry)).ifPresent(applied::add);
            }
        }
        return applied;
    }
}
