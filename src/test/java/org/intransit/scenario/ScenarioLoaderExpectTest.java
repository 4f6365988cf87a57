package org.intransit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code expect} section's sender filters, offset time points, queue conditions and event
 * markers: what loads into which records, and the exact one-line message for each mistake.
 * Every file starts with {@link #HEADER} (16 lines), so the first expectation is on line 17.
 */
class ScenarioLoaderExpectTest {

    private static final String HEADER = """
            name: t
            duration: 12h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                servers: [ { name: EX55A, kind: exchange55 } ]
              - name: SITE2
                servers: [ { name: EX03B, kind: exchange2003, gateway: true }, { name: RELAY, kind: smtp } ]
            mailboxes: [ { alias: alice, server: EX55A }, { alias: dave, server: EX03B } ]
            moves: [ { mailbox: alice, to: EX03B, at: 2h } ]
            directory: { agreements: [ { site: SITE1 } ] }
            events:
              - { at: 6h, addConnector: { name: SC-TEMP, kind: site, between: [EX55A, EX03B] } }
              - { at: 7h, cutLink: [EX55A, EX03B] }
              - { at: 8h, mark: outage-1h }
            expect:
            """;

    private static List<ExpectationPlan> expectations(String expect) {
        return ScenarioLoader.parse(HEADER + expect, "test.yaml").expectations();
    }

    private static void assertRejected(String expect, String message) {
        assertThatThrownBy(() -> ScenarioLoader.parse(HEADER + expect, "test.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(message);
    }

    private static TimeRef.Offset offset(String marker, Duration by) {
        return new TimeRef.Offset(new TimeRef.Marker(marker), by);
    }

    // --- select: senderSite, senderKind ---------------------------------------------------------

    @Test
    void loaderShouldReadSenderSiteAndKindWhenGivenAsOneValueOrAList() {
        List<ExpectationPlan> plans = expectations("""
                  - name: SITE1's 5.5 senders
                    select: { senderSite: SITE1, senderKind: exchange55 }
                    outcome: ndr
                  - name: outside or AD senders
                    select: { to: alice, senderSite: [internet, SITE2], senderKind: [exchange2003, smtp] }
                    outcome: delivered
                """);

        assertThat(plans.get(0).select()).isEqualTo(new Selector(List.of(), List.of(), null, null,
                List.of("SITE1"), List.of(ServerKind.EXCHANGE55)));
        assertThat(plans.get(1).select()).isEqualTo(new Selector(List.of(), List.of("alice"), null, null,
                List.of("internet", "SITE2"), List.of(ServerKind.EXCHANGE2003, ServerKind.SMTP)));
    }

    @Test
    void loaderShouldRejectSenderSiteWhenSiteIsUnknown() {
        assertRejected("""
                  - name: senders of a site
                    select: { senderSite: [internet, SIET2] }
                    outcome: delivered
                """,
                "test.yaml:18:38: expect[0].select.senderSite[1]: unknown site \"SIET2\"; expected one of SITE1,"
                        + " SITE2, or internet (did you mean \"SITE2\"?)");
    }

    @Test
    void loaderShouldRejectSenderKindWhenNotAServerKind() {
        assertRejected("""
                  - name: senders of a kind
                    select: { senderKind: [exchange55, exchange5] }
                    outcome: delivered
                """,
                "test.yaml:18:40: expect[0].select.senderKind[1]: expected one of exchange55, exchange2003, smtp"
                        + " but found \"exchange5\"");
    }

    // --- time points: MARKER + DURATION, MARKER - DURATION ------------------------------------

    @Test
    void loaderShouldReadMarkerOffsetsWhenWrittenWithOrWithoutSpaces() {
        List<ExpectationPlan> plans = expectations("""
                  - name: offsets
                    select: { submitted: [move.alice.commit + 15m, end - 1h30m] }
                    outcome: delivered
                  - name: no spaces
                    select: { submitted: [move.alice.in-transit-PT5M, move.alice.commit+0] }
                    outcome: delivered
                  - name: markers ending in a duration
                    select: { submitted: [outage-1h - 5m, outage-1h] }
                    outcome: delivered
                """);

        assertThat(plans).extracting(p -> p.select().submittedFrom(), p -> p.select().submittedTo()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(offset("move.alice.commit", Duration.ofMinutes(15)),
                        offset("end", Duration.ofMinutes(-90))),
                org.assertj.core.groups.Tuple.tuple(offset("move.alice.in-transit", Duration.ofMinutes(-5)),
                        offset("move.alice.commit", Duration.ZERO)),
                org.assertj.core.groups.Tuple.tuple(offset("outage-1h", Duration.ofMinutes(-5)),
                        new TimeRef.Marker("outage-1h")));
    }

    @Test
    void loaderShouldRejectOffsetWhenItsMarkerIsUnknown() {
        assertRejected("""
                  - name: bounces after commit
                    select: { submitted: [move.alice.comit + 15m, end] }
                    outcome: ndr
                """,
                "test.yaml:18:27: expect[0].select.submitted[0]: unknown marker \"move.alice.comit\"; expected"
                        + " a duration, start, end, move.<alias>.<in-transit|commit|release|cleanup> of a moved"
                        + " mailbox, replica.<AD|site>.<alias>, an event's marker (connector.<name>.added,"
                        + " server.<name>.stopped, ...), or a mark event's name"
                        + " (did you mean \"move.alice.commit\"?)");
    }

    @Test
    void loaderShouldRejectOffsetWhenItShiftsAFixedTime() {
        assertRejected("""
                  - name: fixed window
                    select: { submitted: [2h + 30m, end] }
                    outcome: delivered
                """,
                "test.yaml:18:27: expect[0].select.submitted[0]: expected a marker before \"+\" but found the"
                        + " duration 2h; write a fixed time as one duration (2h30m)");
    }

    @Test
    void loaderShouldRejectOffsetWhenItsDurationIsMalformed() {
        assertRejected("""
                  - name: malformed
                    select: { submitted: [move.alice.commit + 15 mins, end] }
                    outcome: delivered
                """,
                "test.yaml:18:27: expect[0].select.submitted[0]: expected a duration, a marker, or a marker plus or"
                        + " minus a duration such as move.alice.commit + 15m but found \"move.alice.commit + 15"
                        + " mins\"");
    }

    @Test
    void loaderShouldRejectWindowWhenOffsetsOfOneMarkerAreOutOfOrder() {
        assertRejected("""
                  - name: backwards
                    select: { submitted: [move.alice.commit + 30m, move.alice.commit + 10m] }
                    outcome: delivered
                """,
                "test.yaml:18:52: expect[0].select.submitted[1]: the window ends at move.alice.commit + 10m, not"
                        + " after its start at move.alice.commit + 30m; expected [FROM, TO] with FROM before TO");
    }

    // --- event markers ---------------------------------------------------------------------------

    @Test
    void loaderShouldAcceptEventAndReplicaMarkersWhenEventsWriteThem() {
        List<ExpectationPlan> plans = ScenarioLoader.parse("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                  - name: SITE2
                    servers: [ { name: EX03B, kind: exchange2003 } ]
                mailboxes: [ { alias: alice, server: EX55A } ]
                connectors: [ { name: X400-1-2, kind: x400, between: [EX55A, EX03B], password: secret } ]
                directory: { agreements: [ { site: SITE1 } ] }
                events:
                  - { at: 1h, addConnector: { name: SC-TEMP, kind: site, between: [EX55A, EX03B] } }
                  - { at: 2h, removeConnector: SC-TEMP }
                  - { at: 2h, x400Password: { connector: X400-1-2, password: secret } }
                  - { at: 3h, link: { between: [EX03B, EX55A], state: reset } }
                  - { at: 3h, latency: { between: [EX55A, EX03B], delay: 100ms } }
                  - { at: 4h, stopServer: EX03B }
                  - { at: 5h, startServer: EX03B }
                  - { at: 6h, serviceAccount: { server: EX55A, account: CONTOSO\\svc } }
                  - { at: 7h, replicateNow: ADC-SITE1 }
                expect:
                  - name: a
                    select: { submitted: [connector.SC-TEMP.added, connector.SC-TEMP.removed] }
                    outcome: delivered
                  - name: b
                    select: { submitted: [connector.X400-1-2.password, link.EX03B-EX55A.reset] }
                    outcome: delivered
                  - name: c
                    select: { submitted: [link.EX55A-EX03B.latency, server.EX03B.stopped] }
                    outcome: delivered
                  - name: d
                    select: { submitted: [server.EX03B.started, account.EX55A.changed] }
                    outcome: delivered
                  - name: e
                    select: { submitted: [replicate-now.ADC-SITE1, replica.AD.alice + 1h] }
                    outcome: delivered
                """, "test.yaml").expectations();

        assertThat(plans).extracting(p -> p.select().submittedFrom()).containsExactly(
                new TimeRef.Marker("connector.SC-TEMP.added"), new TimeRef.Marker("connector.X400-1-2.password"),
                new TimeRef.Marker("link.EX55A-EX03B.latency"), new TimeRef.Marker("server.EX03B.started"),
                new TimeRef.Marker("replicate-now.ADC-SITE1"));
        assertThat(plans.get(4).select().submittedTo()).isEqualTo(offset("replica.AD.alice", Duration.ofHours(1)));
    }

    @Test
    void loaderShouldRejectConnectorMarkerWhenConnectorIsUnknown() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, name: EX03B, drainedBy: connector.SC-TMP.added + 10m }
                """,
                "test.yaml:18:53: expect[0].queue.drainedBy: unknown connector \"SC-TMP\" in marker"
                        + " \"connector.SC-TMP.added\"; expected one of SC-TEMP (did you mean \"SC-TEMP\"?)");
    }

    @Test
    void loaderShouldRejectConnectorMarkerWhenNoEventWritesIt() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, name: EX03B, drainedBy: connector.SC-TEMP.removed }
                """,
                "test.yaml:18:53: expect[0].queue.drainedBy: marker \"connector.SC-TEMP.removed\" never happens:"
                        + " no removeConnector event removes SC-TEMP; expected one of connector.SC-TEMP.added");
    }

    @Test
    void loaderShouldRejectConnectorMarkerWhenItsEventWordIsUnknown() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, name: EX03B, drainedBy: connector.SC-TEMP.add }
                """,
                "test.yaml:18:53: expect[0].queue.drainedBy: unknown marker \"connector.SC-TEMP.add\"; expected"
                        + " connector.<name>.<added|removed|password>"
                        + " (did you mean \"connector.SC-TEMP.added\"?)");
    }

    @Test
    void loaderShouldRejectServerMarkerWhenNoEventStopsTheServer() {
        assertRejected("""
                  - name: after the stop
                    select: { submitted: [server.EX55A.stopped, end] }
                    outcome: queued
                """,
                "test.yaml:18:27: expect[0].select.submitted[0]: marker \"server.EX55A.stopped\" never happens:"
                        + " no stopServer event stops EX55A; expected an event {stopServer: EX55A} in events");
    }

    @Test
    void loaderShouldRejectServerMarkerWhenServerIsUnknown() {
        assertRejected("""
                  - name: after the account change
                    select: { submitted: [account.EX55B.changed, end] }
                    outcome: delivered
                """,
                "test.yaml:18:27: expect[0].select.submitted[0]: unknown server \"EX55B\" in marker"
                        + " \"account.EX55B.changed\"; expected one of EX55A, EX03B, RELAY (did you mean \"EX55A\"?)");
    }

    @Test
    void loaderShouldRejectLinkMarkerWhenServersAreInTheOtherOrder() {
        assertRejected("""
                  - name: after the cut
                    select: { submitted: [link.EX03B-EX55A.down, end] }
                    outcome: queued
                """,
                "test.yaml:18:27: expect[0].select.submitted[0]: marker \"link.EX03B-EX55A.down\" never happens:"
                        + " no event sets the link EX03B-EX55A to down; expected one of link.EX55A-EX03B.down (the"
                        + " marker names the servers in the event's order: did you mean \"link.EX55A-EX03B.down\"?)");
    }

    @Test
    void loaderShouldRejectLinkMarkerWhenAServerIsUnknown() {
        assertRejected("""
                  - name: after the cut
                    select: { submitted: [link.EX55A-EX03C.down, end] }
                    outcome: queued
                """,
                "test.yaml:18:27: expect[0].select.submitted[0]: unknown server \"EX03C\" in marker"
                        + " \"link.EX55A-EX03C.down\"; expected one of EX55A, EX03B, RELAY (did you mean \"EX03B\"?)");
    }

    @Test
    void loaderShouldRejectReplicateNowMarkerWhenAgentIsUnknown() {
        assertRejected("""
                  - name: after replication
                    select: { submitted: [replicate-now.ADC-SITE3, end] }
                    outcome: delivered
                """,
                "test.yaml:18:27: expect[0].select.submitted[0]: unknown replication agent \"ADC-SITE3\" in marker"
                        + " \"replicate-now.ADC-SITE3\"; expected one of ADC-SITE1 (did you mean \"ADC-SITE1\"?)");
    }

    @Test
    void loaderShouldRejectMarkNameWhenItUsesAnEventMarkerPrefix() {
        assertThatThrownBy(() -> ScenarioLoader.parse("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                events:
                  - { at: 1h, mark: server.EX55A.stopped }
                """, "test.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("test.yaml:8:21: events[0].mark: marker name server.EX55A.stopped is reserved; expected a"
                        + " name that is not start, end, move.*, replica.*, connector.*, link.*, server.*, account.*,"
                        + " replicate-now.* or a duration");
    }

    // --- queue ------------------------------------------------------------------------------------

    @Test
    void loaderShouldReadQueueConditionWhenOutcomeIsLeftOut() {
        List<ExpectationPlan> plans = expectations("""
                  - name: the RPC queue drains after the workaround
                    queue: { server: EX55A, name: EX03B, drainedBy: connector.SC-TEMP.added + 10m }
                  - name: no route queue stays small
                    queue: { server: RELAY, name: no-route (fabrikam.example), maxDepth: 0 }
                  - name: delivered and drained
                    select: { to: alice, senderKind: exchange55 }
                    outcome: delivered
                    queue: { server: EX55A, name: in-transit, drainedBy: end, maxDepth: 25 }
                """);

        assertThat(plans).containsExactly(
                new ExpectationPlan("the RPC queue drains after the workaround",
                        new Selector(List.of(), List.of(), null, null), null, null, null, 1.0, null,
                        new QueueCondition("EX55A", "EX03B",
                                offset("connector.SC-TEMP.added", Duration.ofMinutes(10)), null)),
                new ExpectationPlan("no route queue stays small",
                        new Selector(List.of(), List.of(), null, null), null, null, null, 1.0, null,
                        new QueueCondition("RELAY", "no-route (fabrikam.example)", null, 0)),
                new ExpectationPlan("delivered and drained",
                        new Selector(List.of(), List.of("alice"), null, null, List.of(),
                                List.of(ServerKind.EXCHANGE55)),
                        Outcome.DELIVERED, null, null, 1.0, null,
                        new QueueCondition("EX55A", "in-transit", new TimeRef.Marker("end"), 25)));
    }

    @Test
    void loaderShouldReadDrainedByWhenItIsAFixedTime() {
        List<ExpectationPlan> plans = expectations("""
                  - { name: drained, queue: { server: EX55A, name: EX03B, drainedBy: 12h } }
                """);

        assertThat(plans.get(0).queue().drainedBy()).isEqualTo(new TimeRef.At(Duration.ofHours(12)));
    }

    @Test
    void loaderShouldRejectExpectationWhenItHasNeitherOutcomeNorQueue() {
        assertRejected("""
                  - name: nothing to check
                    select: { to: alice }
                """,
                "test.yaml:17:5: expect[0]: missing key \"outcome\" or \"queue\"; expected outcome, queue, or both");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status: 5.1.1      | status",
        "count: 3           | count",
        "fraction: 95%      | fraction",
        "within: 30m        | within",
        "select: { to: dave } | select"})
    void loaderShouldRejectMessageKeyWhenOutcomeIsLeftOut(String line, String key) {
        assertRejected("  - name: queue only\n"
                        + "    queue: { server: EX55A, name: EX03B, maxDepth: 10 }\n"
                        + "    " + line + "\n",
                "test.yaml:19:5: expect[0]." + key + ": key \"" + key + "\" applies only with outcome; expected an"
                        + " outcome next to it, or no " + key);
    }

    @Test
    void loaderShouldRejectQueueWhenServerIsUnknown() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55X, name: EX03B, maxDepth: 0 }
                """,
                "test.yaml:18:22: expect[0].queue.server: unknown server \"EX55X\"; expected one of EX55A, EX03B,"
                        + " RELAY (did you mean \"EX55A\"?)");
    }

    @Test
    void loaderShouldRejectQueueWhenItHasNeitherDrainedByNorMaxDepth() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, name: EX03B }
                """,
                "test.yaml:18:12: expect[0].queue: missing key \"drainedBy\" or \"maxDepth\"; expected drainedBy,"
                        + " maxDepth, or both");
    }

    @Test
    void loaderShouldRejectQueueWhenNameIsMissing() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, maxDepth: 0 }
                """,
                "test.yaml:18:12: expect[0].queue: missing required key \"name\"");
    }

    @Test
    void loaderShouldRejectQueueWhenNameIsBlank() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, name: " ", maxDepth: 0 }
                """,
                "test.yaml:18:35: expect[0].queue.name: expected a queue name (a server or connector name,"
                        + " in-transit, or no-route...) but found \" \"");
    }

    @Test
    void loaderShouldRejectMaxDepthWhenNegative() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, name: EX03B, maxDepth: -1 }
                """,
                "test.yaml:18:52: expect[0].queue.maxDepth: expected an integer from 0 to 2147483647 but found -1");
    }

    @Test
    void loaderShouldRejectDrainedByWhenAfterTheScenarioEnd() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, name: EX03B, drainedBy: 13h }
                """,
                "test.yaml:18:53: expect[0].queue.drainedBy: drainedBy 13h is after the scenario's end (12h);"
                        + " expected a time from 0s to 12h, or end");
    }

    @Test
    void loaderShouldRejectQueueKeyWhenMisspelled() {
        assertRejected("""
                  - name: drains
                    queue: { server: EX55A, name: EX03B, drainedBy: end, maxDepht: 3 }
                """,
                "test.yaml:18:58: expect[0].queue.maxDepht: unknown key \"maxDepht\"; expected one of server, name,"
                        + " drainedBy, maxDepth (did you mean \"maxDepth\"?)");
    }
}
