package org.intransit.transport.x400;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Optional;
import org.intransit.transport.ProtocolViolation;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The responder's side of one association, at the top of the pipeline:
 *
 * <pre>
 * AWAITING_CR   --CR-->          CC                          → AWAITING_BIND
 * AWAITING_BIND --BindRequest--> BindResult                  → BOUND
 *                                | BindError, DR, close
 * BOUND         --Envelope-->    receiver.receive(..), then TransferAck | TransferNak
 *               --Release-->     DR, close
 * any           --DR-->          close
 * after CC      --DT too long--> ER, close (reported)
 * any           --other-->       close (reported)
 * </pre>
 *
 * The receiver runs <em>before</em> the answer is written, so whatever it schedules is on the
 * scenario clock before the caller hears "accepted". An envelope of an unknown content type, or
 * without a recipient, is answered with a permanent TransferNak and never reaches the receiver.
 * Anything out of order (a {@link ProtocolViolation}, e.g. {@code unexpected TransferEnvelope
 * before bind}) and every decoding error from the codecs below goes up, once, to the
 * {@code ConnectionWatchHandler} above, which reports it and closes this connection; a DT over
 * the negotiated TPDU size is first answered with ER (reject cause 0x00, quoting the DT's LI and code).
 * The server keeps serving the others.
 */
final class X400ServerHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(X400ServerHandler.class);

    private enum State { AWAITING_CR, AWAITING_BIND, BOUND, CLOSING }

    private final String localMtaName;
    private final X400BindPolicy policy;
    private final TransferReceiver receiver;
    private final int localRef;
    private State state = State.AWAITING_CR;
    private int peerRef;
    private String callingMtaName;

    X400ServerHandler(String localMtaName, X400BindPolicy policy, TransferReceiver receiver, int localRef) {
        this.localMtaName = localMtaName;
        this.policy = policy;
        this.receiver = receiver;
        this.localRef = localRef;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Tpdu.ConnectionRequest cr && state == State.AWAITING_CR) {
            peerRef = cr.sourceRef();
            state = State.AWAITING_BIND;
            ctx.writeAndFlush(new Tpdu.ConnectionConfirm(peerRef, localRef, cr.size().atMost(TpduSize.CLASS_0_MAX)));
        } else if (msg instanceof MtaPdu.BindRequest bind && state == State.AWAITING_BIND) {
            bind(ctx, bind);
        } else if (msg instanceof MtaPdu.TransferEnvelope envelope && state == State.BOUND) {
            ctx.writeAndFlush(deliver(envelope));
        } else if (msg instanceof MtaPdu.Release && state == State.BOUND) {
            disconnect(ctx);
        } else if (msg instanceof Tpdu.DisconnectRequest) {
            state = State.CLOSING;
            ctx.close();
        } else if (state != State.CLOSING) {
            exceptionCaught(ctx, new ProtocolViolation("unexpected " + name(msg) + " " + where()));
        }
    }

    /** What reaches this handler out of order: a CR or CC (a DR is handled, DTs are joined below), or an MTA PDU. */
    private static String name(Object msg) {
        return msg instanceof Tpdu.ConnectionRequest ? "CR"
                : msg instanceof Tpdu.ConnectionConfirm ? "CC"
                : msg.getClass().getSimpleName();
    }

    private String where() {
        return switch (state) {
            case AWAITING_CR -> "before CR";
            case AWAITING_BIND -> "before bind";
            case BOUND, CLOSING -> "after bind";
        };
    }

    private void bind(ChannelHandlerContext ctx, MtaPdu.BindRequest bind) {
        Optional<String> refusal;
        try {
            refusal = policy.refuse(bind.callingMtaName(), bind.password());
        } catch (RuntimeException e) {
            LOG.warn("bind policy of {} failed for calling MTA {}", localMtaName, bind.callingMtaName(), e);
            refusal = Optional.of("the responding MTA could not check the bind");
        }
        if (refusal.isPresent()) {
            LOG.debug("{} refused the bind of {}: {}", localMtaName, bind.callingMtaName(), refusal.get());
            ctx.write(new MtaPdu.BindError(refusal.get()));
            disconnect(ctx);
            return;
        }
        callingMtaName = bind.callingMtaName();
        state = State.BOUND;
        ctx.writeAndFlush(new MtaPdu.BindResult(localMtaName));
    }

    private MtaPdu deliver(MtaPdu.TransferEnvelope envelope) {
        String id = envelope.mtsIdentifier();
        String type = envelope.contentType();
        if (!MtaPdu.TransferEnvelope.CONTENT_RFC822.equals(type) && !MtaPdu.TransferEnvelope.CONTENT_P22.equals(type)) {
            return new MtaPdu.TransferNak(id, true, "conversion-not-performed: content type " + type + " not supported");
        }
        if (envelope.recipients().isEmpty()) {
            // nothing the receiver could take responsibility for: an ack would promise a delivery that never happens
            return new MtaPdu.TransferNak(id, true, "malformed envelope: no recipient");
        }
        Transfer transfer = envelope.toTransfer();
        TransferReceiver.Refusal refusal;
        try {
            refusal = receiver.receive(callingMtaName, transfer);
        } catch (RuntimeException e) {
            LOG.warn("{} failed to take {} from {}", localMtaName, transfer.trace(), callingMtaName, e);
            refusal = new TransferReceiver.Refusal(false, "transfer-failure: the responding MTA failed: " + e);
        }
        return refusal == null ? new MtaPdu.TransferAck(id) : new MtaPdu.TransferNak(id, refusal.permanent(), refusal.reason());
    }

    private void disconnect(ChannelHandlerContext ctx) {
        state = State.CLOSING;
        ctx.writeAndFlush(new Tpdu.DisconnectRequest(peerRef, localRef, Tpdu.REASON_NORMAL))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /**
     * Passes the first problem up to the watch, which reports it and closes; anything after that
     * is the noise of a connection already closing. A DT over the negotiated size on an open
     * transport connection is answered with ER first, as class 0 prescribes.
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (state == State.CLOSING) {
            LOG.debug("{} closing already: {}", ctx.channel().remoteAddress(), cause.toString());
            return;
        }
        boolean connected = state != State.AWAITING_CR;
        state = State.CLOSING;
        if (cause instanceof OversizedTpduException oversized && connected) {
            ctx.writeAndFlush(new Tpdu.TpduError(peerRef, Tpdu.REJECT_NOT_SPECIFIED, oversized.rejectedHeader()))
                    .addListener(written -> ctx.fireExceptionCaught(cause));
        } else {
            ctx.fireExceptionCaught(cause);
        }
    }
}
