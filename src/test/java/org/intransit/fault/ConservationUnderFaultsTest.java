package org.intransit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.check.Origin;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.MtaEventLog;
import org.intransit.report.RunSummary;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conservation under faults, as seeded property tests: each try draws a {@link FaultSchedule}
 * (3 to 8 link cuts, restores, blackholes, resets and latency changes on the links of a two-site
 * topology with an X.400 and a site connector, all links restored an hour before the end, mail
 * both ways every 5 to 10 minutes), runs it through the {@link Harness} on the virtual clock and
 * checks the ledger. The seeds come from a fixed base, so every build runs the same schedules; a
 * failure prints the seed and the whole scenario, which {@code intransit run} can replay.
 *
 * <p>Plain JUnit parameters stand in for a property-testing engine: the tries are few and each
 * schedule is small, so shrinking would add little, and the failure message gives the exact
 * schedule.
 */
@Timeout(120)
class ConservationUnderFaultsTest {

    private static final int TRIES = 12;
    private static final Duration SHORT_EXPIRY = Duration.ofMinutes(40);

    static List<Long> defaultExpirySeeds() {
        return FaultSchedule.seeds(42, TRIES);
    }

    static List<Long> drainSeeds() {
        return FaultSchedule.seeds(7, TRIES);
    }

    static List<Long> shortExpirySeeds() {
        return FaultSchedule.seeds(4047, TRIES);
    }

    /** One finished run, with the scenario text for failure messages. */
    private record Run(FaultSchedule schedule, RunSummary summary, List<LedgerEvent> ledger) {

        String describe() {
            return "seed " + schedule.seed() + ": " + summary.conservation().describe() + "\nfailures: "
                    + summary.conservation().failures() + "\n--- scenario ---\n" + schedule.yaml();
        }

        List<MessageRecord> messages() {
            return summary.conservation().messages();
        }
    }

    private static Run run(FaultSchedule schedule) throws Exception {
        try (Harness harness = Harness.start(ScenarioLoader.parse(schedule.yaml(), "faults.yaml"), RunOptions.defaults())) {
            harness.runToEnd();
            RunSummary summary = harness.finish();
            return new Run(schedule, summary, harness.ledger().snapshot());
        }
    }

    /** What holds for every schedule: nothing lost or duplicated, every message with a settled fate. */
    private static void assertConserved(Run run) {
        assertThat(run.summary().conservation().passed()).as(run.describe()).isTrue();
        assertThat(run.summary().conservation().injected()).as(run.describe())
                .isEqualTo(run.schedule().injectedMessages());
        assertThat(run.messages()).as(run.describe()).allSatisfy(m ->
                assertThat(m.fate()).as(m.trace()).isIn(Fate.DELIVERED, Fate.QUEUED, Fate.NDR));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("defaultExpirySeeds")
    void ledgerShouldLoseNothingAndBounceNothingWhenLinksFailAndExpiryIsFarBeyondTheRun(long seed) throws Exception {
        Run run = run(FaultSchedule.generate(seed, null));

        assertConserved(run);
        assertThat(run.summary().conservation().count(Fate.NDR)).as(run.describe()).isZero();
        assertThat(run.summary().conservation().ndrMessages()).as(run.describe()).isZero();
        assertThat(run.ledger()).as(run.describe()).noneMatch(e -> e instanceof LedgerEvent.NdrGenerated);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("drainSeeds")
    void queuesShouldDrainWhenEveryLinkIsRestoredAnHourBeforeTheEnd(long seed) throws Exception {
        Run run = run(FaultSchedule.generate(seed, null));

        assertConserved(run);
        assertThat(run.messages()).as(run.describe()).filteredOn(m -> m.fate() != Fate.DELIVERED).isEmpty();
        assertThat(run.summary().queues().values()).as(run.describe())
                .allSatisfy(queues -> assertThat(queues).allSatisfy(q -> assertThat(q.depth()).as(q.name()).isZero()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("shortExpirySeeds")
    void everyNdrShouldHaveARealCauseWhenExpiryIsShorterThanAnOutage(long seed) throws Exception {
        FaultSchedule schedule = FaultSchedule.generate(seed, SHORT_EXPIRY);
        Run run = run(schedule);

        assertConserved(run);
        List<MessageRecord> bounced = run.messages().stream().filter(m -> m.fate() == Fate.NDR).toList();
        if (schedule.firstOutage().isEmpty()) {
            assertThat(bounced).as("no outage, no NDR: " + run.describe()).isEmpty();
        }
        Set<String> exhausted = run.ledger().stream()
                .filter(e -> e instanceof LedgerEvent.MtaEventLogged m && m.id() == MtaEventLog.OPEN_RETRIES_EXHAUSTED)
                .map(e -> ((LedgerEvent.MtaEventLogged) e).server()).collect(Collectors.toSet());
        assertThat(bounced).as(run.describe()).allSatisfy(m -> {
            assertThat(m.status()).as(m.trace()).isIn("4.4.7", "4.4.1");
            assertThat(m.outcomeAt()).as("%s bounced after the first outage", m.trace())
                    .isGreaterThanOrEqualTo(schedule.firstOutage().orElseThrow());
            if (m.status().equals("4.4.7")) {
                assertThat(m.outcomeAt().minus(m.submittedAt())).as("%s waited out its expiry", m.trace())
                        .isGreaterThanOrEqualTo(SHORT_EXPIRY);
            } else {
                assertThat(exhausted).as("%s: open retries exhausted on its server", m.trace()).contains(m.server());
            }
        });
        assertThat(run.messages()).as("an NDR for every bounced message that is not itself an NDR: " + run.describe())
                .filteredOn(m -> m.fate() == Fate.NDR && m.origin() != Origin.NDR)
                .allSatisfy(m -> assertThat(m.ndrTrace()).as(m.trace()).isNotNull());
    }
}
