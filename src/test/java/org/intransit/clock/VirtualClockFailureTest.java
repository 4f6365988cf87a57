package org.intransit.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class VirtualClockFailureTest {

    private static CompletableFuture<Void> runInBackground(ScenarioClock clock, Duration end) {
        return CompletableFuture.runAsync(() -> {
            try {
                clock.runUntil(end);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void virtualClockShouldReturnFromRunUntilWhenStoppedWhileWaitingForQuiescence() throws Exception {
        try (VirtualClock clock = new VirtualClock()) {
            AtomicBoolean later = new AtomicBoolean();
            clock.schedule(Duration.ofMinutes(1), "hang", () -> clock.begin("never-closed"));
            clock.schedule(Duration.ofMinutes(2), "later", () -> later.set(true));

            CompletableFuture<Void> run = runInBackground(clock, Duration.ofHours(1));
            await().atMost(Duration.ofSeconds(5)).until(() -> clock.activeCount() == 1);
            clock.stop();

            run.get(5, TimeUnit.SECONDS);
            assertThat(later).isFalse();
            assertThat(clock.now()).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Test
    void virtualClockShouldReportStalledActivitiesByName() {
        try (VirtualClock clock = new VirtualClock(Duration.ofMillis(200))) {
            clock.schedule(Duration.ofMinutes(1), "open", () -> clock.begin("stuck-smtp"));

            assertThatThrownBy(() -> clock.runUntil(Duration.ofHours(1)))
                    .isInstanceOf(ClockStalledException.class)
                    .hasMessageContaining("stuck-smtp")
                    .hasMessageContaining("PT1M");
        }
    }

    @Test
    void virtualClockShouldSurfaceThrowingTaskWithItsLabelAndStopRunning() {
        try (VirtualClock clock = new VirtualClock()) {
            AtomicBoolean later = new AtomicBoolean();
            clock.schedule(Duration.ofMinutes(3), "boom-task", () -> {
                throw new IllegalStateException("kaputt");
            });
            clock.schedule(Duration.ofMinutes(4), "later", () -> later.set(true));

            assertThatThrownBy(() -> clock.runUntil(Duration.ofHours(1)))
                    .isInstanceOf(ClockTaskFailedException.class)
                    .hasMessageContaining("boom-task")
                    .hasMessageContaining("PT3M")
                    .hasRootCauseMessage("kaputt");
            assertThat(later).isFalse();
            assertThatThrownBy(() -> clock.runUntil(Duration.ofHours(2)))
                    .isInstanceOf(ClockTaskFailedException.class);
        }
    }

    @Test
    void virtualClockShouldMakeActivityCloseIdempotent() throws InterruptedException {
        try (VirtualClock clock = new VirtualClock()) {
            Activity first = clock.begin("first");
            Activity second = clock.begin("second");

            first.close();
            first.close();

            assertThat(clock.activeCount()).isEqualTo(1);
            assertThat(clock.awaitIdle(Duration.ofMillis(50))).isFalse();
            second.close();
            assertThat(clock.awaitIdle(Duration.ofSeconds(5))).isTrue();
        }
    }
}
