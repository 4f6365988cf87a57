package org.intransit.mta;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.intransit.DaemonThreadFactory;
import org.intransit.clock.Activity;
import org.intransit.clock.ScenarioClock;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.ndr.NdrCause;
import org.intransit.scenario.RetrySettings;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferResult;

/**
 * Drains an MTA's queues: one run per queue at a time, on a worker thread holding an
 * {@link Activity} until its transfers are answered.
 *
 * <p>A run opens one association towards the next hop ({@link RunAssociation}) and sends from
 * the head over it, one message after another, until the queue is empty or a transfer fails;
 * then it releases the association. A failure to open an association (bind refused, peer
 * unreachable) is an <em>open</em> failure: it is logged (9318 for RPC with error 5 or 1722,
 * 9301 / 9302 for connectors), the queue waits the open retry interval, and for a connector every waiting message counts one attempt on it and is routed again at
 * once, so another connector can take it (the GWART's "fewest attempts"). Once the open retries
 * are used up the queue's messages are NDR'd if the settings say so, else they wait for expiry.
 * A transfer that breaks after the association opened is retried after the transfer interval,
 * and counts as an open failure once its transfer retries are used up.
 */
final class QueueRunner implements AutoCloseable {

    private final Mta mta;
    private final Ledger ledger;
    private final ScenarioClock clock;
    private final MtaWiring wiring;
    private final MtaEventLog events;
    /** How long an attempt waits for a peer that does not answer: TCP's usual connect timeout. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(75);

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;

    QueueRunner(Mta mta, Ledger ledger, MtaWiring wiring, MtaEventLog events) {
        this.mta = mta;
        this.ledger = ledger;
        this.clock = ledger.clock();
        this.wiring = wiring;
        this.events = events;
        this.workers = Executors.newFixedThreadPool(2, new DaemonThreadFactory("mta-" + mta.server()));
    }

    /** Puts a run of {@code queue} on the clock at {@code at} unless one is already pending. */
    void schedule(MailQueue queue, Duration at) {
        if (pending.add(queue.name())) {
            clock.schedule(at, "queue run " + mta.server() + "/" + queue.name(), () -> start(queue));
        }
    }

    private void start(MailQueue queue) {
        Activity activity = clock.begin("queue run " + mta.server() + "/" + queue.name());
        workers.execute(() -> {
            try (activity) {
                drain(queue);
            }
        });
    }

    private void drain(MailQueue queue) {
        NextHop hop = queue.nextHop();
        try (RunAssociation association = new RunAssociation(wiring.transports().get(hop.transport()))) {
            drain(queue, hop, association);
        }
    }

    private void drain(MailQueue queue, NextHop hop, RunAssociation association) {
        while (true) {
            QueuedMessage head = queue.peek().orElse(null);
            if (head == null) {
                pending.remove(queue.name());
                if (queue.peek().isEmpty() || !pending.add(queue.name())) {
                    return;
                }
                continue;
            }
            InboundMessage m = head.message();
            java.util.Optional<Duration> opens = hop.connector() == null ? java.util.Optional.of(clock.now())
                    : mta.context().connectors().get(hop.connector())
                            .flatMap(c -> ConnectorWindows.nextActive(c.schedule(), clock.now()));
            if (opens.isPresent() && opens.get().compareTo(clock.now()) > 0) {
                retryAt(queue, opens.get());
                return;
            }
            if (wiring.blackholed().test(hop)) {
                association.close();
                awaitConnectTimeout(queue, head);
                return;
            }
            Transfer transfer = new Transfer(m.trace(), m.envelopeFrom(), List.of(m.recipient()), List.of(), m.content().bytes());
            TransferResult result = wiring.addressOf().apply(hop)
                    .map((InetSocketAddress address) -> association.transfer(address, wiring.credentialsFor().apply(hop), transfer))
                    .orElseGet(() -> new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE,
                            hop.server() + " is not running"));
            if (result instanceof TransferResult.Accepted) {
                if (queue.remove(head)) {
                    queue.opened();
                    ledger.record((at, wall) -> new LedgerEvent.Transferred(at, wall, m.trace(), mta.server(), queue.name(),
                            hop.server(), hop.transport()));
                }
            } else if (result instanceof TransferResult.Rejected rejected && rejected.permanent()) {
                if (mta.take(queue, head, "refused by " + hop.server())) {
                    mta.bounce(m, NdrCause.refusedByNextHop(hop.server(), rejected.reason()));
                }
            } else if (result instanceof TransferResult.Rejected || result instanceof TransferResult.Broken) {
                transferFailed(queue, head, result);
                return;
            } else {
                openFailed(queue, head, result);
                return;
            }
        }
    }

    /**
     * A blackholed link never answers, and waiting for a peer that never answers is not in-flight
     * work: the attempt ends after {@link #CONNECT_TIMEOUT} of scenario time, as a clock task, so a
     * virtual clock moves on meanwhile instead of waiting on a socket.
     */
    private void awaitConnectTimeout(MailQueue queue, QueuedMessage head) {
        NextHop hop = queue.nextHop();
        clock.scheduleAfter(CONNECT_TIMEOUT, "connect timeout " + mta.server() + "/" + queue.name(), () -> {
            QueuedMessage current = queue.find(head.message().trace()).orElse(null);
            if (current == null) {
                retryAt(queue, clock.now());
                return;
            }
            openFailed(queue, current, new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE,
                    "no answer from " + hop.server() + " within " + CONNECT_TIMEOUT + " (the link swallows traffic)"));
        });
    }

    private void transferFailed(MailQueue queue, QueuedMessage head, TransferResult result) {
        RetrySettings retry = wiring.retryFor().apply(queue.nextHop());
        String reason = describe(result);
        ledger.record((at, wall) -> new LedgerEvent.TransferFailed(at, wall, head.message().trace(), mta.server(),
                queue.name(), reason));
        QueuedMessage counted = head.transferBroke();
        queue.replace(head, counted);
        events.log(MtaEventLog.TRANSFER_FAILED, "Transfer of " + head.message().trace() + " to " + queue.nextHop().server()
                + " failed: " + reason);
        if (counted.transferFailures() > retry.transferCount()) {
            openFailed(queue, counted, result);
            return;
        }
        retryAt(queue, clock.now().plus(retry.transferInterval()));
    }

    private void openFailed(MailQueue queue, QueuedMessage head, TransferResult result) {
        NextHop hop = queue.nextHop();
        RetrySettings retry = wiring.retryFor().apply(hop);
        String reason = describe(result);
        ledger.record((at, wall) -> new LedgerEvent.TransferFailed(at, wall, head.message().trace(), mta.server(),
                queue.name(), reason));
        events.log(eventId(hop, result), openFailureText(hop, result));
        Duration next = clock.now().plus(retry.openInterval());
        int failures = queue.openFailed(next);
        if (hop.connector() != null) {
            for (QueuedMessage queued : queue.contents()) {
                QueuedMessage counted = queued.failedOn(hop.connector());
                if (mta.take(queue, queued, "rerouted after " + hop.connector() + " failed")) {
                    mta.reroute(counted);
                }
            }
        } else if (failures > retry.openCount()) {
            if (failures == retry.openCount() + 1) {
                events.log(MtaEventLog.OPEN_RETRIES_EXHAUSTED, "Queue " + queue.name() + " used its " + retry.openCount()
                        + " open retries." + (retry.ndrWhenOpenRetriesExhausted() ? " Its messages are returned." : ""));
            }
            if (retry.ndrWhenOpenRetriesExhausted()) {
                for (QueuedMessage queued : queue.contents()) {
                    if (mta.take(queue, queued, "open retries exhausted")) {
                        mta.bounce(queued.message(), NdrCause.connectorExhausted(queue.name(), failures));
                    }
                }
            }
        }
        retryAt(queue, next);
    }

    /** Keeps the run pending and schedules it again, or lets it go when the queue emptied. */
    private void retryAt(MailQueue queue, Duration at) {
        if (queue.depth() == 0) {
            pending.remove(queue.name());
            return;
        }
        clock.schedule(at, "queue retry " + mta.server() + "/" + queue.name(), () -> start(queue));
    }

    private static int eventId(NextHop hop, TransferResult result) {
        boolean refused = result instanceof TransferResult.BindRefused;
        if (hop.transport().equals("rpc")) {
            return MtaEventLog.RPC_BIND_FAILED;
        }
        return refused ? MtaEventLog.X400_BIND_REFUSED : MtaEventLog.CONNECTOR_UNREACHABLE;
    }

    private String openFailureText(NextHop hop, TransferResult result) {
        if (hop.transport().equals("rpc")) {
            int error = result instanceof TransferResult.BindRefused b ? b.error()
                    : result instanceof TransferResult.Unreachable u ? u.error() : TransferResult.ERROR_SERVER_UNAVAILABLE;
            return "An RPC communications error occurred. Unable to bind over RPC to " + hop.server()
                    + " (queue " + hop.server() + "). Windows/MTA error code: " + error + ". " + describe(result);
        }
        return "Unable to open an association over " + (hop.connector() == null ? hop.transport() : "connector " + hop.connector())
                + " to " + hop.server() + ": " + describe(result);
    }

    private static String describe(TransferResult result) {
        if (result instanceof TransferResult.BindRefused b) {
            return "bind refused (" + b.error() + "): " + b.reason();
        } else if (result instanceof TransferResult.Unreachable u) {
            return "unreachable (" + u.error() + "): " + u.reason();
        } else if (result instanceof TransferResult.Rejected r) {
            return (r.permanent() ? "refused: " : "deferred: ") + r.reason();
        } else if (result instanceof TransferResult.Broken b) {
            return "connection broke: " + b.reason();
        }
        return result.toString();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
