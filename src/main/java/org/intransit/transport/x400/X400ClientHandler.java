package org.intransit.transport.x400;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.intransit.transport.TransferResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caller's side of one connection of an {@link X400Association}, carrying its envelopes one
 * at a time:
 *
 * <pre>
 * active       → CR                                   (CONNECTING → AWAITING_CC)
 * CC           → BindRequest                          (→ BINDING)
 * BindResult   → TransferEnvelope                     (→ TRANSFERRING)
 * BindError    ⇒ BindRefused; wait for DR/close       (→ RELEASING)
 * TransferAck  ⇒ Accepted                             (→ IDLE)
 * TransferNak  ⇒ Rejected                             (→ IDLE)
 * {@link #send} → TransferEnvelope                    (IDLE → TRANSFERRING)
 * {@link #release} → Release                          (IDLE → RELEASING)
 * DR           → close
 * </pre>
 *
 * Each outcome is known as soon as its answer arrives; the release only tidies up. A connection
 * that ends, or an answer that does not come, before the bind is answered or while idle is
 * {@code Unreachable(1722)}; after an envelope went out it is {@code Broken}, since the peer may
 * hold the message. Each transfer's outcome completes exactly once and never exceptionally; it
 * may be completed from the caller's thread ({@link #abandon}) as well as the I/O thread.
 */
final class X400ClientHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(X400ClientHandler.class);

    private enum Phase { CONNECTING, AWAITING_CC, BINDING, TRANSFERRING, IDLE, RELEASING }

    private final InetSocketAddress target;
    private final MtaPdu.BindRequest bind;
    private final int localRef;
    private volatile MtaPdu.TransferEnvelope envelope;
    private volatile CompletableFuture<TransferResult> outcome = new CompletableFuture<>();
    private volatile Phase phase = Phase.CONNECTING;
    private volatile String problem = "connection closed";
    private ChannelHandlerContext ctx;

    /** @param first the envelope sent once the bind is accepted */
    X400ClientHandler(InetSocketAddress target, MtaPdu.BindRequest bind, MtaPdu.TransferEnvelope first, int localRef) {
        this.target = target;
        this.bind = bind;
        this.envelope = first;
        this.localRef = localRef;
    }

    /** The outcome of the transfer in flight (the first one until {@link #send} starts another). */
    CompletableFuture<TransferResult> outcome() {
        return outcome;
    }

    void connectFailed(Throwable cause) {
        outcome.complete(new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE,
                "cannot connect to X.400 peer " + target + ": " + cause.getMessage()));
    }

    /** Gives up on {@code waited} (timeout, interrupt): the result the current phase stands for. */
    TransferResult abandon(CompletableFuture<TransferResult> waited, String why) {
        waited.complete(resultFor(why));
        return waited.join();
    }

    /**
     * Sends the next envelope of a bound, idle association; must run on the channel's event loop.
     * When the connection is no longer idle and open it sends nothing, sets {@code stale} and
     * completes {@code nextOutcome} as unreachable: the caller opens a new connection for it.
     */
    void send(MtaPdu.TransferEnvelope next, CompletableFuture<TransferResult> nextOutcome, AtomicBoolean stale) {
        if (phase != Phase.IDLE || !ctx.channel().isActive()) {
            stale.set(true);
            nextOutcome.complete(new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE,
                    "X.400 association to " + target + " closed while idle"));
            return;
        }
        envelope = next;
        outcome = nextOutcome;
        phase = Phase.TRANSFERRING;
        ctx.writeAndFlush(next);
    }

    /** Sends Release when idle (the responder answers DR and closes); else closes; on the event loop. */
    void release() {
        if (phase == Phase.IDLE && ctx.channel().isActive()) {
            phase = Phase.RELEASING;
            ctx.writeAndFlush(new MtaPdu.Release());
        } else {
            phase = Phase.RELEASING;
            ctx.close();
        }
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        phase = Phase.AWAITING_CC;
        ctx.writeAndFlush(new Tpdu.ConnectionRequest(localRef, TpduSize.CLASS_0_MAX));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Tpdu.ConnectionConfirm && phase == Phase.AWAITING_CC) {
            phase = Phase.BINDING;
            ctx.writeAndFlush(bind);
        } else if (msg instanceof MtaPdu.BindResult && phase == Phase.BINDING) {
            phase = Phase.TRANSFERRING;
            ctx.writeAndFlush(envelope);
        } else if (msg instanceof MtaPdu.BindError error && phase == Phase.BINDING) {
            phase = Phase.RELEASING;
            outcome.complete(new TransferResult.BindRefused(X400Client.AUTHENTICATION_ERROR,
                    "X.400 bind of MTA " + bind.callingMtaName() + " refused by " + target + ": " + scrub(error.reason())));
        } else if (msg instanceof MtaPdu.TransferAck ack && phase == Phase.TRANSFERRING
                && ack.mtsIdentifier().equals(envelope.mtsIdentifier())) {
            answered(new TransferResult.Accepted());
        } else if (msg instanceof MtaPdu.TransferNak nak && phase == Phase.TRANSFERRING
                && nak.mtsIdentifier().equals(envelope.mtsIdentifier())) {
            answered(new TransferResult.Rejected(nak.permanent(), nak.reason()));
        } else if (msg instanceof Tpdu.DisconnectRequest dr) {
            problem = String.format("peer sent DR (reason 0x%02x)", dr.reason());
            ctx.close();
        } else {
            problem = "unexpected " + msg + " while " + phase;
            LOG.debug("closing association to {}: {}", target, problem);
            ctx.close();
        }
    }

    private void answered(TransferResult result) {
        phase = Phase.IDLE;
        outcome.complete(result);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        outcome.complete(resultFor(problem));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        problem = cause.toString();
        LOG.debug("closing association to {}: {}", target, problem);
        ctx.close();
    }

    private TransferResult resultFor(String why) {
        return switch (phase) {
            case CONNECTING, AWAITING_CC, BINDING, IDLE -> new TransferResult.Unreachable(
                    TransferResult.ERROR_SERVER_UNAVAILABLE, "X.400 peer " + target + " gave no association (" + phase
                    + "): " + why);
            case TRANSFERRING, RELEASING -> new TransferResult.Broken(
                    "X.400 association to " + target + " lost after the envelope was sent: " + why);
        };
    }

    private String scrub(String reason) {
        return bind.password().isEmpty() ? reason : reason.replace(bind.password(), "***");
    }
}
