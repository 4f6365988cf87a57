package org.intransit.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ScaledClockTest {

    /** One wall second is one scenario hour. */
    private final ScaledClock clock = new ScaledClock(3600);

    @AfterEach
    void tearDown() {
        clock.close();
    }

    @Test
    void scaledClockShouldRunTasksInOrderAndReachTheEnd() throws InterruptedException {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Duration> times = new CopyOnWriteArrayList<>();
        clock.schedule(Duration.ofMinutes(20), "twenty", () -> {
            seen.add("twenty");
            times.add(clock.now());
        });
        clock.schedule(Duration.ofMinutes(10), "ten", () -> {
            seen.add("ten");
            times.add(clock.now());
        });

        clock.runUntil(Duration.ofMinutes(30));

        assertThat(seen).containsExactly("ten", "twenty");
        assertThat(times.get(0)).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(times.get(1)).isGreaterThanOrEqualTo(Duration.ofMinutes(20));
        assertThat(clock.now()).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void scaledClockShouldReadZeroUntilTheFirstRunUntil() {
        assertThat(clock.now()).isEqualTo(Duration.ZERO);
    }

    @Test
    void scaledClockShouldRunSameTimeTasksInScheduleOrder() throws InterruptedException {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            clock.schedule(Duration.ofMinutes(1), "n" + n, () -> seen.add(n));
        }

        clock.runUntil(Duration.ofMinutes(2));

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void scaledClockShouldReportIdleOnlyWhenNoActivityIsOpen() throws InterruptedException {
        assertThat(clock.awaitIdle(Duration.ofSeconds(1))).isTrue();

        Activity open = clock.begin("transfer");
        assertThat(clock.awaitIdle(Duration.ofMillis(100))).isFalse();

        open.close();
        assertThat(clock.awaitIdle(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void scaledClockShouldSurfaceThrowingTaskWithItsLabel() {
        clock.schedule(Duration.ofMinutes(5), "boom-task", () -> {
            throw new IllegalStateException("kaputt");
        });

        assertThatThrownBy(() -> clock.runUntil(Duration.ofHours(100)))
                .isInstanceOf(ClockTaskFailedException.class)
                .hasMessageContaining("boom-task")
                .hasRootCauseMessage("kaputt");
    }

    @Test
    void scaledClockShouldRunTasksScheduledAheadOfAndBehindAFarTaskWhileRunning() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        clock.schedule(Duration.ofDays(300), "far: the dispatcher waits for it", () -> seen.add("far"));
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try {
                clock.runUntil(Duration.ofDays(365));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> clock.now().compareTo(Duration.ZERO) > 0);

        Duration soon = clock.now().plusMinutes(1);
        clock.schedule(soon, "new head", () -> seen.add("head"));
        clock.schedule(soon.plusMinutes(1), "behind the new head", () -> seen.add("behind"));
        clock.schedule(soon.plusDays(400), "behind the far task", () -> seen.add("never"));

        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
        assertThat(seen).containsExactly("head", "behind").doesNotContain("far");
        clock.stop();
        run.get(5, TimeUnit.SECONDS);
    }

    @Test
    void scaledClockShouldReturnFromRunUntilWhenStopped() throws Exception {
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try {
                clock.runUntil(Duration.ofDays(365));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> clock.now().compareTo(Duration.ZERO) > 0);

        clock.stop();

        run.get(5, TimeUnit.SECONDS);
    }

    @Test
    void scaledClockShouldReturnFromRunUntilOnlyAfterTheRunningTaskEndedWhenStopped() throws Exception {
        java.util.concurrent.CountDownLatch taskStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch releaseTask = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean taskEnded = new java.util.concurrent.atomic.AtomicBoolean();
        clock.schedule(Duration.ZERO, "begins work as the user presses Ctrl-C", () -> {
            taskStarted.countDown();
            try {
                releaseTask.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            taskEnded.set(true);
        });
        CompletableFuture<Boolean> taskEndedWhenRunReturned = CompletableFuture.supplyAsync(() -> {
            try {
                clock.runUntil(Duration.ofDays(365));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return taskEnded.get();
        });
        assertThat(taskStarted.await(5, TimeUnit.SECONDS)).isTrue();

        clock.stop();
        // the task goes on a little after the stop: a runUntil that returned on the stop alone returns meanwhile
        CompletableFuture.runAsync(releaseTask::countDown, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

        assertThat(taskEndedWhenRunReturned.get(5, TimeUnit.SECONDS)).as("the task had ended when runUntil returned").isTrue();
    }

    @Test
    void scaledClockShouldRunTasksOnANamedDaemonThreadThatEndsOnClose() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        clock.schedule(Duration.ofMinutes(1), "where", () -> ranOn.set(Thread.currentThread()));

        clock.runUntil(Duration.ofMinutes(2));
        clock.close();

        assertThat(ranOn.get().getName()).startsWith("intransit-clock-scaled-");
        assertThat(ranOn.get().isDaemon()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> !ranOn.get().isAlive());
    }
}
