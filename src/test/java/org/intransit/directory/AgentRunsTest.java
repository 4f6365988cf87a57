package org.intransit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When agents run (forced, never, selected times) and which way one-way agreements copy. */
class AgentRunsTest {

    private static final Duration COMMIT = Duration.parse("PT2H7M");

    private static void moveAliceAt(DirectoryRun run, Duration at) {
        run.at(at, () -> run.directory.commitMove("alice", "EX55A", "EX03B"));
    }

    @Test
    void replicateNowShouldRunTheAgentImmediatelyAndCopyOnlyWhatIsNew() throws Exception {
        try (DirectoryRun run = DirectoryRun.twoSites("directory: { agreements: [{ site: SITE2, every: never }] }")
                .scheduled()) {
            moveAliceAt(run, COMMIT);
            run.at(COMMIT, () -> run.directory.replicateNow("ADC-SITE2"));
            run.runUntil(COMMIT);
            int recorded = run.ledger.snapshot().size();

            run.directory.replicateNow("ADC-SITE2");

            assertThat(run.marker("replica.SITE2.alice")).containsExactly(COMMIT);
            assertThat(run.ledger.snapshot()).hasSize(recorded);
        }
    }

    @Test
    void neverAgentsShouldRunOnlyWhenForced() throws Exception {
        String never = """
                directory:
                  agreements: [{ site: SITE2, every: never }]
                  replication: [{ name: DRC-MAIN, between: [SITE1, SITE2], every: never }]
                """;
        try (DirectoryRun run = DirectoryRun.twoSites(never).scheduled()) {
            moveAliceAt(run, COMMIT);
            run.at(Duration.ofDays(3), () -> run.directory.replicateNow("ADC-SITE2"));
            run.at(Duration.ofDays(4), () -> run.directory.replicateNow("DRC-MAIN"));

            run.runUntil(Duration.ofDays(3).minusSeconds(1));
            assertThat(run.replicaMarkers()).isEmpty();

            run.runUntil(Duration.ofDays(7));
            assertThat(run.marker("replica.SITE2.alice")).containsExactly(Duration.ofDays(3));
            assertThat(run.marker("replica.SITE1.alice")).containsExactly(Duration.ofDays(4));
        }
    }

    @Test
    void selectedTimesShouldRunAtThoseOffsetsOfEachDay() throws Exception {
        try (DirectoryRun run = DirectoryRun.twoSites(
                "directory: { agreements: [{ site: SITE2, times: [\"01:00\", \"13:00\"] }] }").scheduled()) {
            moveAliceAt(run, COMMIT);
            run.at(Duration.ofHours(14), () -> run.directory.commitMove("bob", "EX55A", "EX03B"));

            run.runUntil(Duration.ofDays(2));

            assertThat(run.marker("replica.SITE2.alice")).containsExactly(Duration.ofHours(13));
            assertThat(run.marker("replica.SITE2.bob")).containsExactly(Duration.ofHours(25));
        }
    }

    @Test
    void adToSiteAgreementShouldNotCopyTheSitesOwnChangesToAd() throws Exception {
        try (DirectoryRun run = DirectoryRun.twoSites(
                "directory: { agreements: [{ site: SITE2, direction: ad-to-site }] }").scheduled()) {
            moveAliceAt(run, COMMIT);
            run.at(COMMIT, () -> originateInSite2(run));

            run.runUntil(Duration.ofDays(1));

            assertThat(run.replicaMarkers()).containsExactly("replica.SITE2.alice");
            assertThat(run.directory.ad().entry("partner")).isEmpty();
        }
    }

    @Test
    void siteToAdAgreementShouldNotCopyAdsChangesToTheSite() throws Exception {
        try (DirectoryRun run = DirectoryRun.twoSites(
                "directory: { agreements: [{ site: SITE2, direction: site-to-ad }] }").scheduled()) {
            moveAliceAt(run, COMMIT);
            run.at(COMMIT, () -> originateInSite2(run));

            run.runUntil(Duration.ofDays(1));

            assertThat(run.replicaMarkers()).containsExactly("replica.AD.partner");
            assertThat(run.marker("replica.AD.partner")).containsExactly(Duration.parse("PT2H10M"));
            assertThat(run.entry("SITE2", "alice").homeServer()).isEqualTo("EX55A");
        }
    }

    @Test
    void replicateNowShouldRefuseAnUnknownAgent() throws Exception {
        try (DirectoryRun run = DirectoryRun.twoSites("directory: { agreements: [{ site: SITE2 }] }")) {
            assertThatThrownBy(() -> run.directory.replicateNow("ADC-SITE9"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ADC-SITE9")
                    .hasMessageContaining("ADC-SITE2");
        }
    }

    /** A custom recipient created in SITE2's directory only, as an administrator would. */
    private static void originateInSite2(DirectoryRun run) {
        run.directory.site("SITE2").apply(new DirectoryEntry("partner", "Fabrikam Partner",
                List.of("partner@contoso.example"), "c=US;a= ;p=Contoso;o=SITE2;s=Partner;g=Fabrikam",
                "/o=Contoso/ou=SITE2/cn=Recipients/cn=partner", List.of(), "EX55C", "SITE2", EntryState.CUSTOM,
                "SMTP:partner@fabrikam.example", true, 1_000));
    }
}
