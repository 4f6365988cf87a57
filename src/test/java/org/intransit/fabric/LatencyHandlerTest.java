package org.intransit.fabric;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delay line on an {@link EmbeddedChannel} with frozen time: no wall clock involved. */
class LatencyHandlerTest {

    private final AtomicReference<Duration> latency = new AtomicReference<>(Duration.ofMillis(300));
    private EmbeddedChannel channel;

    @BeforeEach
    void setUp() {
        channel = new EmbeddedChannel(new LatencyHandler(latency::get));
        channel.freezeTime();
    }

    @AfterEach
    void tearDown() {
        channel.finishAndReleaseAll();
    }

    @Test
    void latencyHandlerShouldHoldWritesUntilTheirDelay() {
        write("a");

        advance(299);
        assertThat(nextOutbound()).isNull();

        advance(1);
        assertThat(readText()).isEqualTo("a");
    }

    @Test
    void latencyHandlerShouldKeepOrderWhenLatencyDrops() {
        write("a");
        latency.set(Duration.ZERO);
        write("b");

        advance(0);
        assertThat(nextOutbound()).as("b waits behind a").isNull();

        advance(300);
        assertThat(readText()).isEqualTo("a");
        assertThat(readText()).isEqualTo("b");
    }

    @Test
    void latencyHandlerShouldPassWritesStraightOnWithoutLatency() {
        latency.set(Duration.ZERO);

        ChannelFuture written = write("a");

        assertThat(written.isSuccess()).isTrue();
        assertThat(readText()).isEqualTo("a");
    }

    @Test
    void latencyHandlerShouldCompleteWritesEarlyOnlyWithinItsWindow() {
        ChannelFuture small = write("a");
        ChannelFuture large = channel.writeAndFlush(Unpooled.wrappedBuffer(new byte[LatencyHandler.WINDOW_BYTES]));
        ChannelFuture closeMarker = channel.writeAndFlush(Unpooled.EMPTY_BUFFER);

        assertThat(small.isSuccess()).as("small write, window open").isTrue();
        assertThat(large.isDone()).as("write past the window").isFalse();
        assertThat(closeMarker.isDone()).as("empty write").isFalse();

        advance(300);
        assertThat(large.isSuccess()).isTrue();
        assertThat(closeMarker.isSuccess()).isTrue();
    }

    @Test
    void latencyHandlerShouldReleaseQueuedWritesOnClose() {
        ByteBuf held = Unpooled.copiedBuffer("a", US_ASCII);
        ChannelFuture written = channel.writeAndFlush(Unpooled.wrappedBuffer(new byte[LatencyHandler.WINDOW_BYTES + 1]));
        channel.writeAndFlush(held);

        channel.close();
        channel.runPendingTasks();

        assertThat(held.refCnt()).isZero();
        assertThat(written.isSuccess()).isFalse();
        assertThat(written.isDone()).isTrue();
    }

    private ChannelFuture write(String text) {
        return channel.writeAndFlush(Unpooled.copiedBuffer(text, US_ASCII));
    }

    private void advance(long millis) {
        channel.advanceTimeBy(millis, MILLISECONDS);
        channel.runScheduledPendingTasks();
    }

    private Object nextOutbound() {
        return channel.readOutbound();
    }

    private String readText() {
        ByteBuf buf = channel.readOutbound();
        assertThat(buf).isNotNull();
        try {
            return buf.toString(US_ASCII);
        } finally {
            buf.release();
        }
    }
}
