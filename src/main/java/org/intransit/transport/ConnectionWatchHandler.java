package org.intransit.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of an RPC or X.400 listener's pipeline: every exception that reaches the top
 * ends the connection here, and the listener's {@link DroppedConnections} hears why, once per
 * connection.
 *
 * <pre>
 *  idleTimer (first) ── ReadTimeoutException ──┐
 *  frame decoder, codecs ── DecoderException ──┤
 *  dialogue handler ── ProtocolViolation ──────┤
 *  frame decoder ── UnfinishedFrame (event) ───┴──► watch: report, close
 * </pre>
 *
 * A {@link ReadTimeoutException} from the {@linkplain #idleTimer idle timer} is an
 * {@link DroppedConnection.IdleTimeout}; an {@link IOException} (the peer reset the connection)
 * is the peer's doing and only logged; anything else is a {@link DroppedConnection.ProtocolError}
 * whose reason is the exception's message (decoders and dialogue handlers name fields, lengths
 * and states, never values). One instance per connection: it remembers the peer and whether it
 * has reported.
 *
 * <p>When the peer closes its side, the watch closes the connection, as Netty would by itself:
 * it turns on half-closure when added so that the frame decoders see the end of input first
 * ({@code ByteToMessageDecoder.decodeLast}) and fire an {@link UnfinishedFrame} if the peer quit
 * inside a frame, which is reported as a protocol error before the socket closes. So is a frame
 * cut by a peer's reset. A peer that closes between frames leaves no report, nor does a frame
 * left unfinished when the listener closes the connection itself (an idle timeout already
 * reported, or the server shutting down).
 */
public final class ConnectionWatchHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWatchHandler.class);

    private final String transport;
    private final ConnectionWatch watch;
    private String peer;
    private boolean reported;
    private boolean peerReset;

    /** @param transport {@code rpc} or {@code x400} */
    public ConnectionWatchHandler(String transport, ConnectionWatch watch) {
        this.transport = transport;
        this.watch = watch;
    }

    /** The first handler of the pipeline: raises a {@link ReadTimeoutException} after {@code watch.idleTimeout()} without a byte. */
    public static ReadTimeoutHandler idleTimer(ConnectionWatch watch) {
        return new ReadTimeoutHandler(watch.idleTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        ctx.channel().config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof UnfinishedFrame unfinished && !reported && (ctx.channel().isActive() || peerReset)) {
            reported = true;
            report(new DroppedConnection.ProtocolError(transport, peer(ctx), unfinished.reason()));
        } else if (event instanceof ChannelInputShutdownEvent) {
            ctx.close();
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        peer = DroppedConnection.describe(ctx.channel().remoteAddress());
        ctx.fireChannelActive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            peerReset = true;
            LOG.debug("{} connection from {} failed: {}", transport, peer(ctx), cause.toString());
        } else if (!reported) {
            reported = true;
            report(cause instanceof ReadTimeoutException
                    ? new DroppedConnection.IdleTimeout(transport, peer(ctx), watch.idleTimeout())
                    : new DroppedConnection.ProtocolError(transport, peer(ctx), reasonOf(cause)));
        }
        ctx.close();
    }

    private void report(DroppedConnection drop) {
        LOG.debug("closing {}", drop);
        try {
            watch.drops().dropped(drop);
        } catch (RuntimeException e) {
            LOG.warn("reporting {} failed", drop, e);
        }
    }

    private String peer(ChannelHandlerContext ctx) {
        return peer != null ? peer : DroppedConnection.describe(ctx.channel().remoteAddress());
    }

    /** The decoder's own words: a {@link DecoderException} wrapping another exception speaks for it. */
    static String reasonOf(Throwable cause) {
        Throwable said = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        String message = said.getMessage();
        return message == null || message.isBlank() ? said.getClass().getSimpleName() : message;
    }
}
