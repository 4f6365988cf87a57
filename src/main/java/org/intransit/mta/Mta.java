package org.intransit.mta;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.intransit.DaemonThreadFactory;
import org.intransit.clock.Activity;
import org.intransit.clock.ScenarioClock;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.transport.SendResult;
import org.intransit.transport.SmtpConnections;

/**
 * One server's message transfer agent: routes each recipient's copy, delivers locally, and
 * drains one queue per next hop over SMTP.
 *
 * <p>Call order: {@link #accept} runs on the listener's thread <em>before</em> the listener
 * replies 250, and schedules any queue run on the clock then, so the virtual clock never sees a
 * gap between the sender's acknowledgement and the follow-up work. A queue run holds an
 * {@link Activity} until its transfers are acknowledged; a failed transfer leaves the message at
 * the head of its queue and schedules the next run after the retry interval (600 s, the
 * Exchange 5.5 open-retry default).
 */
public final class Mta implements AutoCloseable {

    public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(600);

    private final String server;
    private final Router router;
    private final MailboxStore store;
    private final Ledger ledger;
    private final ScenarioClock clock;
    private final Function<String, Optional<InetSocketAddress>> addressOf;
    private final Duration retryInterval;
    private final Map<String, MailQueue> queues = new ConcurrentHashMap<>();
    private final Set<String> runPending = ConcurrentHashMap.newKeySet();
    private final SmtpConnections connections;
    private final ExecutorService transfers;

    /** @param addressOf the SMTP listener of a server, empty while that server is down */
    public Mta(String server, Router router, MailboxStore store, Ledger ledger,
            Function<String, Optional<InetSocketAddress>> addressOf, Duration retryInterval) {
        this.server = server;
        this.router = router;
        this.store = store;
        this.ledger = ledger;
        this.clock = ledger.clock();
        this.addressOf = addressOf;
        this.retryInterval = retryInterval;
        this.connections = new SmtpConnections(server, Duration.ofSeconds(30));
        this.transfers = Executors.newFixedThreadPool(2, new DaemonThreadFactory("mta-" + server));
    }

    /** Takes responsibility for one recipient's copy; called before the listener acknowledges. */
    public void accept(InboundMessage message) {
        RouteDecision decision = router.route(message.recipient());
        if (decision instanceof RouteDecision.LocalStore local) {
            store.deliver(local.mailbox(), message);
        } else if (decision instanceof RouteDecision.Relay relay) {
            enqueue(queue(relay.queue(), relay.nextServer()), message);
        } else if (decision instanceof RouteDecision.NoRoute none) {
            enqueue(queue(none.queue(), null), message);
        } else {
            enqueue(queue("unknown-recipients", null), message);
        }
    }

    /** What each queue holds now, sorted by name. */
    public List<MailQueue.QueueView> queues() {
        Duration now = clock.now();
        return queues.values().stream().map(q -> q.view(now))
                .sorted(java.util.Comparator.comparing(MailQueue.QueueView::name)).toList();
    }

    private MailQueue queue(String name, String nextHop) {
        return queues.computeIfAbsent(name, n -> new MailQueue(n, nextHop));
    }

    private void enqueue(MailQueue queue, InboundMessage message) {
        queue.add(new QueuedMessage(message, clock.now(), 0));
        ledger.record((at, wall) -> new LedgerEvent.Queued(at, wall, message.trace(), server, queue.name()));
        if (queue.nextHop().isPresent()) {
            scheduleRun(queue, clock.now());
        }
    }

    private void scheduleRun(MailQueue queue, Duration at) {
        if (runPending.add(queue.name())) {
            clock.schedule(at, "queue run " + server + "/" + queue.name(), () -> startRun(queue));
        }
    }

    private void startRun(MailQueue queue) {
        Activity activity = clock.begin("transfer " + server + " -> " + queue.name());
        transfers.execute(() -> {
            try (activity) {
                drain(queue);
            }
        });
    }

    private void drain(MailQueue queue) {
        String next = queue.nextHop().orElseThrow();
        while (true) {
            QueuedMessage head = queue.peek().orElse(null);
            if (head == null) {
                runPending.remove(queue.name());
                if (queue.peek().isEmpty() || !runPending.add(queue.name())) {
                    return;
                }
                continue;
            }
            InboundMessage m = head.message();
            SendResult result = addressOf.apply(next)
                    .map(address -> connections.to(address).send(m.envelopeFrom(), List.of(m.recipient()), m.content().bytes()))
                    .orElseGet(() -> new SendResult.Failed(next + " is not running", false));
            if (result instanceof SendResult.Accepted) {
                queue.removeHead(head);
                ledger.record((at, wall) -> new LedgerEvent.Transferred(at, wall, m.trace(), server, queue.name(), next, "smtp"));
            } else {
                queue.retryHead(head);
                ledger.record((at, wall) -> new LedgerEvent.TransferFailed(at, wall, m.trace(), server, queue.name(), describe(result)));
                clock.scheduleAfter(retryInterval, "queue retry " + server + "/" + queue.name(), () -> startRun(queue));
                return;
            }
        }
    }

    private static String describe(SendResult result) {
        if (result instanceof SendResult.Rejected r) {
            return r.code() + " " + r.reply();
        }
        return ((SendResult.Failed) result).reason();
    }

    @Override
    public void close() {
        transfers.shutdownNow();
        connections.close();
    }
}
