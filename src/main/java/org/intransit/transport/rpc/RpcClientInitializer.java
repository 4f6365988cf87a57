package org.intransit.transport.rpc;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;

/**
 * The pipeline of one outgoing association, built per call:
 *
 * <pre>
 *  RpcClient.transfer ──► call ──► pduCodec ──► frameEncoder ──► socket
 *  (Bind, Transfer, Unbind)  ▲
 *                            └── pduCodec ◄── frameDecoder ◄── socket
 * </pre>
 */
final class RpcClientInitializer extends ChannelInitializer<SocketChannel> {

    private final RpcCall call;

    RpcClientInitializer(RpcCall call) {
        this.call = call;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline()
                .addLast("frameDecoder", RpcFraming.decoder())
                .addLast("frameEncoder", RpcFraming.encoder())
                .addLast("pduCodec", RpcPduCodec.INSTANCE)
                .addLast("call", new RpcClientHandler(call));
    }
}
