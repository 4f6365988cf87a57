package org.intransit.transport.rpc;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;

/**
 * The pipeline of one outgoing connection, built when an association connects:
 *
 * <pre>
 *  RpcAssociation.transfer ──► handler ──► pduCodec ──► frameEncoder ──► socket
 *  (Bind, Transfer*, Unbind)      ▲
 *                                 └── pduCodec ◄── frameDecoder ◄── socket
 * </pre>
 */
final class RpcClientInitializer extends ChannelInitializer<SocketChannel> {

    private final RpcClientHandler handler;

    RpcClientInitializer(RpcClientHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline()
                .addLast("frameDecoder", RpcFraming.decoder())
                .addLast("frameEncoder", RpcFraming.encoder())
                .addLast("pduCodec", RpcPduCodec.INSTANCE)
                .addLast("call", handler);
    }
}
