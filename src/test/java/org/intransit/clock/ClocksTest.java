package org.intransit.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.intransit.scenario.ClockPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ClocksTest {

    @Test
    void clocksShouldCreateTheClockThePlanAsksFor() {
        try (ScenarioClock virtual = Clocks.create(ClockPlan.virtual());
                ScenarioClock scaled = Clocks.create(ClockPlan.scaled(60))) {
            assertThat(virtual).isInstanceOf(VirtualClock.class);
            assertThat(scaled).isInstanceOf(ScaledClock.class);
        }
    }

    @Test
    void stopwatchShouldMeasureNonNegativeGrowingElapsedTime() {
        Stopwatch stopwatch = Stopwatch.start();
        Duration first = stopwatch.elapsed();

        assertThat(first).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(stopwatch.elapsed()).isGreaterThanOrEqualTo(first);
    }

    @Test
    void wallTickerShouldTickOnANamedDaemonThreadUntilClosed() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AutoCloseable ticker = WallTicker.every(Duration.ofMillis(10), () -> {
            ranOn.set(Thread.currentThread());
            if (ticks.incrementAndGet() == 1) {
                throw new IllegalStateException("a failing tick must not end the ticking");
            }
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> ticks.get() >= 3);
        ticker.close();

        assertThat(ranOn.get().getName()).startsWith("intransit-clock-ticker-");
        assertThat(ranOn.get().isDaemon()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> !ranOn.get().isAlive());
    }
}
