package org.intransit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;

/**
 * Versions stop loops: with directory replication connectors around a triangle of three sites
 * (and an ADC per site), a change reaches each replica once and is never applied again, however
 * long the agents keep running. S1-S2 and S2-S3 run every 15 minutes, in that order at equal
 * times, so a change in S1 reaches S3 through S2 before the hourly S3-S1 connector runs.
 */
class ReplicationLoopTest {

    private static final String TRIANGLE = DirectoryRun.ORGANIZATION + """
            sites:
              - name: S1
                servers:
                  - { name: EX55A, kind: exchange55 }
                  - { name: EX55B, kind: exchange55 }
              - name: S2
                servers: [{ name: EX55C, kind: exchange55 }]
              - name: S3
                servers: [{ name: EX55D, kind: exchange55 }]
            mailboxes:
              - { alias: alice, server: EX55A, name: Alice Adams }
              - { alias: bob,   server: EX55A }
            directory:
              agreements:
                - { site: S1 }
                - { site: S2 }
                - { site: S3 }
              replication:
                - { between: [S1, S2] }
                - { between: [S2, S3] }
                - { between: [S3, S1], every: 1h }
            """;

    @Test
    void versionsShouldStopReplicationLoopsAroundATriangleOfSites() throws Exception {
        try (DirectoryRun run = DirectoryRun.of(TRIANGLE).scheduled()) {
            run.at(Duration.ofHours(1), () -> run.directory.commitMove("bob", "EX55A", "EX55B"));
            run.at(Duration.ofHours(2), () -> run.directory.commitMove("alice", "EX55A", "EX55C"));

            run.runUntil(Duration.ofDays(7));

            assertThat(run.events(LedgerEvent.ReplicaUpdated.class))
                    .filteredOn(u -> u.alias().equals("bob"))
                    .extracting(u -> u.replica() + " " + u.agent())
                    .containsExactlyInAnyOrder("S1 move", "AD move", "S2 DRC-S1-S2", "S3 DRC-S2-S3");
            assertThat(run.events(LedgerEvent.ReplicaUpdated.class))
                    .filteredOn(u -> u.alias().equals("alice"))
                    .extracting(u -> u.replica() + " " + u.state() + " " + u.agent())
                    .containsExactly("S1 stub move", "AD live move", "S2 live ADC-S2", "S1 live DRC-S1-S2",
                            "S3 live DRC-S2-S3");
            for (Replica replica : run.directory.replicas()) {
                assertThat(replica.entry("bob").orElseThrow().homeServer()).isEqualTo("EX55B");
                assertThat(replica.entry("alice").orElseThrow().toRecipient())
                        .isEqualTo(new Recipient("alice", "Alice Adams", "EX55C", "S2", EntryState.LIVE));
            }
        }
    }

    @Test
    void runsWithNothingNewShouldRecordNothing() throws Exception {
        try (DirectoryRun run = DirectoryRun.of(TRIANGLE).scheduled()) {
            run.runUntil(Duration.ofDays(7));

            run.directory.replicateNow("DRC-S1-S2");
            run.directory.replicateNow("ADC-S3");

            assertThat(run.ledger.snapshot()).isEmpty();
        }
    }
}
