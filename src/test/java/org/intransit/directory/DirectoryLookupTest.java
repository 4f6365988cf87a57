package org.intransit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.intransit.scenario.ServerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding entries by SMTP address, O/R address, legacy DN and X500 proxy, before and after a move. */
class DirectoryLookupTest {

    private static final String ALICE_SITE1_DN = "/o=Contoso/ou=SITE1/cn=Recipients/cn=alice";

    private DirectoryRun run;

    @BeforeEach
    void setUp() throws Exception {
        run = DirectoryRun.twoSites("");
    }

    @AfterEach
    void tearDown() {
        run.close();
    }

    @Test
    void everyReplicaShouldStartWithEveryMailboxLiveAndOwnedByItsHomeSite() {
        for (Replica replica : run.directory.replicas()) {
            assertThat(replica.entries()).extracting(DirectoryEntry::alias).containsExactly("alice", "bob", "carol", "dave");
            assertThat(replica.findBySmtpAddress("dave@contoso.example"))
                    .contains(new Recipient("dave", "dave", "EX03B", "SITE2", EntryState.LIVE));
        }
        assertThat(run.directory.replicas()).extracting(Replica::name).containsExactly("AD", "SITE1", "SITE2");
        assertThat(run.ledger.snapshot()).isEmpty();
    }

    @Test
    void smtpLookupShouldIgnoreCaseAndAnswerForEveryOrganizationDomain() {
        Replica ad = run.directory.ad();
        Recipient alice = new Recipient("alice", "Alice Adams", "EX55A", "SITE1", EntryState.LIVE);

        assertThat(ad.findBySmtpAddress("ALICE@Contoso.Example")).contains(alice);
        assertThat(ad.findBySmtpAddress("alice@contoso-mail.example")).contains(alice);
        assertThat(ad.findBySmtpAddress("alice@fabrikam.example")).isEmpty();
        assertThat(ad.findBySmtpAddress("ghost@contoso.example")).isEmpty();
    }

    @Test
    void entryShouldCarryOrAddressAndLegacyDnOfItsSite() {
        DirectoryEntry alice = run.entry("SITE1", "alice");

        assertThat(alice.smtpAddresses()).containsExactly("alice@contoso.example", "alice@contoso-mail.example");
        assertThat(alice.orAddress()).isEqualTo("c=US;a= ;p=Contoso;o=SITE1;s=Adams;g=Alice");
        assertThat(alice.legacyDn()).isEqualTo(ALICE_SITE1_DN);
        assertThat(alice.x500Proxies()).isEmpty();
        assertThat(alice.replicated()).isTrue();
        assertThat(alice.targetAddress()).isNull();
        assertThat(run.entry("SITE2", "carol").orAddress()).isEqualTo("c=US;a= ;p=Contoso;o=SITE2;s=carol");
        assertThat(run.directory.site("SITE2").findByOrAddress("C=US;A= ;P=CONTOSO;O=SITE1;S=ADAMS;G=ALICE"))
                .contains(alice);
        assertThat(run.directory.site("SITE2").findByLegacyDn(ALICE_SITE1_DN.toUpperCase())).contains(alice);
    }

    @Test
    void oldLegacyDnShouldResolveThroughX500ProxyInAdAfterCrossSiteMove() {
        run.directory.commitMove("alice", "EX55A", "EX03B");
        Replica ad = run.directory.ad();

        DirectoryEntry moved = ad.entry("alice").orElseThrow();
        assertThat(moved.legacyDn()).isEqualTo("/o=Contoso/ou=SITE2/cn=Recipients/cn=alice");
        assertThat(moved.x500Proxies()).containsExactly(ALICE_SITE1_DN);
        assertThat(moved.orAddress()).isEqualTo("c=US;a= ;p=Contoso;o=SITE2;s=Adams;g=Alice");
        assertThat(ad.findByX500Proxy(ALICE_SITE1_DN)).contains(moved);
        assertThat(ad.findByX500Proxy("X500:" + ALICE_SITE1_DN)).contains(moved);
        assertThat(ad.findByLegacyDn(ALICE_SITE1_DN)).isEmpty();
        assertThat(ad.findByLegacyDn(moved.legacyDn())).contains(moved);
        assertThat(ad.findByOrAddress("c=US;a= ;p=Contoso;o=SITE2;s=Adams;g=Alice")).contains(moved);
    }

    @Test
    void stubShouldBeFoundBySmtpWithStateStubSoTheRouterDecides() {
        run.directory.commitMove("alice", "EX55A", "EX03B");

        assertThat(run.directory.site("SITE1").findBySmtpAddress("alice@contoso.example"))
                .contains(new Recipient("alice", "Alice Adams", "EX03B", "SITE1", EntryState.STUB));
        assertThat(run.entry("SITE1", "alice").replicated()).isFalse();
        assertThat(run.entry("SITE1", "alice").version()).isLessThan(run.entry(Replica.AD, "alice").version());
        assertThat(run.updates()).containsExactly("SITE1 alice EX03B stub move @PT0S", "AD alice EX03B live move @PT0S");
        assertThat(run.replicaMarkers()).isEmpty();
        assertThat(run.arrivals).isEmpty();
    }

    @Test
    void moveWithinASiteShouldLeaveNoStubAndKeepTheLegacyDn() {
        run.directory.commitMove("bob", "EX55A", "EX55B");

        for (String replica : List.of("SITE1", Replica.AD)) {
            DirectoryEntry bob = run.entry(replica, "bob");
            assertThat(bob.toRecipient()).isEqualTo(new Recipient("bob", "bob", "EX55B", "SITE1", EntryState.LIVE));
            assertThat(bob.legacyDn()).isEqualTo("/o=Contoso/ou=SITE1/cn=Recipients/cn=bob");
            assertThat(bob.x500Proxies()).isEmpty();
        }
        assertThat(run.entry("SITE2", "bob").homeServer()).isEqualTo("EX55A");
    }

    @Test
    void serversShouldResolveThroughTheirKindsReplica() {
        OrgDirectory directory = run.directory;

        assertThat(directory.forServer("EX55A", "SITE1", ServerKind.EXCHANGE55)).isSameAs(directory.site("SITE1"));
        assertThat(directory.forServer("EX55C", "SITE2", ServerKind.EXCHANGE55)).isSameAs(directory.site("SITE2"));
        assertThat(directory.forServer("EX03B", "SITE2", ServerKind.EXCHANGE2003)).isSameAs(directory.ad());
        assertThat(directory.forServer("RELAY", "SITE2", ServerKind.SMTP)).isSameAs(directory.ad());
    }
}
