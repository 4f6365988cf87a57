package org.intransit.clock;

import java.time.Duration;
import java.util.Comparator;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The schedule shared by both clocks: tasks ordered by (scenario time, sequence number), the
 * sequence number being assigned at {@link #add}, so equal-time tasks run in schedule order.
 *
 * <p>Every method takes the owning clock's lock itself; the lock is reentrant, so a clock may
 * also hold it around a compound step. {@link Entry#cancel()} is what makes this necessary: it
 * comes from any thread.
 */
final class Agenda {

    private static final Comparator<Entry> ORDER =
            Comparator.comparing((Entry e) -> e.at).thenComparingLong(e -> e.seq);

    private final ReentrantLock lock;
    private final NavigableSet<Entry> entries = new TreeSet<>(ORDER);
    private long nextSeq;

    Agenda(ReentrantLock lock) {
        this.lock = lock;
    }

    /** Adds a task; the caller has already moved a past {@code at} up to the clock's now. */
    Entry add(Duration at, String label, Runnable task) {
        lock.lock();
        try {
            Entry entry = new Entry(at, nextSeq++, label, task);
            entries.add(entry);
            return entry;
        } finally {
            lock.unlock();
        }
    }

    /** The next task in order without removing it, or null when the agenda is empty. */
    Entry peek() {
        lock.lock();
        try {
            return entries.isEmpty() ? null : entries.first();
        } finally {
            lock.unlock();
        }
    }

    /** Removes and returns the next task if it is due at or before {@code end}, else null. */
    Entry pollDue(Duration end) {
        lock.lock();
        try {
            Entry first = peek();
            if (first == null || first.at.compareTo(end) > 0) {
                return null;
            }
            return entries.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    boolean hasDue(Duration end) {
        Entry first = peek();
        return first != null && first.at.compareTo(end) <= 0;
    }

    boolean remove(Entry entry) {
        lock.lock();
        try {
            return entries.remove(entry);
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            entries.clear();
        } finally {
            lock.unlock();
        }
    }

    /** One scheduled task; identity equality, the agenda orders it by (at, seq). */
    final class Entry implements ScheduledTask {
        private final Duration at;
        private final long seq;
        private final String label;
        private final Runnable task;

        private Entry(Duration at, long seq, String label, Runnable task) {
            this.at = at;
            this.seq = seq;
            this.label = label;
            this.task = task;
        }

        @Override
        public Duration at() {
            return at;
        }

        @Override
        public boolean cancel() {
            return remove(this);
        }

        String label() {
            return label;
        }

        void run() {
            task.run();
        }

        @Override
        public String toString() {
            return label + "@" + at;
        }
    }
}
