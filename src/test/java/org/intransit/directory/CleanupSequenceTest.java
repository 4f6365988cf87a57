package org.intransit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.MovePlan;
import org.junit.jupiter.api.Test;

/**
 * The cleanup after alice moves from SITE1's EX55A to SITE2's EX03B. The move starts at 2h and
 * its copy takes 7 minutes, so it commits at 2h07m, between agent runs: ADC runs every 5 minutes
 * (2h10m is the next), directory replication every 15 (2h15m).
 */
class CleanupSequenceTest {

    private static final String ALWAYS = """
            directory:
              agreements:
                - { site: SITE1 }
                - { site: SITE2 }
              replication:
                - { between: [SITE1, SITE2] }
            moves:
              - { mailbox: alice, to: EX03B, at: 2h, copy: 7m }
            """;

    private static Duration time(String iso) {
        return Duration.parse(iso);
    }

    /** Schedules the commit as the move script does, at the scenario's {@code at + copy}. */
    private static void commitTheMove(DirectoryRun run) {
        MovePlan move = run.scenario.moves().get(0);
        run.at(move.at().plus(move.copy()), () -> run.directory.commitMove(move.mailbox(), "EX55A", move.to()));
    }

    @Test
    void adcShouldCreateTheMovedObjectInTheTargetSiteAtItsNextRunAndDrcShouldReplaceTheStub() throws Exception {
        try (DirectoryRun run = DirectoryRun.twoSites(ALWAYS).scheduled()) {
            commitTheMove(run);

            run.runUntil(time("PT2H7M"));
            assertThat(run.entry("SITE1", "alice").toRecipient())
                    .isEqualTo(new Recipient("alice", "Alice Adams", "EX03B", "SITE1", EntryState.STUB));
            assertThat(run.entry("AD", "alice").toRecipient())
                    .isEqualTo(new Recipient("alice", "Alice Adams", "EX03B", "SITE2", EntryState.LIVE));
            assertThat(run.entry("SITE2", "alice").toRecipient())
                    .isEqualTo(new Recipient("alice", "Alice Adams", "EX55A", "SITE1", EntryState.LIVE));
            assertThat(run.replicaMarkers()).isEmpty();

            run.runUntil(time("PT2H10M"));
            assertThat(run.marker("replica.SITE2.alice")).containsExactly(time("PT2H10M"));
            assertThat(run.entry("SITE2", "alice").toRecipient())
                    .isEqualTo(new Recipient("alice", "Alice Adams", "EX03B", "SITE2", EntryState.LIVE));
            assertThat(run.entry("SITE1", "alice").state()).isEqualTo(EntryState.STUB);

            run.runUntil(Duration.ofDays(1));
            assertThat(run.marker("replica.SITE1.alice")).containsExactly(time("PT2H15M"));
            assertThat(run.entry("SITE1", "alice").toRecipient())
                    .isEqualTo(new Recipient("alice", "Alice Adams", "EX03B", "SITE2", EntryState.LIVE));
            assertThat(run.replicaMarkers()).containsExactly("replica.SITE2.alice", "replica.SITE1.alice");
            assertThat(run.arrivals).containsExactly(
                    "SITE2 alice LIVE->LIVE by ADC-SITE2 @PT2H10M",
                    "SITE1 alice STUB->LIVE by DRC-SITE1-SITE2 @PT2H15M");
            assertThat(run.updates()).containsExactly(
                    "SITE1 alice EX03B stub move @PT2H7M",
                    "AD alice EX03B live move @PT2H7M",
                    "SITE2 alice EX03B live ADC-SITE2 @PT2H10M",
                    "SITE1 alice EX03B live DRC-SITE1-SITE2 @PT2H15M");
        }
    }

    @Test
    void stubShouldNeverLeaveTheSourceSite() throws Exception {
        try (DirectoryRun run = DirectoryRun.twoSites(ALWAYS).scheduled()) {
            commitTheMove(run);

            run.runUntil(Duration.ofDays(7));

            assertThat(run.events(LedgerEvent.ReplicaUpdated.class))
                    .filteredOn(u -> u.state().equals("stub"))
                    .extracting(u -> u.replica() + " " + u.agent())
                    .containsExactly("SITE1 move");
            assertThat(run.entry("SITE2", "alice").state()).isEqualTo(EntryState.LIVE);
            assertThat(run.entry("AD", "alice").state()).isEqualTo(EntryState.LIVE);
        }
    }

    /**
     * ADC(SITE2) every 2h runs at 4h; the directory replication run due at 4h was scheduled after
     * it (at 3h45m), so it carries alice to SITE1 at the same instant.
     */
    @Test
    void slowerAdcScheduleShouldDelayTheTargetSiteAndTheStubRemoval() throws Exception {
        String everyTwoHours = ALWAYS.replace("- { site: SITE2 }", "- { site: SITE2, every: 2h }");
        try (DirectoryRun run = DirectoryRun.twoSites(everyTwoHours).scheduled()) {
            commitTheMove(run);

            run.runUntil(Duration.ofDays(1));

            assertThat(run.marker("replica.SITE2.alice")).containsExactly(time("PT4H"));
            assertThat(run.marker("replica.SITE1.alice")).containsExactly(time("PT4H"));
        }
    }
}
