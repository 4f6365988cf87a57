package org.intransit.transport.rpc;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import java.util.function.Supplier;
import org.intransit.transport.TransferReceiver;

/**
 * The pipeline of one accepted connection:
 *
 * <pre>
 *  socket ──► frameDecoder ──► pduCodec ──► association ──► TransferReceiver
 *  socket ◄── frameEncoder ◄── pduCodec ◄────┘ (BindAck, BindNak, TransferAck, TransferNak)
 * </pre>
 *
 * It also enrols the connection in the server's {@code children} so {@link RpcServer#close()}
 * can close it; a connection accepted while the listener was closing is closed at once.
 */
final class RpcServerInitializer extends ChannelInitializer<SocketChannel> {

    private final String serverName;
    private final Supplier<String> serviceAccount;
    private final TransferReceiver receiver;
    private final ChannelGroup children;

    RpcServerInitializer(String serverName, Supplier<String> serviceAccount, TransferReceiver receiver,
            ChannelGroup children) {
        this.serverName = serverName;
        this.serviceAccount = serviceAccount;
        this.receiver = receiver;
        this.children = children;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        children.add(ch);
        if (!ch.parent().isOpen()) {
            ch.close();
            return;
        }
        ch.pipeline()
                .addLast("frameDecoder", RpcFraming.decoder())
                .addLast("frameEncoder", RpcFraming.encoder())
                .addLast("pduCodec", RpcPduCodec.INSTANCE)
                .addLast("association", new RpcServerHandler(serverName, serviceAccount, receiver));
    }
}
