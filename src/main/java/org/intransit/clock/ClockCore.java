package org.intransit.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What both clocks share: one lock and one condition guarding the agenda, the activities, the
 * stop flag and the first failure. Any change a waiter may care about (a schedule the scaled
 * clock's dispatcher must see, the last open activity closing, a stop, a finished task) signals
 * the condition, so nobody polls.
 */
abstract sealed class ClockCore implements ScenarioClock permits VirtualClock, ScaledClock {

    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();
    final Agenda agenda = new Agenda(lock);
    final Activities activities = new Activities(lock, changed);
    /** Guarded by {@link #lock}. */
    boolean stopped;
    /** The first task failure; guarded by {@link #lock}. */
    ClockTaskFailedException failure;

    @Override
    public Instant wallTime() {
        return Instant.now();
    }

    @Override
    public ScheduledTask schedule(Duration at, String label, Runnable task) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(task, "task");
        lock.lock();
        try {
            Agenda.Entry entry = agenda.add(max(now(), at), label, task);
            if (agenda.peek() == entry) {
                scheduled();
            }
            return entry;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called with the lock held after a task joined the agenda at its head: a clock whose thread
     * waits for the next due task wakes it here. A task behind the head is not announced: the
     * waiting thread wakes for the head anyway and looks again then, so the expiry every queued
     * message schedules days ahead costs no thread wake-up. The virtual clock's driver waits
     * only for quiescence, so it is not woken by every queue run that in-flight work schedules.
     */
    abstract void scheduled();

    @Override
    public java.util.Optional<Duration> nextDue() {
        Agenda.Entry next = agenda.peek();
        return next == null ? java.util.Optional.empty() : java.util.Optional.of(next.at());
    }

    @Override
    public Activity begin(String what) {
        return activities.begin(what);
    }

    @Override
    public boolean awaitIdle(Duration wallTimeout) throws InterruptedException {
        return activities.awaitIdle(wallTimeout);
    }

    /** Final: once stopped, no further task runs and {@link #runUntil} returns at once. */
    @Override
    public void stop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int activeCount() {
        return activities.count();
    }

    /**
     * Runs {@code entry} with the lock released (tasks schedule and begin from other threads
     * meanwhile); the caller holds the lock before and after. Records the first failure.
     */
    final void runReleased(Agenda.Entry entry, Duration ranAt) {
        Throwable thrown = null;
        lock.unlock();
        try {
            entry.run();
        } catch (Throwable t) {
            thrown = t;
        } finally {
            lock.lock();
        }
        if (thrown != null && failure == null) {
            failure = new ClockTaskFailedException(entry.label(), ranAt, thrown);
        }
        changed.signalAll();
    }

    static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
