package org.intransit.mta;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One queue of an MTA, towards one next hop. Named as Exchange names them: an RPC queue after
 * the target server, a connector queue after the connector.
 *
 * <p>A message stays at the head while it is being transferred and leaves only when the next
 * hop has acknowledged it, so a final read always finds it somewhere.
 *
 * @see QueueView for the read-only picture reports use
 */
public final class MailQueue {

    private final String name;
    private final String nextHop;
    private final Deque<QueuedMessage> messages = new ArrayDeque<>();
    private int maxDepth;

    /** @param nextHop the server this queue drains to, or {@code null} when it has no route */
    public MailQueue(String name, String nextHop) {
        this.name = name;
        this.nextHop = nextHop;
    }

    public String name() {
        return name;
    }

    public Optional<String> nextHop() {
        return Optional.ofNullable(nextHop);
    }

    public synchronized void add(QueuedMessage message) {
        messages.addLast(message);
        maxDepth = Math.max(maxDepth, messages.size());
    }

    public synchronized Optional<QueuedMessage> peek() {
        return Optional.ofNullable(messages.peekFirst());
    }

    /** Removes the head once its transfer is acknowledged. */
    public synchronized void removeHead(QueuedMessage head) {
        if (messages.peekFirst() != head) {
            throw new IllegalStateException("queue " + name + " head changed during a transfer");
        }
        messages.removeFirst();
    }

    /** Puts a failed head back at the front with one more attempt counted. */
    public synchronized void retryHead(QueuedMessage head) {
        removeHead(head);
        messages.addFirst(head.nextAttempt());
    }

    public synchronized QueueView view(Duration now) {
        QueuedMessage oldest = messages.peekFirst();
        return new QueueView(name, nextHop, messages.size(), maxDepth,
                oldest == null ? Duration.ZERO : now.minus(oldest.enqueuedAt()),
                oldest == null ? 0 : oldest.attempts(),
                messages.stream().map(q -> q.message().trace()).toList());
    }

    /** @param traces the messages in the queue, head first */
    public record QueueView(String name, String nextHop, int depth, int maxDepth, Duration oldestAge,
            int headAttempts, List<String> traces) {}
}
