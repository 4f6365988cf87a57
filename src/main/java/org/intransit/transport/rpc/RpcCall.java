package org.intransit.transport.rpc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.intransit.transport.TransferResult;

/**
 * One transfer of an {@link RpcAssociation} in flight: what to send, how far it got, and its
 * outcome.
 *
 * <p>The phase decides what a lost connection or a timeout means. Until the transfer PDU is
 * fully written the peer cannot hold the message: {@code Unreachable(1722)}. Once it is, the
 * peer may: {@code Broken}. Phases move only on the channel's event loop, in order
 * {@code CONNECTING → BINDING → BOUND → SENT} for the first transfer of a connection and
 * {@code BOUND → SENT} for the next ones; the first outcome settled wins. A call that found its
 * bound connection already closed before writing anything is {@link #stale()}: the association
 * opens a new connection for it.
 */
final class RpcCall {

    enum Phase { CONNECTING, BINDING, BOUND, SENT }

    /** How long the caller waits past the deadline for an event loop that may be gone. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final RpcPdu.Bind bind;
    private final RpcPdu.Transfer transfer;
    private final Duration timeout;
    private final CompletableFuture<TransferResult> outcome = new CompletableFuture<>();
    private volatile Phase phase = Phase.CONNECTING;
    private volatile boolean stale;

    RpcCall(RpcPdu.Bind bind, RpcPdu.Transfer transfer, Duration timeout) {
        this.bind = bind;
        this.transfer = transfer;
        this.timeout = timeout;
    }

    RpcPdu.Bind bind() {
        return bind;
    }

    RpcPdu.Transfer transfer() {
        return transfer;
    }

    /** The wall time the whole call may take, connect included. */
    Duration timeout() {
        return timeout;
    }

    Phase phase() {
        return phase;
    }

    void enter(Phase next) {
        phase = next;
    }

    void settle(TransferResult result) {
        outcome.complete(result);
    }

    /** The bound connection was closed before this call wrote anything: nothing of it went out. */
    void closedBeforeStart() {
        stale = true;
        lost("connection closed while idle");
    }

    boolean stale() {
        return stale;
    }

    /** Settles with what an interruption of the association means in the current phase. */
    void lost(String why) {
        Phase now = phase;
        if (now == Phase.SENT) {
            settle(new TransferResult.Broken(why + " after the transfer was sent"));
        } else {
            String when = now == Phase.BOUND ? " before the transfer was sent" : " before the bind was answered";
            settle(new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE, why + when));
        }
    }

    /**
     * Blocks until settled. The event loop settles by the deadline; if it cannot (shut down
     * under us) or the caller is interrupted, the call settles from here by the current phase.
     */
    TransferResult await() {
        try {
            return outcome.get(timeout.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lost("interrupted");
        } catch (TimeoutException e) {
            lost("no event loop answered within " + timeout.plus(GRACE));
        } catch (ExecutionException e) {
            throw new IllegalStateException("an RPC call is never completed exceptionally", e);
        }
        return outcome.join();
    }
}
