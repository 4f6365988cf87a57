package org.intransit.transport.rpc;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import java.util.function.Supplier;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.ConnectionWatchHandler;
import org.intransit.transport.TransferReceiver;

/**
 * The pipeline of one accepted connection:
 *
 * <pre>
 *  socket ──► idleTimer ──► frameDecoder ──► pduCodec ──► association ──► TransferReceiver
 *  socket ◄── frameEncoder ◄── pduCodec ◄────┘ (BindAck, BindNak, TransferAck, TransferNak)
 *                                                 watch: every exception above ends here,
 *                                                 reported once and closed
 * </pre>
 *
 * {@code idleTimer} raises a timeout when the caller sends no byte for the watch's idle timeout;
 * {@code watch} ({@link ConnectionWatchHandler}) turns it, a decoding error or an out-of-order
 * PDU into one {@link org.intransit.transport.DroppedConnection} and closes the connection.
 *
 * It also enrols the connection in the server's {@code children} so {@link RpcServer#close()}
 * can close it; a connection accepted while the listener was closing is closed at once.
 */
final class RpcServerInitializer extends ChannelInitializer<SocketChannel> {

    private final String serverName;
    private final Supplier<String> serviceAccount;
    private final TransferReceiver receiver;
    private final ConnectionWatch watch;
    private final ChannelGroup children;

    RpcServerInitializer(String serverName, Supplier<String> serviceAccount, TransferReceiver receiver,
            ConnectionWatch watch, ChannelGroup children) {
        this.serverName = serverName;
        this.serviceAccount = serviceAccount;
        this.receiver = receiver;
        this.watch = watch;
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
                .addLast("idleTimer", ConnectionWatchHandler.idleTimer(watch))
                .addLast("frameDecoder", RpcFraming.decoder())
                .addLast("frameEncoder", RpcFraming.encoder())
                .addLast("pduCodec", RpcPduCodec.INSTANCE)
                .addLast("association", new RpcServerHandler(serverName, serviceAccount, receiver))
                .addLast("watch", new ConnectionWatchHandler("rpc", watch));
    }
}
