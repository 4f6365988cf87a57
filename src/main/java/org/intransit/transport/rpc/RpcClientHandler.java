package org.intransit.transport.rpc;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.EncoderException;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.intransit.transport.TransferResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caller's side of one connection of an {@link RpcAssociation}, driving its calls one at a
 * time: {@code Bind} when the connection opens (for the first call), {@code Transfer} once
 * bound, the next call's {@code Transfer} after the answer, {@code Unbind} and close when the
 * association ends ({@link #release}).
 *
 * <p>Each call's deadline is enforced here, on the event loop, so the phase it reads is the one
 * the answers see: the first call's starts when the channel registers (before the connect), a
 * later call's when it is handed over ({@link #next}). All fields are touched on the event loop
 * only. Any answer out of order, or any PDU while no call is in flight, is a protocol error and
 * ends the connection like a lost one.
 */
final class RpcClientHandler extends SimpleChannelInboundHandler<RpcPdu> {

    private static final Logger LOG = LoggerFactory.getLogger(RpcClientHandler.class);

    private ChannelHandlerContext ctx;
    private RpcCall call;
    private ScheduledFuture<?> deadline;
    private boolean bound;

    /** @param first the call that opens the connection: it binds, then transfers */
    RpcClientHandler(RpcCall first) {
        this.call = first;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        startDeadline(call);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    /** Hands over the next call of a bound connection; must run on the channel's event loop. */
    void next(RpcCall next) {
        if (!ctx.channel().isActive() || !bound || call != null) {
            next.closedBeforeStart();
            return;
        }
        call = next;
        startDeadline(next);
        next.enter(RpcCall.Phase.BOUND);
        sendTransfer(next);
    }

    /** Unbinds and closes once no call is in flight; must run on the channel's event loop. */
    void release() {
        if (bound && call == null && ctx.channel().isActive()) {
            ctx.writeAndFlush(new RpcPdu.Unbind()).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }

    private void startDeadline(RpcCall started) {
        deadline = ctx.executor().schedule(() -> {
            if (call == started) {
                started.lost("no answer within " + started.timeout());
                ctx.close();
            }
        }, started.timeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        call.enter(RpcCall.Phase.BINDING);
        ctx.writeAndFlush(call.bind()).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RpcPdu pdu) {
        RpcCall current = call;
        RpcCall.Phase phase = current == null ? null : current.phase();
        if (phase == RpcCall.Phase.BINDING && pdu instanceof RpcPdu.BindAck) {
            bound = true;
            current.enter(RpcCall.Phase.BOUND);
            sendTransfer(current);
        } else if (phase == RpcCall.Phase.BINDING && pdu instanceof RpcPdu.BindNak nak) {
            finish(new TransferResult.BindRefused(nak.error(), nak.reason()));
            ctx.close();
        } else if (isTransferring(phase) && pdu instanceof RpcPdu.TransferAck) {
            finish(new TransferResult.Accepted());
        } else if (isTransferring(phase) && pdu instanceof RpcPdu.TransferNak nak) {
            finish(new TransferResult.Rejected(nak.permanent(), nak.reason()));
        } else {
            LOG.debug("closing {}: unexpected {} while {}", ctx.channel(), pdu, phase == null ? "idle" : phase);
            if (current != null) {
                current.lost("protocol error: unexpected " + pdu.getClass().getSimpleName());
            }
            ctx.close();
        }
    }

    private static boolean isTransferring(RpcCall.Phase phase) {
        return phase == RpcCall.Phase.BOUND || phase == RpcCall.Phase.SENT;
    }

    private void sendTransfer(RpcCall sending) {
        ctx.writeAndFlush(sending.transfer()).addListener(written -> {
            if (written.isSuccess()) {
                sending.enter(RpcCall.Phase.SENT);
            } else if (written.cause() instanceof EncoderException tooLarge && call == sending) {
                finish(new TransferResult.Rejected(true, tooLarge.getMessage()));
            } else {
                ctx.close();
            }
        });
    }

    /** Settles the call in flight and leaves the connection ready for the next one. */
    private void finish(TransferResult result) {
        call.settle(result);
        call = null;
        deadline.cancel(false);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (call != null) {
            call.lost("connection closed");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing {}: {}", ctx.channel(), cause.toString());
        ctx.close();
    }
}
