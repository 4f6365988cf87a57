package org.intransit.fabric;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Delays every write on its channel by the link's one-way latency, keeping write order.
 *
 * <p>A write joins a FIFO delay line with a timer on the channel's event loop; when a timer fires
 * the line drains from its head while the head is due, so a chunk never overtakes an earlier one,
 * even when the latency drops mid-stream. The latency is read per write: a change applies to the
 * next chunk of every live connection. With no latency and an empty line, writes pass straight on.
 *
 * <p>Backpressure: the relay reads its next chunk when its write's promise completes. So that a
 * delayed link is not limited to one chunk per latency, a write carrying bytes completes its
 * promise as soon as it joins the line, while at most {@link #WINDOW_BYTES} are in flight (in the
 * line or not yet taken by the socket), like a TCP window; beyond that, and for empty writes (the
 * relay's close-on-flush marker, so a close waits for the bytes before it), the promise completes
 * when the write reaches the socket.
 */
final class LatencyHandler extends ChannelOutboundHandlerAdapter {

    /** Bytes one direction of a delayed connection may have in flight before its writer waits. */
    static final int WINDOW_BYTES = 1 << 20;

    private final Supplier<Duration> latency;
    private final Deque<Pending> line = new ArrayDeque<>();
    private long inFlightBytes;

    LatencyHandler(Supplier<Duration> latency) {
        this.latency = latency;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        long delayNanos = latency.get().toNanos();
        if (delayNanos == 0 && line.isEmpty()) {
            ctx.write(msg, promise);
            return;
        }
        int size = msg instanceof ByteBuf buf ? buf.readableBytes() : 0;
        ChannelPromise writer = promise.unvoid();
        inFlightBytes += size;
        if (size > 0 && inFlightBytes <= WINDOW_BYTES) {
            writer.trySuccess();
            writer = ctx.newPromise();
        }
        Pending pending = new Pending(msg, size, writer);
        line.addLast(pending);
        pending.timer = ctx.executor().schedule(() -> {
            pending.due = true;
            drain(ctx);
        }, delayNanos, NANOSECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        for (Pending pending : line) {
            pending.timer.cancel(false);
            ReferenceCountUtil.release(pending.msg);
            pending.writer.tryFailure(new ClosedChannelException());
        }
        line.clear();
    }

    private void drain(ChannelHandlerContext ctx) {
        boolean wrote = false;
        while (!line.isEmpty() && line.peekFirst().due) {
            Pending pending = line.pollFirst();
            pending.writer.addListener((ChannelFutureListener) written -> {
                inFlightBytes -= pending.size;
                if (!written.isSuccess()) {
                    ctx.close();
                }
            });
            ctx.write(pending.msg, pending.writer);
            wrote = true;
        }
        if (wrote) {
            ctx.flush();
        }
    }

    /** A write waiting in the line; the writer promise is the caller's unless released early. */
    private static final class Pending {
        final Object msg;
        final int size;
        final ChannelPromise writer;
        ScheduledFuture<?> timer;
        boolean due;

        Pending(Object msg, int size, ChannelPromise writer) {
            this.msg = msg;
            this.size = size;
            this.writer = writer;
        }
    }
}
