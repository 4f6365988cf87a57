package org.intransit.fabric;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * The target side of a proxied connection: once connected it reads the target's first chunk,
 * relays the target's chunks to the client one at a time, and closes the client side when the
 * target goes away.
 */
final class ProxyBackendHandler extends ChannelInboundHandlerAdapter {

    private final ProxyConnection connection;

    ProxyBackendHandler(ProxyConnection connection) {
        this.connection = connection;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.read();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        connection.toFrontend(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.backendClosed();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
