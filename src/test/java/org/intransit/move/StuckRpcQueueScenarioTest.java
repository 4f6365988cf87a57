package org.intransit.move;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.MailboxStore;
import org.intransit.mta.MtaEventLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * {@code x400-rpc-queue-stuck.yaml} and {@code x400-rpc-queue-site-connector.yaml}: the held mail
 * on the RPC queue named after the target server, without and with the site-connector workaround.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StuckRpcQueueScenarioTest {

    private BuiltInScenarioRun stuck;
    private BuiltInScenarioRun workaround;

    @BeforeAll
    void runScenarios() throws Exception {
        stuck = BuiltInScenarioRun.of("x400-rpc-queue-stuck");
        workaround = BuiltInScenarioRun.of("x400-rpc-queue-site-connector");
    }

    /** The traces held in transit, as the ledger saw them enter the hold. */
    private static Set<String> held(BuiltInScenarioRun run) {
        return run.ledger().stream()
                .filter(e -> e instanceof LedgerEvent.Queued q && q.queue().equals(MailboxStore.IN_TRANSIT))
                .map(LedgerEvent::trace).collect(Collectors.toSet());
    }

    @Test
    void exactlyTheHeldMessagesShouldEndOnTheRpcQueueNamedAfterTheTargetServer() {
        Set<String> held = held(stuck);
        assertThat(held).hasSize(20);
        List<MessageRecord> queued = stuck.summary().conservation().messages().stream()
                .filter(m -> m.fate() == Fate.QUEUED).toList();
        assertThat(queued).extracting(MessageRecord::trace).containsExactlyInAnyOrderElementsOf(held);
        assertThat(queued).allSatisfy(m -> {
            assertThat(m.server()).isEqualTo("EX55A");
            assertThat(m.place()).isEqualTo("EX03B");
        });
        assertThat(stuck.summary().queues().get("EX55A")).filteredOn(q -> q.name().equals("EX03B"))
                .singleElement().satisfies(q -> assertThat(q.depth()).isEqualTo(20));
    }

    @Test
    void event9318WithError5ShouldBeLoggedAtEachOpenRetry() {
        List<LedgerEvent.MtaEventLogged> events = stuck.ledger().stream()
                .filter(e -> e instanceof LedgerEvent.MtaEventLogged m && m.id() == MtaEventLog.RPC_BIND_DENIED)
                .map(e -> (LedgerEvent.MtaEventLogged) e).toList();
        Duration commit = stuck.marker("move.alice.commit");
        long retries = stuck.summary().scenarioReached().minus(commit).toMinutes() / 10 + 1;
        assertThat(events).hasSize((int) retries).allSatisfy(e -> {
            assertThat(e.server()).isEqualTo("EX55A");
            assertThat(e.text()).contains("error code: 5").contains("EX03B");
        });
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).at()).isEqualTo(commit.plusMinutes(10L * i));
        }
    }

    @Test
    void mailSentAfterTheMoveShouldBeDeliveredAndCrossTheX400ConnectorFromSite1() {
        Duration commit = stuck.marker("move.alice.commit");
        List<MessageRecord> after = stuck.to("alice").stream().filter(m -> m.submittedAt().compareTo(commit) >= 0).toList();
        assertThat(after).isNotEmpty().allSatisfy(m -> assertThat(m.fate()).isEqualTo(Fate.DELIVERED));
        assertThat(after).filteredOn(m -> m.from().equals("bob")).isNotEmpty()
                .allSatisfy(m -> assertThat(stuck.transports(m.trace())).contains("x400"));
        assertThat(stuck.summary().expectations()).allSatisfy(e -> assertThat(e.passed()).as(e.name() + ": " + e.detail()).isTrue());
    }

    @Test
    void siteConnectorShouldDrainTheQueueWithinOneOpenRetryInterval() {
        Duration added = workaround.marker("connector.SC-TEMP.added");
        Set<String> held = held(workaround);
        assertThat(held).hasSize(20);
        List<LedgerEvent.Delivered> deliveries = workaround.ledger().stream()
                .filter(e -> e instanceof LedgerEvent.Delivered d && held.contains(d.trace()))
                .map(e -> (LedgerEvent.Delivered) e).toList();
        assertThat(deliveries).hasSize(20).allSatisfy(d -> {
            assertThat(d.server()).isEqualTo("EX03B");
            assertThat(d.at()).isBetween(added, added.plusMinutes(10));
        });
        assertThat(workaround.summary().conservation().passed()).isTrue();
        assertThat(workaround.summary().conservation().count(Fate.QUEUED)).isZero();
        assertThat(workaround.summary().conservation().count(Fate.DUPLICATED)).isZero();
        assertThat(workaround.summary().expectations()).allSatisfy(e -> assertThat(e.passed()).as(e.name()).isTrue());
    }

    @Test
    void reportShouldDeriveTheDrainTimeFromTheEventThatUnblockedTheQueue() {
        assertThat(workaround.summary().recoveries()).filteredOn(r -> r.subject().equals("EX55A/EX03B")).singleElement()
                .satisfies(r -> {
                    assertThat(r.cause()).isEqualTo("connector.SC-TEMP.added");
                    assertThat(r.at()).isEqualTo(Duration.ofHours(6).plusMinutes(5));
                    assertThat(r.length()).as("the next open retry").isEqualTo(Duration.ofMinutes(5));
                });
        assertThat(stuck.summary().recoveries()).filteredOn(r -> r.subject().equals("EX55A/EX03B")).isEmpty();
    }
}
