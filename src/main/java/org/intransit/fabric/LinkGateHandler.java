package org.intransit.fabric;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The link's fault gate on one side of a connection, between the socket and the relay. For each
 * chunk just read:
 *
 * <ul>
 *   <li>connection marked for reset: drop the chunk and reset both sides (RST);
 *   <li>link blackholed: hold the chunk, and swallow read requests so nothing more is read;
 *   <li>otherwise: pass it on.
 * </ul>
 *
 * When the link leaves BLACKHOLE, {@link ProxyConnection#resume} fires {@link Signal#RESUME}: the
 * held chunk goes through the same checks and reading restarts. With AUTO_READ off at most one
 * chunk is held per side, because a held chunk is never relayed, so never asks for the next.
 */
final class LinkGateHandler extends ChannelDuplexHandler {

    /** User events fired into the pipeline by {@link ProxyConnection}. */
    enum Signal { RESUME }

    private final ProxyConnection connection;
    private final Queue<Object> held = new ArrayDeque<>();
    private boolean readWanted;

    LinkGateHandler(ProxyConnection connection) {
        this.connection = connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (connection.blackholed() || !held.isEmpty()) {
            held.add(msg);
        } else {
            pass(ctx, msg);
        }
    }

    @Override
    public void read(ChannelHandlerContext ctx) {
        if (connection.blackholed()) {
            readWanted = true;
        } else {
            ctx.read();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt != Signal.RESUME) {
            ctx.fireUserEventTriggered(evt);
            return;
        }
        if (connection.blackholed()) {
            return;
        }
        while (!held.isEmpty() && ctx.channel().isOpen()) {
            pass(ctx, held.poll());
        }
        if (readWanted) {
            readWanted = false;
            ctx.read();
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        held.forEach(ReferenceCountUtil::release);
        held.clear();
    }

    private void pass(ChannelHandlerContext ctx, Object msg) {
        if (connection.resetPending()) {
            ReferenceCountUtil.release(msg);
            connection.reset();
        } else {
            ctx.fireChannelRead(msg);
        }
    }
}
