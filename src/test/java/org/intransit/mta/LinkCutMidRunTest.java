package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.intransit.check.Fate;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.report.RunSummary;
import org.intransit.scenario.LinkState;
import org.intransit.scenario.ScenarioAction;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A link cut while a queue run is sending over its association (possible only on the scaled
 * clock): the fabric closes the live connection, the transfer in flight ends Broken or
 * Unreachable, the run releases the association, and after the restore every message arrives.
 * Nothing is lost. A transfer cut after the peer took it but before its ack came back is
 * {@code Broken} ("the peer may hold the message") and is retried, so that one message may
 * arrive twice: the conservation check reports it duplicated, never silently.
 */
@Timeout(120)
class LinkCutMidRunTest {

    private static final int MESSAGES = 300;
    private static final ConditionFactory WITHIN_A_MINUTE = Awaitility.with().pollDelay(Duration.ZERO)
            .pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(60));

    private static final String SCENARIO = """
            name: link-cut-mid-run
            duration: 1h
            clock: { mode: scaled, scale: 1 }
            organization: { smtpDomain: contoso.example }
            sites:
              - { name: SITE1, servers: [ { name: EX55A, kind: exchange55, retry: { openInterval: 2s, transferInterval: 1s } } ] }
              - { name: SITE2, servers: [ { name: EX55C, kind: exchange55 } ] }
            connectors:
              - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret }
            mailboxes:
              - { alias: bob, server: EX55A }
              - { alias: carol, server: EX55C }
            """;

    @Test
    void queueRunShouldFailOverToRetryAndLoseNothingWhenTheLinkIsCutUnderItsAssociation() throws Exception {
        AtomicInteger transferred = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        RunSummary summary;
        int failedBeforeCut;
        int transferredAtCut;
        try (Harness harness = Harness.start(ScenarioLoader.parse(SCENARIO, "link-cut-mid-run.yaml"),
                new RunOptions(null, 1.0, false))) {
            harness.ledger().subscribe(event -> {
                if (event instanceof LedgerEvent.Transferred t && t.server().equals("EX55A")) {
                    transferred.incrementAndGet();
                } else if (event instanceof LedgerEvent.TransferFailed f && f.server().equals("EX55A")) {
                    failed.incrementAndGet();
                    if (f.reason().startsWith("connection broke")) {
                        broken.incrementAndGet();
                    }
                } else if (event instanceof LedgerEvent.Delivered) {
                    delivered.incrementAndGet();
                }
            });
            Thread driver = new Thread(() -> {
                try {
                    harness.runToEnd();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "link-cut-mid-run-clock");
            driver.setDaemon(true);
            driver.start();

            harness.fire(new ScenarioAction.SetLink("EX55A", "EX55C", LinkState.DOWN, null));
            for (int i = 0; i < MESSAGES; i++) {
                harness.send("bob", "carol");
            }
            harness.fire(new ScenarioAction.SetLink("EX55A", "EX55C", LinkState.UP, null));
            WITHIN_A_MINUTE.until(() -> transferred.get() >= 30);
            failedBeforeCut = failed.get();
            harness.fire(new ScenarioAction.SetLink("EX55A", "EX55C", LinkState.DOWN, null));
            transferredAtCut = transferred.get();
            WITHIN_A_MINUTE.until(() -> failed.get() > failedBeforeCut);
            harness.fire(new ScenarioAction.SetLink("EX55A", "EX55C", LinkState.UP, null));
            WITHIN_A_MINUTE.until(() -> delivered.get() >= MESSAGES);

            harness.interrupt();
            driver.join(Duration.ofSeconds(30).toMillis());
            summary = harness.finish();
        }

        assertThat(transferredAtCut).as("the cut came while the run was sending").isLessThan(MESSAGES);
        assertThat(summary.conservation().count(Fate.LOST)).isZero();
        long duplicated = summary.conservation().count(Fate.DUPLICATED);
        assertThat(duplicated).as("only a transfer that broke after it was sent can arrive twice")
                .isLessThanOrEqualTo(broken.get());
        assertThat(summary.conservation().count(Fate.DELIVERED) + duplicated).isEqualTo(MESSAGES);
        assertThat(transferred.get()).as("each message acknowledged once").isEqualTo(MESSAGES);
    }
}
