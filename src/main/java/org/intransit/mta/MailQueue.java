package org.intransit.mta;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One queue of an MTA, towards one next hop. Named as Exchange names them: an RPC queue after
 * the target server's NetBIOS name, a connector queue after the connector.
 *
 * <p>A message stays at the head while it is being transferred and leaves only when the next
 * hop acknowledged it (or it is rerouted, bounced or expired), so a final read always finds it.
 * The queue also keeps its open-retry state: failures to open an association since the last
 * success, and the scenario time before which it waits.
 */
public final class MailQueue {

    private final String name;
    private final NextHop nextHop;
    private final Deque<QueuedMessage> messages = new ArrayDeque<>();
    private int maxDepth;
    private int openFailures;
    private Duration retryAt = Duration.ZERO;

    public MailQueue(String name, NextHop nextHop) {
        this.name = name;
        this.nextHop = nextHop;
    }

    public String name() {
        return name;
    }

    public NextHop nextHop() {
        return nextHop;
    }

    public synchronized void add(QueuedMessage message) {
        messages.addLast(message);
        maxDepth = Math.max(maxDepth, messages.size());
    }

    public synchronized Optional<QueuedMessage> peek() {
        return Optional.ofNullable(messages.peekFirst());
    }

    /** Removes one message wherever it stands; false when it is no longer here. */
    public synchronized boolean remove(QueuedMessage message) {
        return messages.remove(message);
    }

    /** Replaces a message in place (a new attempt count); false when it is no longer here. */
    public synchronized boolean replace(QueuedMessage old, QueuedMessage updated) {
        if (messages.peekFirst() == old) {
            messages.removeFirst();
            messages.addFirst(updated);
            return true;
        }
        List<QueuedMessage> all = new ArrayList<>(messages);
        int index = all.indexOf(old);
        if (index < 0) {
            return false;
        }
        all.set(index, updated);
        messages.clear();
        messages.addAll(all);
        return true;
    }

    public synchronized List<QueuedMessage> contents() {
        return List.copyOf(messages);
    }

    public synchronized Optional<QueuedMessage> find(String trace) {
        return messages.stream().filter(q -> q.message().trace().equals(trace)).findFirst();
    }

    public synchronized int depth() {
        return messages.size();
    }

    /** Counts one more failure to open an association and sets the time of the next try. */
    public synchronized int openFailed(Duration nextTry) {
        retryAt = nextTry;
        return ++openFailures;
    }

    public synchronized void opened() {
        openFailures = 0;
        retryAt = Duration.ZERO;
    }

    /** True while the queue waits out an open retry interval at scenario time {@code now}. */
    public synchronized boolean waitingAt(Duration now) {
        return openFailures > 0 && retryAt.compareTo(now) > 0;
    }

    /** When a run may try this queue: now, or the end of its open-retry wait. */
    public synchronized Duration nextTry(Duration now) {
        return waitingAt(now) ? retryAt : now;
    }

    public synchronized int openFailures() {
        return openFailures;
    }

    public synchronized QueueView view(Duration now) {
        QueuedMessage oldest = messages.stream().min(java.util.Comparator.comparing(QueuedMessage::firstQueuedAt)).orElse(null);
        return new QueueView(name, nextHop.server(), messages.size(), maxDepth,
                oldest == null ? Duration.ZERO : now.minus(oldest.firstQueuedAt()), openFailures,
                messages.stream().map(q -> q.message().trace()).toList());
    }

    /**
     * A read-only picture of a queue.
     *
     * @param openFailures failed attempts to open an association since the last success
     * @param traces the messages in the queue, head first
     */
    public record QueueView(String name, String nextHop, int depth, int maxDepth, Duration oldestAge,
            int openFailures, List<String> traces) {}
}
