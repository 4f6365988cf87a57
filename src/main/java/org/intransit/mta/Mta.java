package org.intransit.mta;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.intransit.clock.ScenarioClock;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.ndr.Ndr;
import org.intransit.mta.ndr.NdrCause;
import org.intransit.scenario.RetrySettings;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferReceiver;

/**
 * One server's message transfer agent: routes each recipient's copy (see {@link Router}),
 * delivers locally, queues for the next hop, bounces with RFC 3464 NDRs, and hands queue runs
 * to its {@link QueueRunner}.
 *
 * <p>Call order: {@link #accept} and {@link #receive} run on a listener's or transport's thread
 * <em>before</em> it acknowledges, and put any follow-up work on the scenario clock then, so the
 * virtual clock never sees a gap between an acknowledgement and the work it promised. Every
 * queued message also gets an expiry task (2 d / 7 d / 10 d by priority unless the scenario says
 * otherwise): if it is still queued here then, it is NDR'd with status 4.4.7.
 */
public final class Mta implements AutoCloseable {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final RoutingContext context;
    private final Router router;
    private final MailboxStore store;
    private final OutboundSink outbound = new OutboundSink();
    private final Ledger ledger;
    private final ScenarioClock clock;
    private final MtaEventLog events;
    private final MtaWiring wiring;
    private final Map<String, MailQueue> queues = new ConcurrentHashMap<>();
    private final QueueRunner runner;
    /** Messages whose expiry task this server has scheduled: one per message and server. */
    private final java.util.Set<String> expiryScheduled = ConcurrentHashMap.newKeySet();

    public Mta(RoutingContext context, MailboxStore store, Ledger ledger, MtaWiring wiring) {
        this.context = context;
        this.router = new Router(context, ledger.clock()::now);
        this.store = store;
        this.ledger = ledger;
        this.clock = ledger.clock();
        this.events = new MtaEventLog(context.server(), ledger);
        this.wiring = wiring;
        this.runner = new QueueRunner(this, ledger, wiring, events);
    }

    public String server() {
        return context.server();
    }

    /**
     * Takes responsibility for one recipient's copy; called before the sender is acknowledged.
     * A copy handed on within the site after a connector failed carries its connector attempts
     * (as the 5.5 MTA keeps per-message retry counts with the message), so the bridgeheads of a
     * site do not pass it back and forth.
     */
    public void accept(InboundMessage message) {
        java.util.Map<String, Integer> attempts = message.content().connectorAttempts();
        QueuedMessage queued = attempts.isEmpty() ? null : new QueuedMessage(message, clock.now(), attempts, 0);
        dispatch(message, queued, router.route(message, queued));
    }

    /** The receiving side of the RPC and X.400 transports: one Received header, then {@link #accept}. */
    public TransferReceiver.Refusal receive(String caller, Transfer transfer, String transport, String viaConnector) {
        RawMessage content = new RawMessage(transfer.content()).withHeaderInFront("Received: from " + caller
                + " by " + context.server() + " with " + transport + " (intransit); " + RFC_1123.format(clock.wallTime()));
        int hops = content.hops();
        for (String recipient : transfer.recipients()) {
            ledger.record((at, wall) -> new LedgerEvent.Received(at, wall, transfer.trace(), context.server(), caller,
                    transfer.originator(), recipient, hops, transport));
            accept(new InboundMessage(transfer.trace(), transfer.originator(), recipient, content, caller, viaConnector));
        }
        return null;
    }

    /**
     * Sends on a message the store returned after its mailbox moved to {@code newHome} (held
     * during the move, or delivered late). An Exchange 5.5 MTA puts it straight on the RPC queue
     * named after the new home server, whatever that server's site (the documented behaviour
     * behind the stuck queue); with {@code toRpcQueue} false, or on other kinds, it is routed
     * afresh through the directory.
     */
    public void release(InboundMessage message, String newHome, boolean toRpcQueue) {
        if (toRpcQueue && context.kind() == org.intransit.scenario.ServerKind.EXCHANGE55) {
            MailQueue queue = queues.computeIfAbsent(newHome, name -> new MailQueue(name, new NextHop(newHome, "rpc", null)));
            enqueue(queue, QueuedMessage.first(message, clock.now()));
        } else {
            accept(message);
        }
    }

    /** Routes again a message taken off a queue (after a connector failed). */
    void reroute(QueuedMessage queued) {
        dispatch(queued.message(), queued, router.route(queued.message(), queued));
    }

    private void dispatch(InboundMessage message, QueuedMessage queued, RouteDecision decision) {
        if (decision instanceof RouteDecision.LocalStore local) {
            if (store.deliver(local.mailbox(), message) instanceof MailboxStore.Outcome.MovedAway moved) {
                release(message, moved.newHome(), moved.toRpcQueue());
            }
        } else if (decision instanceof RouteDecision.Enqueue enqueue) {
            MailQueue queue = queues.computeIfAbsent(enqueue.queue(), name -> new MailQueue(name, enqueue.hop()));
            enqueue(queue, queued != null ? queued : QueuedMessage.first(message, clock.now()));
        } else if (decision instanceof RouteDecision.Bounce bounce) {
            bounce(message, bounce.cause());
        } else {
            outbound.add(new StoredMessage(message.trace(), message.envelopeFrom(), message.content().subject().orElse(""),
                    message.content().size(), clock.now(), message.content().bytes()));
            ledger.record((at, wall) -> new LedgerEvent.LeftOrganization(at, wall, message.trace(), context.server(),
                    message.recipient()));
        }
    }

    private void enqueue(MailQueue queue, QueuedMessage queued) {
        QueuedMessage stamped = queued.connectorAttempts().isEmpty() ? queued
                : new QueuedMessage(queued.message().withConnectorAttempts(queued.connectorAttempts()),
                        queued.firstQueuedAt(), queued.connectorAttempts(), queued.transferFailures());
        queue.add(stamped);
        String trace = stamped.message().trace();
        ledger.record((at, wall) -> new LedgerEvent.Queued(at, wall, trace, context.server(), queue.name()));
        if (expiryScheduled.add(trace)) {
            RetrySettings retry = wiring.retryFor().apply(queue.nextHop());
            Duration expiry = switch (stamped.message().content().priority()) {
                case URGENT -> retry.expiryUrgent();
                case NON_URGENT -> retry.expiryNonUrgent();
                default -> retry.expiryNormal();
            };
            clock.schedule(stamped.firstQueuedAt().plus(expiry), "expiry " + trace + " at " + context.server(),
                    () -> expire(trace, expiry));
        }
        runner.schedule(queue, queue.nextTry(clock.now()));
    }

    private void expire(String trace, Duration expiry) {
        for (MailQueue queue : queues.values()) {
            Optional<QueuedMessage> found = queue.find(trace);
            if (found.isPresent() && take(queue, found.get(), "expired after " + expiry)) {
                events.log(MtaEventLog.MESSAGE_EXPIRED, "Message " + trace + " expired on queue " + queue.name()
                        + " after " + expiry + " and will be returned to its sender.");
                bounce(found.get().message(), NdrCause.expired(expiry));
                return;
            }
        }
    }

    /** Removes a message from a queue for good (reroute, bounce, expiry); false if it had already left. */
    boolean take(MailQueue queue, QueuedMessage queued, String reason) {
        if (!queue.remove(queued)) {
            return false;
        }
        ledger.record((at, wall) -> new LedgerEvent.Dequeued(at, wall, queued.message().trace(), context.server(),
                queue.name(), reason));
        return true;
    }

    /** Writes the NDR record and event 290, and sends the NDR back unless the message is itself one. */
    void bounce(InboundMessage message, NdrCause cause) {
        String ndrTrace = message.isNdr() ? null : "ndr-" + message.trace();
        ledger.record((at, wall) -> new LedgerEvent.NdrGenerated(at, wall, message.trace(), context.server(),
                cause.status(), cause.reason().code() + " " + cause.reason().label(),
                cause.diagnostic().code() + " " + cause.diagnostic().label(), ndrTrace));
        events.log(MtaEventLog.NDR, "Non-delivery report for " + message.trace() + " to " + message.recipient()
                + ": status " + cause.status() + ", reason " + cause.reason().code() + " " + cause.reason().label()
                + ", diagnostic " + cause.diagnostic().code() + " " + cause.diagnostic().label() + ".");
        if (ndrTrace == null) {
            return;
        }
        Ndr ndr = wiring.ndrFactory().build(ndrTrace, message.trace(), message.envelopeFrom(), message.recipient(),
                cause, message.content().bytes(), clock.wallTime());
        ledger.record((at, wall) -> new LedgerEvent.Received(at, wall, ndrTrace, context.server(), null, "",
                ndr.envelopeTo(), 0, "ndr"));
        accept(new InboundMessage(ndrTrace, "", ndr.envelopeTo(), new RawMessage(ndr.bytes()), null, null));
    }

    Router router() {
        return router;
    }

    RoutingContext context() {
        return context;
    }

    MailQueue queue(String name) {
        return queues.get(name);
    }

    /** Whether this server's queue of that name waits out an open retry now (for the GWART). */
    public boolean waiting(String queueName) {
        MailQueue queue = queues.get(queueName);
        return queue != null && queue.waitingAt(clock.now());
    }

    /** What each queue holds now, sorted by name. */
    public List<MailQueue.QueueView> queues() {
        Duration now = clock.now();
        return queues.values().stream().map(q -> q.view(now)).sorted(Comparator.comparing(MailQueue.QueueView::name)).toList();
    }

    /** What left for the internet through this server. */
    public OutboundSink outbound() {
        return outbound;
    }

    @Override
    public void close() {
        runner.close();
    }
}
