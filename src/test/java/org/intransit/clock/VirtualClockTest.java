package org.intransit.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class VirtualClockTest {

    private final VirtualClock clock = new VirtualClock();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void tearDown() {
        workers.shutdownNow();
        clock.close();
    }

    /** Runs {@code r} on another thread after some wall time, like a slow SMTP transaction. */
    private static Executor later() {
        return CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS);
    }

    private void record(String what) {
        seen.add(what + "@" + clock.now());
    }

    @Test
    void virtualClockShouldJumpOverIdleGapsWhenNothingIsInFlight() throws InterruptedException {
        clock.schedule(Duration.ofHours(3), "late", () -> record("late"));

        clock.runUntil(Duration.ofHours(4));

        assertThat(seen).containsExactly("late@PT3H");
        assertThat(clock.now()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void virtualClockShouldHoldTimeWhileWorkIsInFlightAndRunFollowUpsInOrder() throws InterruptedException {
        clock.schedule(Duration.ZERO, "send", () -> {
            Activity transfer = clock.begin("smtp-transfer");
            record("send");
            later().execute(() -> {
                clock.scheduleAfter(Duration.ofMillis(500), "deliver", () -> record("deliver"));
                record("acked");
                transfer.close();
            });
        });
        clock.schedule(Duration.ofSeconds(1), "next", () -> record("next"));

        clock.runUntil(Duration.ofMinutes(1));

        assertThat(seen).containsExactly("send@PT0S", "acked@PT0S", "deliver@PT0.5S", "next@PT1S");
        assertThat(clock.activeCount()).isZero();
    }

    @Test
    void virtualClockShouldRunSameTimeTasksInScheduleOrderIncludingThoseFromOtherThreads()
            throws InterruptedException {
        Duration two = Duration.ofSeconds(2);
        clock.schedule(Duration.ZERO, "start", () -> {
            Activity work = clock.begin("worker");
            record("start");
            later().execute(() -> {
                clock.schedule(two, "x", () -> record("x"));
                clock.schedule(two, "y", () -> record("y"));
                clock.schedule(Duration.ZERO, "z", () -> record("z"));
                work.close();
            });
        });
        clock.schedule(two, "p", () -> {
            record("p");
            clock.schedule(two, "q", () -> record("q"));
        });
        for (int i = 0; i < 20; i++) {
            String label = "n" + i;
            clock.schedule(Duration.ofSeconds(3), label, () -> seen.add(label));
        }

        clock.runUntil(Duration.ofSeconds(5));

        assertThat(seen.subList(0, 6)).containsExactly("start@PT0S", "z@PT0S", "p@PT2S", "x@PT2S", "y@PT2S", "q@PT2S");
        assertThat(seen.subList(6, 26)).containsExactly(
                IntStream.range(0, 20).mapToObj(i -> "n" + i).toArray(String[]::new));
    }

    @Test
    void virtualClockShouldRunTaskScheduledInThePastAtNowWithoutMovingTimeBack() throws InterruptedException {
        List<Duration> times = new CopyOnWriteArrayList<>();
        clock.schedule(Duration.ofHours(1), "at-1h", () -> {
            times.add(clock.now());
            ScheduledTask past = clock.schedule(Duration.ofMinutes(10), "past", () -> times.add(clock.now()));
            assertThat(past.at()).isEqualTo(Duration.ofHours(1));
        });

        clock.runUntil(Duration.ofHours(2));

        assertThat(times).containsExactly(Duration.ofHours(1), Duration.ofHours(1));
        assertThat(clock.now()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void virtualClockShouldRunSevenDaysOfFiveMinuteTasksQuickly() throws InterruptedException {
        Duration week = Duration.ofDays(7);
        AtomicInteger runs = new AtomicInteger();
        clock.schedule(Duration.ofMinutes(5), "tick", new Runnable() {
            @Override
            public void run() {
                runs.incrementAndGet();
                Activity hop = clock.begin("hop");
                Runnable self = this;
                workers.execute(() -> {
                    Duration next = clock.now().plusMinutes(5);
                    if (next.compareTo(week) <= 0) {
                        clock.schedule(next, "tick", self);
                    }
                    hop.close();
                });
            }
        });

        clock.runUntil(week);

        assertThat(runs).hasValue(2016);
        assertThat(clock.now()).isEqualTo(week);
    }

    @Test
    void virtualClockShouldLeaveLaterTasksScheduledForTheNextRunUntil() throws InterruptedException {
        clock.schedule(Duration.ofHours(1), "one", () -> record("one"));
        clock.schedule(Duration.ofHours(3), "three", () -> record("three"));

        clock.runUntil(Duration.ofHours(2));
        assertThat(seen).containsExactly("one@PT1H");
        assertThat(clock.now()).isEqualTo(Duration.ofHours(2));

        clock.runUntil(Duration.ofHours(4));
        assertThat(seen).containsExactly("one@PT1H", "three@PT3H");
        assertThat(clock.now()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void virtualClockShouldNotRunCancelledTask() throws InterruptedException {
        ScheduledTask kept = clock.schedule(Duration.ofMinutes(1), "kept", () -> record("kept"));
        ScheduledTask dropped = clock.schedule(Duration.ofMinutes(2), "dropped", () -> record("dropped"));

        assertThat(dropped.cancel()).isTrue();
        assertThat(dropped.cancel()).isFalse();
        clock.runUntil(Duration.ofMinutes(5));

        assertThat(seen).containsExactly("kept@PT1M");
        assertThat(kept.cancel()).isFalse();
    }

    @Test
    void virtualClockShouldMoveOnOnlyWhenTheLastOfSeveralOverlappingActivitiesCloses() throws InterruptedException {
        clock.schedule(Duration.ZERO, "fan-out", () -> {
            for (int i = 0; i < 3; i++) {
                Activity hop = clock.begin("hop " + i);
                String name = "hop" + i;
                workers.execute(() -> {
                    clock.schedule(Duration.ofSeconds(1), "after " + name, () -> record("after-" + name));
                    record(name);
                    hop.close();
                });
            }
        });
        clock.schedule(Duration.ofMillis(1), "next", () -> record("next"));

        clock.runUntil(Duration.ofMinutes(1));

        assertThat(seen.subList(0, 3)).containsExactlyInAnyOrder("hop0@PT0S", "hop1@PT0S", "hop2@PT0S");
        assertThat(seen.get(3)).isEqualTo("next@PT0.001S");
        assertThat(seen).hasSize(7);
        assertThat(clock.activeCount()).isZero();
    }
}
