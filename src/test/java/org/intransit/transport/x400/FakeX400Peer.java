package org.intransit.transport.x400;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A listener with the real codec stack and a scripted top: each decoded TPDU or MTA PDU goes to
 * the {@link Script}, which answers, stays silent or closes. For client tests of peers that
 * misbehave in ways {@link X400Server} never does.
 */
final class FakeX400Peer implements AutoCloseable {

    /** What the peer does with each message it receives. */
    @FunctionalInterface
    interface Script {
        void onMessage(ChannelHandlerContext ctx, Object msg);
    }

    /** Confirms the connection and accepts the bind; what follows is {@code then}'s. */
    static Script bindingThen(Script then) {
        return (ctx, msg) -> {
            if (msg instanceof Tpdu.ConnectionRequest cr) {
                ctx.writeAndFlush(new Tpdu.ConnectionConfirm(cr.sourceRef(), 0x0999, TpduSize.CLASS_0_MAX));
            } else if (msg instanceof MtaPdu.BindRequest) {
                ctx.writeAndFlush(new MtaPdu.BindResult("FAKE"));
            } else {
                then.onMessage(ctx, msg);
            }
        };
    }

    private final Channel listener;
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();

    FakeX400Peer(EventLoopGroup group, Script script) {
        ChannelFuture bound = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        open.add(ch);
                        ch.pipeline().addLast(new TpktDecoder(), new TpktEncoder(), new CotpCodec(), new CotpSegmenter(),
                                new MtaPduCodec(), new ChannelInboundHandlerAdapter() {
                                    @Override
                                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                        script.onMessage(ctx, msg);
                                    }
                                });
                    }
                })
                .bind(InetAddress.getLoopbackAddress(), 0);
        if (!bound.awaitUninterruptibly(5, TimeUnit.SECONDS) || !bound.isSuccess()) {
            throw new IllegalStateException("fake X.400 peer cannot listen", bound.cause());
        }
        listener = bound.channel();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    @Override
    public void close() {
        listener.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        open.forEach(ch -> ch.close().awaitUninterruptibly(5, TimeUnit.SECONDS));
    }
}
