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
 * The caller's side of one association, driving one {@link RpcCall}: {@code Bind} when the
 * connection opens, {@code Transfer} on {@code BindAck}, {@code Unbind} and close on the answer.
 *
 * <p>The call's deadline starts when the channel registers (before the connect) and is enforced
 * here, on the event loop, so the phase it reads is the one the answers see. Any answer out of
 * order is a protocol error and ends the association like a lost connection.
 */
final class RpcClientHandler extends SimpleChannelInboundHandler<RpcPdu> {

    private static final Logger LOG = LoggerFactory.getLogger(RpcClientHandler.class);

    private final RpcCall call;
    private ScheduledFuture<?> deadline;

    RpcClientHandler(RpcCall call) {
        this.call = call;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        deadline = ctx.executor().schedule(() -> {
            call.lost("no answer within " + call.timeout());
            ctx.close();
        }, call.timeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        deadline.cancel(false);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        call.enter(RpcCall.Phase.BINDING);
        ctx.writeAndFlush(call.bind()).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RpcPdu pdu) {
        boolean binding = call.phase() == RpcCall.Phase.BINDING;
        if (binding && pdu instanceof RpcPdu.BindAck) {
            call.enter(RpcCall.Phase.BOUND);
            ctx.writeAndFlush(call.transfer()).addListener(written -> {
                if (written.isSuccess()) {
                    call.enter(RpcCall.Phase.SENT);
                } else if (written.cause() instanceof EncoderException tooLarge) {
                    finish(ctx, new TransferResult.Rejected(true, tooLarge.getMessage()));
                } else {
                    ctx.close();
                }
            });
        } else if (binding && pdu instanceof RpcPdu.BindNak nak) {
            call.settle(new TransferResult.BindRefused(nak.error(), nak.reason()));
            ctx.close();
        } else if (!binding && pdu instanceof RpcPdu.TransferAck) {
            finish(ctx, new TransferResult.Accepted());
        } else if (!binding && pdu instanceof RpcPdu.TransferNak nak) {
            finish(ctx, new TransferResult.Rejected(nak.permanent(), nak.reason()));
        } else {
            LOG.debug("closing {}: unexpected {} while {}", ctx.channel(), pdu, call.phase());
            call.lost("protocol error: unexpected " + pdu.getClass().getSimpleName());
            ctx.close();
        }
    }

    private void finish(ChannelHandlerContext ctx, TransferResult result) {
        call.settle(result);
        ctx.writeAndFlush(new RpcPdu.Unbind()).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        call.lost("connection closed");
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing {}: {}", ctx.channel(), cause.toString());
        ctx.close();
    }
}
