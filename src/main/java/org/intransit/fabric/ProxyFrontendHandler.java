package org.intransit.fabric;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * The client side of a proxied connection: on accept it dials the target (through
 * {@link ProxyConnection#open}); afterwards it relays the client's chunks to the target, one at a
 * time, and closes the target side when the client goes away.
 */
final class ProxyFrontendHandler extends ChannelInboundHandlerAdapter {

    private final ProxyConnection connection;

    ProxyFrontendHandler(ProxyConnection connection) {
        this.connection = connection;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        connection.open();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        connection.toBackend(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.frontendClosed();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
