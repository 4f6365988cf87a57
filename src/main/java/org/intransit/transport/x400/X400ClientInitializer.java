package org.intransit.transport.x400;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;

/**
 * The caller's pipeline: the same layers as the responder's ({@link X400ServerInitializer}),
 * topped by the dialogue of {@link X400ClientHandler}: one association, its
 * envelopes one at a time.
 *
 * <pre>
 *  tpktDecoder / tpktEncoder   TPKT frames      (RFC 1006)
 *  cotpCodec                   {@link Tpdu}             (ISO 8073 class 0)
 *  cotpSegmenter               DT* ⇄ TSDU
 *  mtaPduCodec                 {@link MtaPdu}           (the TLV stand-in for P1)
 *  handler                     {@link X400ClientHandler}
 * </pre>
 */
final class X400ClientInitializer extends ChannelInitializer<SocketChannel> {

    private static final TpktEncoder TPKT_ENCODER = new TpktEncoder();
    private static final CotpCodec COTP_CODEC = new CotpCodec();
    private static final MtaPduCodec MTA_PDU_CODEC = new MtaPduCodec();

    private final X400ClientHandler handler;

    X400ClientInitializer(X400ClientHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("tpktDecoder", new TpktDecoder());
        p.addLast("tpktEncoder", TPKT_ENCODER);
        p.addLast("cotpCodec", COTP_CODEC);
        p.addLast("cotpSegmenter", new CotpSegmenter());
        p.addLast("mtaPduCodec", MTA_PDU_CODEC);
        p.addLast("handler", handler);
    }
}
