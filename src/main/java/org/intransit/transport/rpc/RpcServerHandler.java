package org.intransit.transport.rpc;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.function.Supplier;
import org.intransit.transport.ProtocolViolation;
import org.intransit.transport.TransferReceiver;
import org.intransit.transport.TransferResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callee's side of one association: checks the bind, hands each transfer to the server's
 * {@link TransferReceiver} and answers. One instance per connection (it remembers who bound).
 *
 * <p>A bind is trusted when its account equals {@code serviceAccount.get()} at that moment, so a
 * scenario that changes the account mid-run is obeyed from the next bind on. A refused bind (or a
 * transfer before any bind) is answered {@code BindNak(5, ...)} and the connection stays open,
 * unbound: the caller may bind again, as an MTA retrying with an override account would.
 *
 * <p>The receiver runs on the channel's event loop and its answer is written only after it
 * returns: that order is what keeps the virtual clock honest. {@link TransferReceiver} promises
 * not to block for long, so no separate executor is used; a receiver that throws is answered
 * with a temporary {@code TransferNak}, leaving the message with the sender.
 *
 * <p>An answer PDU from the caller ({@code BindAck}, {@code TransferNak}, ...) is a protocol error:
 * it goes up as a {@link ProtocolViolation}, as decoding errors do, to the
 * {@code ConnectionWatchHandler} above, which reports and closes the connection.
 *
 * <p>The wire can carry a {@code null} string and an empty list, but a transfer without a trace
 * id, without an originator or without a recipient is nothing the receiver could account for:
 * it is answered with a permanent {@code TransferNak} and never reaches the receiver.
 */
final class RpcServerHandler extends SimpleChannelInboundHandler<RpcPdu> {

    private static final Logger LOG = LoggerFactory.getLogger(RpcServerHandler.class);

    private final String serverName;
    private final Supplier<String> serviceAccount;
    private final TransferReceiver receiver;
    private String boundCaller;

    RpcServerHandler(String serverName, Supplier<String> serviceAccount, TransferReceiver receiver) {
        this.serverName = serverName;
        this.serviceAccount = serviceAccount;
        this.receiver = receiver;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RpcPdu pdu) {
        if (pdu instanceof RpcPdu.Bind bind) {
            reply(ctx, bind(bind));
        } else if (pdu instanceof RpcPdu.Transfer transfer) {
            reply(ctx, boundCaller == null
                    ? new RpcPdu.BindNak(TransferResult.ERROR_ACCESS_DENIED, "access denied: transfer before bind")
                    : receive(transfer));
        } else if (pdu instanceof RpcPdu.Unbind) {
            ctx.close();
        } else {
            ctx.fireExceptionCaught(new ProtocolViolation("unexpected " + pdu.getClass().getSimpleName()
                    + " from a caller"));
        }
    }

    private RpcPdu bind(RpcPdu.Bind bind) {
        String trusted = serviceAccount.get();
        if (trusted != null && trusted.equals(bind.account())) {
            boundCaller = bind.callerServer();
            return new RpcPdu.BindAck();
        }
        boundCaller = null;
        return new RpcPdu.BindNak(TransferResult.ERROR_ACCESS_DENIED,
                "access denied: the presented service account is not trusted by " + serverName);
    }

    private RpcPdu receive(RpcPdu.Transfer transfer) {
        String malformed = transfer.trace() == null ? "no trace id"
                : transfer.originator() == null ? "no originator"
                : transfer.recipients().isEmpty() ? "no recipient"
                : null;
        if (malformed != null) {
            LOG.debug("{}: refusing a transfer from {} with {}", serverName, boundCaller, malformed);
            return new RpcPdu.TransferNak(true, "malformed transfer: " + malformed);
        }
        TransferReceiver.Refusal refusal;
        try {
            refusal = receiver.receive(boundCaller, transfer.toTransfer());
        } catch (RuntimeException e) {
            LOG.warn("{}: the receiver failed on {}", serverName, transfer.trace(), e);
            return new RpcPdu.TransferNak(false, "receiver failed: " + e);
        }
        return refusal == null
                ? new RpcPdu.TransferAck()
                : new RpcPdu.TransferNak(refusal.permanent(), refusal.reason());
    }

    private static void reply(ChannelHandlerContext ctx, RpcPdu answer) {
        ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }
}
