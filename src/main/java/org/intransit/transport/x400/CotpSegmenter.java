package org.intransit.transport.x400;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.concurrent.PromiseCombiner;
import org.intransit.transport.UnfinishedFrame;

/**
 * TSDU ⇄ DT TPDUs: splits each outgoing TSDU (a {@link ByteBuf}, here one encoded MTA PDU) into
 * as many {@link Tpdu.Data} as the negotiated TPDU size needs, with EOT on the last one only,
 * and joins incoming DTs back into one TSDU when the EOT arrives.
 *
 * <pre>
 *   TSDU of 5000 bytes, TPDU size 2048 (2045 bytes of user data per DT):
 *   DT(EOT=0, 2045) · DT(EOT=0, 2045) · DT(EOT=1, 910)
 * </pre>
 *
 * <p>The TPDU size starts at {@link TpduSize#DEFAULT} and follows the CC as it passes, in either
 * direction: a responder learns it from the CC it sends, a caller from the CC it receives. It
 * binds both sides, so a DT received longer than that size (header included) raises an
 * {@link OversizedTpduException}: the peer broke ISO 8073, and this side answers as class 0 says
 * (the responder with ER, see {@link X400ServerHandler}). Other TPDUs pass through untouched. A
 * TSDU growing past {@code maxTsduLength} raises a {@link TooLongFrameException}. Either ends
 * the connection. Stateful: one
 * instance per channel.
 */
public final class CotpSegmenter extends ChannelDuplexHandler {

    /** 64 MiB: far above any message the harness sends, low enough to stop a runaway peer. */
    public static final int DEFAULT_MAX_TSDU_LENGTH = 64 * 1024 * 1024;

    /** How the MTA event names a TSDU cut before its last DT. */
    static final String UNFINISHED_TSDU = "a TSDU, before the DT with EOT";

    private final int maxTsduLength;
    private TpduSize size = TpduSize.DEFAULT;
    private ByteBuf assembling;

    /** A segmenter that accepts TSDUs up to {@link #DEFAULT_MAX_TSDU_LENGTH}. */
    public CotpSegmenter() {
        this(DEFAULT_MAX_TSDU_LENGTH);
    }

    /** @param maxTsduLength the longest TSDU reassembled before the connection is given up */
    public CotpSegmenter(int maxTsduLength) {
        this.maxTsduLength = maxTsduLength;
    }

    /** The TPDU size now in force. */
    public TpduSize size() {
        return size;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof Tpdu.ConnectionConfirm cc) {
            size = cc.size();
        }
        if (!(msg instanceof ByteBuf tsdu)) {
            ctx.write(msg, promise);
            return;
        }
        try {
            PromiseCombiner combiner = new PromiseCombiner(ctx.executor());
            int chunk = size.maxUserData();
            do {
                byte[] part = new byte[Math.min(chunk, tsdu.readableBytes())];
                tsdu.readBytes(part);
                combiner.add(ctx.write(new Tpdu.Data(!tsdu.isReadable(), part)));
            } while (tsdu.isReadable());
            combiner.finish(promise);
        } finally {
            tsdu.release();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Tpdu.ConnectionConfirm cc) {
            size = cc.size();
        }
        if (!(msg instanceof Tpdu.Data dt)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (dt.userData().length > size.maxUserData()) {
            discard();
            throw new OversizedTpduException(TpduSize.DT_HEADER_LENGTH + dt.userData().length, size);
        }
        if (assembling == null) {
            assembling = ctx.alloc().buffer(dt.userData().length);
        }
        if (assembling.readableBytes() + dt.userData().length > maxTsduLength) {
            discard();
            throw new TooLongFrameException("a TSDU longer than " + maxTsduLength + " bytes");
        }
        assembling.writeBytes(dt.userData());
        if (dt.endOfTsdu()) {
            ByteBuf tsdu = assembling;
            assembling = null;
            ctx.fireChannelRead(tsdu);
        }
    }

    /**
     * The peer's input ended (half-closure, which the listener's watch turns on): DTs without
     * their EOT make an {@link UnfinishedFrame}, fired ahead of the shutdown event itself.
     */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            reportUnfinishedTsdu(ctx);
        }
        ctx.fireUserEventTriggered(event);
    }

    /** The connection ended (a reset, or a close without half-closure) with a TSDU half assembled. */
    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        reportUnfinishedTsdu(ctx);
        ctx.fireChannelInactive();
    }

    private void reportUnfinishedTsdu(ChannelHandlerContext ctx) {
        if (assembling != null) {
            int received = assembling.readableBytes();
            discard();
            ctx.fireUserEventTriggered(UnfinishedFrame.withoutLength(UNFINISHED_TSDU, received));
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        discard();
    }

    private void discard() {
        if (assembling != null) {
            assembling.release();
            assembling = null;
        }
    }
}
