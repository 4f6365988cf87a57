package org.intransit.junit;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.intransit.scenario.ScenarioActions.addConnector;
import static org.intransit.scenario.ScenarioActions.cutLink;
import static org.intransit.scenario.ScenarioActions.latency;
import static org.intransit.scenario.ScenarioActions.link;
import static org.intransit.scenario.ScenarioActions.mark;
import static org.intransit.scenario.ScenarioActions.removeConnector;
import static org.intransit.scenario.ScenarioActions.replicateNow;
import static org.intransit.scenario.ScenarioActions.restoreLink;
import static org.intransit.scenario.ScenarioActions.serviceAccount;
import static org.intransit.scenario.ScenarioActions.startServer;
import static org.intransit.scenario.ScenarioActions.stopServer;
import static org.intransit.scenario.ScenarioActions.x400Password;

import java.util.List;
import org.intransit.scenario.AgreementDirection;
import org.intransit.scenario.ClockPlan;
import org.intransit.scenario.ConnectorKind;
import org.intransit.scenario.LinkState;
import org.intransit.scenario.LoadPlan;
import org.intransit.scenario.Outcome;
import org.intransit.scenario.RecipientCheck;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioBuilder;
import org.intransit.scenario.ScenarioLoader;
import org.intransit.scenario.Schedule;
import org.intransit.scenario.ServerKind;
import org.junit.jupiter.api.Test;

/** Every key of a scenario file, written once in YAML and once in Java: the same records. */
class ScenarioBuilderCoverageTest {

    private static final String YAML = """
            name: everything
            description: Every key the builder has.
            seed: 5
            duration: 12h
            clock: { mode: scaled, scale: 60 }
            organization: { smtpDomain: contoso.example, otherDomains: [contoso.test], x400: { country: DE, prmd: Contoso } }
            sites:
              - name: SITE1
                serviceAccount: CONTOSO\\svc1
                servers:
                  - name: EX55A
                    kind: exchange55
                    serviceAccount: CONTOSO\\own
                    recipientCheck: accept
                    hopLimit: 10
                    retry: { openInterval: 5m, openCount: 3, transferInterval: 1m, transferCount: 1,
                             expiry: { urgent: 1h, normal: 2h, nonUrgent: 3h }, ndrWhenOpenRetriesExhausted: true }
              - name: SITE2
                servers:
                  - { name: EX03B, kind: exchange2003, gateway: true, tls: true, auth: { user: u, password: p },
                      limits: { maxMessageSize: 1MiB, connectionTimeout: 5s, maxConnections: 10, maxRecipients: 5 } }
                  - { name: RELAY, kind: smtp, port: 2525, bind: 127.0.0.1,
                      routes: [ { domain: "*", server: EX03B }, { domain: contoso.test, server: EX55A } ] }
            connectors:
              - { name: X1, kind: x400, between: [EX55A, EX03B], cost: 2, schedule: ["01:00", "13:00"], password: a,
                  presentedPassword: b, retry: { openInterval: 2m } }
              - { name: S1, kind: smtp, between: [EX03B, RELAY] }
            directory:
              agreements:
                - { site: SITE1, direction: ad-to-site, times: ["02:00"] }
                - { name: ADC-2, site: SITE2, every: 30m }
              replication:
                - { between: [SITE1, SITE2], every: never }
            mailboxes:
              - { alias: alice, server: EX55A, name: Alice }
              - { group: user, count: 10, servers: [EX55A, EX03B, RELAY] }
            moves:
              - { mailbox: alice, to: EX03B, at: 1h, copy: 20m, releaseToRpcQueue: false }
              - { mailboxes: { group: user, first: 1, last: 3 }, to: EX03B, at: 2h, copy: 5m, every: 10m }
            events:
              - { at: 3h, addConnector: { name: SC, kind: site, between: [EX55A, EX03B], overrideAccount: CONTOSO\\x, cost: 3 } }
              - { at: 3h, removeConnector: S1 }
              - { at: 4h, link: { between: [EX55A, EX03B], state: blackhole, latency: 200ms } }
              - { at: 4h, cutLink: [EX03B, RELAY] }
              - { at: 5h, restoreLink: [EX03B, RELAY] }
              - { at: 5h, latency: { between: [EX55A, EX03B], delay: 50ms } }
              - { at: 6h, x400Password: { connector: X1, password: a } }
              - { at: 6h, serviceAccount: { server: EX55A, account: CONTOSO\\svc2 } }
              - { at: 7h, replicateNow: ADC-2 }
              - { at: 7h, stopServer: RELAY }
              - { at: 8h, startServer: RELAY }
              - { at: 8h, mark: halfway }
            traffic:
              - { name: one, from: internet, to: alice, at: 30m, size: 8KiB, subject: hello }
              - { name: ticks, from: [alice, someone@contoso.example], to: [ { group: user, first: 4, count: 2 } ],
                  start: 1h, every: 15m, until: 10h }
              - { name: load, from: { group: user }, to: alice, start: 1h, until: 11h,
                  ramp: { from: 0/s, to: 30/m, over: 1h }, bursts: { rate: 2/s, every: 2h, for: 5m },
                  arrivals: poisson, pick: cycle, maxConnections: 4, size: { min: 1KiB, max: 64KiB, distribution: uniform } }
              - { name: steady, from: alice, to: user0005, rate: 10/h }
            expect:
              - { name: e1, select: { from: [alice, internet], to: alice, submitted: [start, move.alice.commit + 15m],
                  senderSite: [SITE1, internet], senderKind: exchange55 }, outcome: delivered, status: 2.0.0, count: 3, within: 5m }
              - { name: e2, select: { to: { group: user, first: 4, last: 5 } }, outcome: ndr, fraction: 0.5 }
              - { name: e3, queue: { server: EX55A, name: EX03B, drainedBy: halfway, maxDepth: 4 } }
              - { name: e4, outcome: queued, queue: { server: EX55A, name: X1, maxDepth: 0 } }
            """;

    @Test
    void builderShouldGiveTheLoadersRecordsForEveryKey() {
        ScenarioBuilder b = ScenarioBuilder.named("everything").description("Every key the builder has.").seed(5)
                .duration(ofHours(12)).clock(ClockPlan.scaled(60))
                .organization("contoso.example").otherDomains("contoso.test").x400("DE", " ", "Contoso")
                .site("SITE1", site -> site.serviceAccount("CONTOSO\\svc1").server("EX55A", ServerKind.EXCHANGE55, s -> s
                        .serviceAccount("CONTOSO\\own").recipientCheck(RecipientCheck.ACCEPT).hopLimit(10)
                        .retry(r -> r.openInterval(ofMinutes(5)).openCount(3).transferInterval(ofMinutes(1)).transferCount(1)
                                .expiry(ofHours(1), ofHours(2), ofHours(3)).ndrWhenOpenRetriesExhausted(true))))
                .site("SITE2", site -> site
                        .server("EX03B", ServerKind.EXCHANGE2003, s -> s.gateway().tls().auth("u", "p")
                                .limits(l -> l.maxMessageSize(1024 * 1024).connectionTimeout(ofSeconds(5)).maxConnections(10)
                                        .maxRecipients(5)))
                        .server("RELAY", ServerKind.SMTP, s -> s.port(2525).bind("127.0.0.1").route("*", "EX03B")
                                .route("contoso.test", "EX55A")))
                .connector("X1", ConnectorKind.X400, "EX55A", "EX03B", c -> c.cost(2)
                        .schedule(new Schedule.Selected(List.of(ofHours(1), ofHours(13)))).password("a").presentedPassword("b")
                        .retry(r -> r.openInterval(ofMinutes(2))))
                .connector("S1", ConnectorKind.SMTP, "EX03B", "RELAY")
                .agreement("SITE1", a -> a.direction(AgreementDirection.AD_TO_SITE).times("02:00"))
                .agreement("SITE2", a -> a.name("ADC-2").every(ofMinutes(30)))
                .replication("SITE1", "SITE2", r -> r.never())
                .mailbox("alice", "EX55A", "Alice")
                .mailboxGroup("user", 10, "EX55A", "EX03B", "RELAY");
        b.move("alice", "EX03B", ofHours(1), ofMinutes(20), false)
                .moves(b.group("user", 1, 3), "EX03B", ofHours(2), ofMinutes(5), ofMinutes(10))
                .event(ofHours(3), addConnector("SC", ConnectorKind.SITE, "EX55A", "EX03B",
                        c -> c.overrideAccount("CONTOSO\\x").cost(3)))
                .event(ofHours(3), removeConnector("S1"))
                .event(ofHours(4), link("EX55A", "EX03B", LinkState.BLACKHOLE, ofMillis(200)))
                .event(ofHours(4), cutLink("EX03B", "RELAY"))
                .event(ofHours(5), restoreLink("EX03B", "RELAY"))
                .event(ofHours(5), latency("EX55A", "EX03B", ofMillis(50)))
                .event(ofHours(6), x400Password("X1", "a"))
                .event(ofHours(6), serviceAccount("EX55A", "CONTOSO\\svc2"))
                .event(ofHours(7), replicateNow("ADC-2"))
                .event(ofHours(7), stopServer("RELAY"))
                .event(ofHours(8), startServer("RELAY"))
                .event(ofHours(8), mark("halfway"))
                .traffic("one", t -> t.from("internet").to("alice").at(ofMinutes(30)).size(8 * 1024).subject("hello"))
                .traffic("ticks", t -> t.from("alice", "someone@contoso.example").to(b.group("user", 4, 5))
                        .start(ofHours(1)).every(ofMinutes(15)).until(ofHours(10)))
                .traffic("load", t -> t.from(b.group("user")).to("alice").start(ofHours(1)).until(ofHours(11))
                        .ramp("0/s", "30/m", ofHours(1)).bursts("2/s", ofHours(2), ofMinutes(5))
                        .arrivals(LoadPlan.Arrivals.POISSON).pick(LoadPlan.Pick.CYCLE).maxConnections(4)
                        .size(1024, 64 * 1024, LoadPlan.Distribution.UNIFORM))
                .traffic("steady", t -> t.from("alice").to("user0005").rate("10/h"))
                .expect("e1", e -> e.from("alice", "internet").to("alice").submitted("start", "move.alice.commit + 15m")
                        .senderSite("SITE1", "internet").senderKind(ServerKind.EXCHANGE55).outcome(Outcome.DELIVERED)
                        .status("2.0.0").count(3).within(ofMinutes(5)))
                .expect("e2", e -> e.to(b.group("user", 4, 5)).outcome(Outcome.NDR).fraction(0.5))
                .expect("e3", e -> e.queue("EX55A", "EX03B").drainedBy("halfway").maxDepth(4))
                .expect("e4", e -> e.outcome(Outcome.QUEUED).queue("EX55A", "X1").maxDepth(0));
        Scenario loaded = ScenarioLoader.parse(YAML, "everything.yaml");

        Scenario built = b.build();

        assertThat(ScenarioBuilderEqualityTest.withSource(built, loaded.source())).isEqualTo(loaded);
    }
}
