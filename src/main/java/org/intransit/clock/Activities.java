package org.intransit.clock;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * The open activities of one clock, guarded by the clock's lock. Closing the last one signals the
 * clock's condition, so a thread waiting for quiescence wakes without polling, and only once:
 * the other closes of a busy tick would wake it for nothing.
 *
 * <p>It also remembers when the set last changed (a begin or a close): the virtual clock's
 * watchdog measures a stall from there, not from when the oldest activity opened.
 */
final class Activities {

    private final ReentrantLock lock;
    private final Condition changed;
    private final Map<Long, Open> open = new LinkedHashMap<>();
    private long nextId;
    private long lastChangeNanos = System.nanoTime();

    Activities(ReentrantLock lock, Condition changed) {
        this.lock = lock;
        this.changed = changed;
    }

    Activity begin(String what) {
        lock.lock();
        try {
            long id = nextId++;
            long nanos = System.nanoTime();
            open.put(id, new Open(what, nanos));
            lastChangeNanos = nanos;
            return new Token(id);
        } finally {
            lock.unlock();
        }
    }

    int count() {
        lock.lock();
        try {
            return open.size();
        } finally {
            lock.unlock();
        }
    }

    /** Wall nanoseconds since the last begin or close. */
    long nanosSinceLastChange() {
        lock.lock();
        try {
            return System.nanoTime() - lastChangeNanos;
        } finally {
            lock.unlock();
        }
    }

    /** The open activities, oldest first, e.g. {@code "stuck-smtp (open 0.2 s)"}. */
    String describeOpen() {
        lock.lock();
        try {
            long now = System.nanoTime();
            return open.values().stream()
                    .map(o -> String.format("%s (open %.1f s)", o.what(), (now - o.sinceNanos()) / 1e9))
                    .collect(Collectors.joining(", "));
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code wallTimeout} until none is open; returns whether none is. */
    boolean awaitIdle(Duration wallTimeout) throws InterruptedException {
        lock.lock();
        try {
            long remaining = wallTimeout.toNanos();
            while (!open.isEmpty() && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
            return open.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    private void close(long id) {
        lock.lock();
        try {
            if (open.remove(id) != null) {
                lastChangeNanos = System.nanoTime();
                if (open.isEmpty()) {
                    changed.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private record Open(String what, long sinceNanos) {}

    private final class Token implements Activity {
        private final long id;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Token(long id) {
            this.id = id;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                Activities.this.close(id);
            }
        }
    }
}
