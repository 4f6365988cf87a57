package org.intransit.transport.rpc;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.BiConsumer;

/**
 * An RPC listener that misbehaves on purpose: it speaks the real framing and codec, but answers
 * each PDU it receives as the test's {@code script} says (or not at all).
 */
final class FakeRpcPeer implements AutoCloseable {

    private final Channel listener;
    private final ChannelGroup children;

    private FakeRpcPeer(Channel listener, ChannelGroup children) {
        this.listener = listener;
        this.children = children;
    }

    static FakeRpcPeer start(EventLoopGroup group, BiConsumer<ChannelHandlerContext, RpcPdu> script) {
        ChannelGroup children = new DefaultChannelGroup(group.next());
        Channel listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        children.add(ch);
                        ch.pipeline().addLast(RpcFraming.decoder(), RpcFraming.encoder(), RpcPduCodec.INSTANCE,
                                new SimpleChannelInboundHandler<RpcPdu>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, RpcPdu pdu) {
                                        script.accept(ctx, pdu);
                                    }
                                });
                    }
                })
                .bind(InetAddress.getLoopbackAddress(), 0).syncUninterruptibly().channel();
        return new FakeRpcPeer(listener, children);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        children.close().awaitUninterruptibly();
    }
}
