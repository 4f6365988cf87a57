package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two generic SMTP relays whose static routes for {@code contoso.test} point at each other: the
 * message ping-pongs, every hop adds a {@code Received:} header, and once it has more hops than
 * the hop limit the server holding it NDRs it as a mail loop. The NDR goes back to the internet
 * sender, so it leaves the organization at the gateway.
 */
@Timeout(90)
class LoopDetectionTest {

    private static final int HOP_LIMIT = 8;

    /*
     * recipientCheck: accept on both relays: with the default (reject) a relay refuses at RCPT
     * every address of the organization's domains that has no mailbox, and no contoso.test
     * address can have one (mailboxes are alias@smtpDomain), so nothing would ever loop.
     */
    private static final String LOOP = """
            name: loop
            duration: 2h
            organization: { smtpDomain: contoso.example, otherDomains: [contoso.test] }
            sites:
              - name: SITE1
                servers:
                  - name: RELAY1
                    kind: smtp
                    gateway: true
                    recipientCheck: accept
                    hopLimit: %1$d
                    routes: [ { domain: contoso.test, server: RELAY2 } ]
                  - name: RELAY2
                    kind: smtp
                    recipientCheck: accept
                    hopLimit: %1$d
                    routes: [ { domain: contoso.test, server: RELAY1 } ]
            traffic:
              - { name: loop, from: internet, to: x@contoso.test, at: 5m }
            """.formatted(HOP_LIMIT);

    @Test
    void routerShouldBounceWithLoopDetectedWhenRelaysRouteToEachOther() throws Exception {
        HarnessRun run = HarnessRun.of(LOOP);

        MessageRecord looping = run.message("loop-1");
        assertThat(looping.fate()).isEqualTo(Fate.NDR);
        assertThat(looping.status()).isEqualTo("5.4.6");
        assertThat(looping.x400Reason()).isEqualTo("1 unable-to-transfer");
        assertThat(looping.x400Diagnostic()).isEqualTo("3 loop-detected");
        assertThat(looping.hops()).as("hops when bounced").isGreaterThan(HOP_LIMIT);

        LedgerEvent.NdrGenerated ndr = run.all(LedgerEvent.NdrGenerated.class).stream()
                .filter(n -> n.trace().equals("loop-1")).findFirst().orElseThrow();
        assertThat(run.events(ndr.server(), MtaEventLog.NDR)).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("loop-1").contains("5.4.6").contains("loop-detected"));
        assertThat(run.summary().conservation().passed()).isTrue();
    }

    @Test
    void loopingMessageShouldMakeAboutHopLimitTransfersBetweenTheTwoRelaysBeforeItIsBounced() throws Exception {
        HarnessRun run = HarnessRun.of(LOOP);

        var hops = run.hops("loop-1");
        assertThat(hops).as("transfers of the looping message").hasSizeBetween(HOP_LIMIT - 1, HOP_LIMIT + 1)
                .allSatisfy(h -> assertThat(h).isIn("RELAY1/RELAY2->RELAY2:smtp", "RELAY2/RELAY1->RELAY1:smtp"));
        for (int i = 0; i < hops.size(); i++) {
            assertThat(hops.get(i)).as("transfer %d alternates", i + 1)
                    .isEqualTo(i % 2 == 0 ? "RELAY1/RELAY2->RELAY2:smtp" : "RELAY2/RELAY1->RELAY1:smtp");
        }
        assertThat(run.all(LedgerEvent.Received.class)).filteredOn(r -> r.trace().equals("loop-1"))
                .extracting(LedgerEvent.Received::hops).as("one Received: header per hop")
                .isSorted().doesNotHaveDuplicates();
        assertThat(run.all(LedgerEvent.NdrGenerated.class)).filteredOn(n -> n.trace().equals("loop-1")).hasSize(1);
    }

    @Test
    void loopNdrShouldLeaveTheOrganizationAtTheGatewayForTheInternetSender() throws Exception {
        HarnessRun run = HarnessRun.of(LOOP);

        String ndrTrace = run.message("loop-1").ndrTrace();
        assertThat(ndrTrace).isNotNull();
        assertThat(run.all(LedgerEvent.LeftOrganization.class)).filteredOn(l -> l.trace().equals(ndrTrace))
                .singleElement().satisfies(l -> {
                    assertThat(l.server()).isEqualTo("RELAY1");
                    assertThat(l.recipient()).isEqualTo("someone@internet.example");
                });
        MessageRecord ndr = run.message(ndrTrace);
        assertThat(ndr.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(ndr.place()).isEqualTo("internet");
        assertThat(ndr.server()).isEqualTo("RELAY1");
        assertThat(run.all(LedgerEvent.Delivered.class)).as("no mailbox takes the NDR").isEmpty();
        assertThat(run.summary().conservation().count(Fate.LOST)).isZero();
        assertThat(run.summary().conservation().count(Fate.DUPLICATED)).isZero();
        assertThat(run.summary().conservation().passed()).isTrue();
    }
}
