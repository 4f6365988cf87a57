package org.intransit.transport.x400;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.ConnectionWatchHandler;
import org.intransit.transport.TransferReceiver;

/**
 * The responder's pipeline, one handler per layer:
 *
 * <pre>
 *            inbound ↓                                 ↑ outbound
 *  idleTimer      no byte for the idle timeout → ReadTimeoutException
 *  tpktDecoder    bytes → TPDU bytes            tpktEncoder   TPDU bytes → framed bytes
 *  cotpCodec      TPDU bytes → {@link Tpdu}             ⇅     {@link Tpdu} → TPDU bytes
 *  cotpSegmenter  DT* → TSDU (DT ≤ TPDU size)           ⇅     TSDU → DT*
 *  mtaPduCodec    TSDU → {@link MtaPdu}                 ⇅     {@link MtaPdu} → TSDU
 *  handler        {@link X400ServerHandler}: CR/CC, bind, envelopes, release
 *  watch          {@link ConnectionWatchHandler}: every exception above ends here, reported once and closed
 * </pre>
 *
 * Each accepted channel also joins {@code open}, so {@link X400Server#close()} can close it.
 */
final class X400ServerInitializer extends ChannelInitializer<SocketChannel> {

    private static final TpktEncoder TPKT_ENCODER = new TpktEncoder();
    private static final CotpCodec COTP_CODEC = new CotpCodec();
    private static final MtaPduCodec MTA_PDU_CODEC = new MtaPduCodec();

    private final String localMtaName;
    private final X400BindPolicy policy;
    private final TransferReceiver receiver;
    private final ConnectionWatch watch;
    private final Set<Channel> open;
    private final AtomicInteger references = new AtomicInteger();

    X400ServerInitializer(String localMtaName, X400BindPolicy policy, TransferReceiver receiver,
            ConnectionWatch watch, Set<Channel> open) {
        this.localMtaName = localMtaName;
        this.policy = policy;
        this.receiver = receiver;
        this.watch = watch;
        this.open = open;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        open.add(ch);
        ch.closeFuture().addListener(f -> open.remove(ch));
        ChannelPipeline p = ch.pipeline();
        p.addLast("idleTimer", ConnectionWatchHandler.idleTimer(watch));
        p.addLast("tpktDecoder", new TpktDecoder());
        p.addLast("tpktEncoder", TPKT_ENCODER);
        p.addLast("cotpCodec", COTP_CODEC);
        p.addLast("cotpSegmenter", new CotpSegmenter());
        p.addLast("mtaPduCodec", MTA_PDU_CODEC);
        p.addLast("handler", new X400ServerHandler(localMtaName, policy, receiver, nextReference()));
        p.addLast("watch", new ConnectionWatchHandler("x400", watch));
    }

    /** A non-zero 16-bit SRC-REF, different for each of the last 65535 connections. */
    private int nextReference() {
        return Math.floorMod(references.getAndIncrement(), 0xFFFF) + 1;
    }
}
