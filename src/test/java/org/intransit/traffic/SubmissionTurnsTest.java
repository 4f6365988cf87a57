package org.intransit.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SubmissionTurnsTest {

    private final SubmissionTurns turns = new SubmissionTurns();
    private final List<String> order = new CopyOnWriteArrayList<>();

    @Test
    void turnShouldWaitUntilTheSubmissionBeforeHasPassedItsTurn() throws Exception {
        SubmissionTurns.Turn first = turns.take();
        SubmissionTurns.Turn second = turns.take();
        Thread waiter = start(second, "second");
        await().atMost(Duration.ofSeconds(5)).until(() -> waiter.getState() == Thread.State.WAITING);

        assertThat(order).isEmpty();
        order.add("first");
        first.close();
        waiter.join();

        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void turnShouldPassOnWhenItsSubmissionEndsWithoutAwaiting() throws Exception {
        SubmissionTurns.Turn failedEarly = turns.take();
        SubmissionTurns.Turn next = turns.take();
        Thread waiter = start(next, "next");

        failedEarly.close();
        waiter.join();

        assertThat(order).containsExactly("next");
    }

    @Test
    void turnShouldStopWaitingWhenTheTurnsAreClosed() throws Exception {
        turns.take();
        Thread waiter = start(turns.take(), "released");
        await().atMost(Duration.ofSeconds(5)).until(() -> waiter.getState() == Thread.State.WAITING);

        turns.close();
        waiter.join();

        assertThat(order).containsExactly("released");
    }

    private Thread start(SubmissionTurns.Turn turn, String name) {
        Thread thread = new Thread(() -> {
            try (turn) {
                turn.await();
                order.add(name);
            } catch (java.io.InterruptedIOException e) {
                order.add("interrupted");
            }
        });
        thread.start();
        return thread;
    }
}
