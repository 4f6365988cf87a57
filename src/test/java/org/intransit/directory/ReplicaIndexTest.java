package org.intransit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The replica's lookups stay in step with its writes: replaced entries, shared keys, many entries. */
class ReplicaIndexTest {

    private final Replica replica = new Replica("SITE1", "SITE1");

    private static DirectoryEntry entry(String alias, List<String> smtp, String legacyDn, List<String> proxies, long version) {
        return new DirectoryEntry(alias, alias, smtp, "c=US;a= ;p=Contoso;o=SITE1;s=" + alias, legacyDn, proxies, "EX55A",
                "SITE1", EntryState.LIVE, null, true, version);
    }

    @Test
    void lookupsShouldFollowAnEntryWhenANewerVersionChangesItsKeys() {
        replica.apply(entry("alice", List.of("alice@contoso.example"), "/o=Contoso/ou=SITE1/cn=alice", List.of(), 1));
        replica.apply(entry("alice", List.of("alice.adams@contoso.example"), "/o=Contoso/ou=SITE2/cn=alice",
                List.of("/o=Contoso/ou=SITE1/cn=alice"), 2));

        assertThat(replica.findBySmtpAddress("alice@contoso.example")).isEmpty();
        assertThat(replica.findBySmtpAddress("Alice.Adams@Contoso.example")).hasValueSatisfying(r ->
                assertThat(r.alias()).isEqualTo("alice"));
        assertThat(replica.findByLegacyDn("/o=Contoso/ou=SITE1/cn=alice")).isEmpty();
        assertThat(replica.findByX500Proxy("X500:/O=CONTOSO/OU=SITE1/CN=ALICE")).hasValueSatisfying(e ->
                assertThat(e.version()).isEqualTo(2));
    }

    @Test
    void lookupsShouldKeepTheCurrentEntryWhenAnOlderVersionArrives() {
        replica.apply(entry("bob", List.of("bob@contoso.example"), "/o=Contoso/ou=SITE1/cn=bob", List.of(), 5));
        replica.apply(entry("bob", List.of("robert@contoso.example"), "/o=Contoso/ou=SITE1/cn=bob", List.of(), 4));

        assertThat(replica.findBySmtpAddress("bob@contoso.example")).isPresent();
        assertThat(replica.findBySmtpAddress("robert@contoso.example")).isEmpty();
    }

    @Test
    void smtpLookupShouldFindTheFirstWrittenEntryWhenTwoShareAnAddressAndTheOtherOnceItGivesItUp() {
        replica.apply(entry("sales", List.of("sales@contoso.example"), "/o=Contoso/ou=SITE1/cn=sales", List.of(), 1));
        replica.apply(entry("sales2", List.of("sales@contoso.example"), "/o=Contoso/ou=SITE1/cn=sales2", List.of(), 2));

        assertThat(replica.findBySmtpAddress("sales@contoso.example")).hasValueSatisfying(r ->
                assertThat(r.alias()).isEqualTo("sales"));

        replica.apply(entry("sales", List.of("old-sales@contoso.example"), "/o=Contoso/ou=SITE1/cn=sales", List.of(), 3));

        assertThat(replica.findBySmtpAddress("sales@contoso.example")).hasValueSatisfying(r ->
                assertThat(r.alias()).isEqualTo("sales2"));
    }

    @Test
    void smtpLookupShouldFindEveryEntryWhenTheReplicaHoldsFiftyThousand() {
        for (int i = 0; i < 50_000; i++) {
            replica.apply(entry("user" + i, List.of("user" + i + "@contoso.example"), "/o=Contoso/ou=SITE1/cn=user" + i,
                    List.of(), i + 1));
        }

        for (int i = 0; i < 50_000; i += 997) {
            assertThat(replica.findBySmtpAddress("USER" + i + "@contoso.example")).as("user%d", i)
                    .hasValueSatisfying(r -> assertThat(r.alias()).isEqualTo(r.alias().toLowerCase()));
        }
        assertThat(replica.findBySmtpAddress("user49999@contoso.example")).hasValueSatisfying(r ->
                assertThat(r.alias()).isEqualTo("user49999"));
        assertThat(replica.findBySmtpAddress("user50000@contoso.example")).isEmpty();
    }
}
