package org.intransit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.intransit.scenario.ScenarioAction.AddConnector;
import org.intransit.scenario.ScenarioAction.Mark;
import org.intransit.scenario.ScenarioAction.RemoveConnector;
import org.intransit.scenario.ScenarioAction.SetLatency;
import org.intransit.scenario.ScenarioAction.SetLink;
import org.intransit.scenario.ScenarioAction.SetPresentedPassword;
import org.junit.jupiter.api.Test;

/** Loading valid files: every section lands in the expected records, defaults included. */
class ScenarioLoaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ScenarioLoaderTest.class.getResource("/scenarios/" + name).toURI());
    }

    @Test
    void loaderShouldLoadEverySectionWhenFileIsFull() throws Exception {
        Path file = fixture("full.yaml");

        Scenario scenario = ScenarioLoader.load(file);

        assertThat(scenario.name()).isEqualTo("full-format-tour");
        assertThat(scenario.source()).isEqualTo(file.toString());
        assertThat(scenario.description()).startsWith("alice moves from SITE1's").endsWith("drains the RPC queue.");
        assertThat(scenario.seed()).isEqualTo(42);
        assertThat(scenario.duration()).isEqualTo(Duration.ofDays(2));
        assertThat(scenario.clock()).isEqualTo(ClockPlan.scaled(600));
        assertThat(scenario.organization()).isEqualTo(new Organization(
                "contoso.example", List.of("contoso-mail.example"), new X400Name("DE", " ", "Contoso")));

        assertThat(scenario.sites()).extracting(SitePlan::name).containsExactly("SITE1", "SITE2");
        assertThat(scenario.sites().get(1).serviceAccount()).isEqualTo("SITE2\\svc-exchange");
        assertThat(scenario.server("EX55A")).contains(new ServerPlan("EX55A", ServerKind.EXCHANGE55, null, 2525,
                false, RecipientCheck.REJECT, "127.0.0.1", RetrySettings.inherit(), 30, List.of()));
        assertThat(scenario.server("EX55B")).contains(new ServerPlan("EX55B", ServerKind.EXCHANGE55,
                "CONTOSO\\svc-special", 0, false, RecipientCheck.ACCEPT, "127.0.0.2",
                new RetrySettings(Duration.ofMinutes(5), 12, Duration.ofMinutes(1), 0, Duration.ofHours(4),
                        Duration.ofDays(1), Duration.ofDays(3), true),
                ServerPlan.DEFAULT_HOP_LIMIT, List.of()));
        assertThat(scenario.server("RELAY")).contains(new ServerPlan("RELAY", ServerKind.SMTP, null, 2526, false,
                RecipientCheck.REJECT, "127.0.0.1", new RetrySettings(Duration.ofMinutes(1), null, null, null, null, null, null, null),
                ServerPlan.DEFAULT_HOP_LIMIT,
                List.of(new RoutePlan("fabrikam.example", "EX55A"), new RoutePlan("*", "EX03B"))));
        assertThat(scenario.gateway()).map(ServerPlan::name).contains("EX03B");

        assertThat(scenario.mailboxes()).containsExactly(
                new MailboxPlan("alice", "EX55A", "Alice Adams"),
                new MailboxPlan("bob", "EX55B", "bob"),
                new MailboxPlan("dave", "EX03B", "dave"),
                new MailboxPlan("erin", "RELAY", "erin"),
                new MailboxPlan("temp0001", "EX55B", "temp0001"),
                new MailboxPlan("temp0002", "EX55B", "temp0002"),
                new MailboxPlan("temp0003", "EX03B", "temp0003"));

        assertThat(scenario.connectors()).containsExactly(
                new ConnectorPlan("X400-SITE1-SITE2", ConnectorKind.X400, "EX55A", "EX03B", null, 10,
                        new Schedule.Selected(List.of(Duration.ofHours(1), Duration.ofHours(13))), "secret",
                        "secert", new RetrySettings(null, 3, null, null, null, Duration.ofHours(12), null, null)),
                new ConnectorPlan("SMTP-RELAY", ConnectorKind.SMTP, "EX03B", "RELAY", null, 5,
                        new Schedule.Always(), null, null,
                        new RetrySettings(null, null, Duration.ofSeconds(30), null, null, null, null, null)));

        assertThat(scenario.directory().agreements()).containsExactly(
                new AgreementPlan("ADC-SITE1", "SITE1", AgreementDirection.TWO_WAY, new Schedule.Always()),
                new AgreementPlan("CA-SITE2", "SITE2", AgreementDirection.AD_TO_SITE, new Schedule.Selected(
                        List.of(Duration.ofMinutes(30), Duration.ofHours(12).plusMinutes(30)))));
        assertThat(scenario.directory().replication()).containsExactly(new ReplicationPlan(
                "DRC-SITE1-SITE2", "SITE1", "SITE2", new Schedule.Every(Duration.ofMinutes(90))));

        assertThat(scenario.moves()).containsExactly(
                new MovePlan("alice", "EX03B", Duration.ofHours(2), Duration.ofMinutes(20), true),
                new MovePlan("bob", "EX55A", Duration.ofHours(3), Duration.ofMinutes(10), false),
                new MovePlan("temp0001", "EX55A", Duration.ofHours(4), Duration.ofMinutes(5), true),
                new MovePlan("temp0002", "EX55A", Duration.ofHours(4).plusMinutes(1), Duration.ofMinutes(5), true));

        assertThat(scenario.events()).hasSize(14);
        assertThat(scenario.events().get(0)).isEqualTo(new EventPlan(Duration.ofHours(1),
                new SetLink("EX55A", "EX03B", LinkState.BLACKHOLE, Duration.ofMillis(200))));
        assertThat(scenario.events().get(1).action())
                .isEqualTo(new SetLink("EX55A", "EX03B", LinkState.UP, Duration.ZERO));
        assertThat(scenario.events().get(2).action()).isEqualTo(new Mark("workaround"));
        assertThat(scenario.events().get(3).action()).isEqualTo(new AddConnector(new ConnectorPlan("SC-TEMP",
                ConnectorKind.SITE, "EX55A", "EX03B", "CONTOSO\\svc-ex-site2", 1, new Schedule.Always(), null, null,
                RetrySettings.inherit())));
        assertThat(scenario.events().subList(8, 13)).extracting(EventPlan::action).containsExactly(
                new SetLink("EX55A", "EX03B", LinkState.DOWN, Duration.ZERO),
                new SetLink("EX55A", "EX03B", LinkState.UP, Duration.ZERO),
                new SetLink("EX03B", "RELAY", LinkState.BLACKHOLE, Duration.ZERO),
                new SetLatency("EX03B", "RELAY", Duration.ofMillis(150)),
                new SetPresentedPassword("X400-SITE1-SITE2", "secret"));
        assertThat(scenario.events().get(13)).isEqualTo(
                new EventPlan(Duration.ofDays(1), new RemoveConnector("SC-TEMP")));

        assertThat(scenario.traffic()).containsExactly(
                new TrafficPlan("everyone-writes-to-alice", List.of("bob", "dave", "internet", "partner@fabrikam.example"),
                        List.of("alice"), Duration.ZERO, Duration.ofMinutes(2), Duration.ofDays(1), 8192,
                        "intransit everyone-writes-to-alice"),
                new TrafficPlan("one-probe", List.of("dave"), List.of("alice", "ghost@contoso.example"),
                        Duration.ofHours(5), null, Duration.ofDays(2), 2048, "probe"),
                new TrafficPlan("load", List.of("temp0001", "temp0002"), List.of("alice", "temp0001", "temp0002",
                        "temp0003"), Duration.ofHours(1), null, Duration.ofHours(20), 1024, "intransit load",
                        new LoadPlan(new LoadPlan.Rate(1 / 60.0, 0.5, Duration.ofHours(2)),
                                new LoadPlan.Bursts(2, Duration.ofHours(3), Duration.ofMinutes(1)),
                                LoadPlan.Arrivals.POISSON, LoadPlan.Pick.CYCLE,
                                new LoadPlan.SizeRange(1024, 65_536, LoadPlan.Distribution.UNIFORM), 4)));

        assertThat(scenario.expectations()).containsExactly(
                new ExpectationPlan("SITE1 senders bounce inside the window",
                        new Selector(List.of("bob"), List.of("alice"), new TimeRef.Marker("move.alice.commit"),
                                new TimeRef.Marker("replica.SITE1.alice")),
                        Outcome.NDR, "5.1.1", null, 1.0, null),
                new ExpectationPlan("held mail drains after the workaround",
                        new Selector(List.of(), List.of("alice"), new TimeRef.Marker("workaround"),
                                new TimeRef.Marker("end")),
                        Outcome.DELIVERED, null, null, 0.95, Duration.ofMinutes(30)),
                new ExpectationPlan("the probe to a ghost bounces once",
                        new Selector(List.of("dave"), List.of("ghost@contoso.example"),
                                new TimeRef.At(Duration.ofHours(4)), new TimeRef.At(Duration.ofHours(6))),
                        Outcome.REJECTED, null, 1, 1.0, null),
                new ExpectationPlan("SITE1's 5.5 senders bounce from shortly after the commit",
                        new Selector(List.of(), List.of("alice"),
                                new TimeRef.Offset(new TimeRef.Marker("move.alice.commit"), Duration.ofMinutes(5)),
                                new TimeRef.Offset(new TimeRef.Marker("replica.SITE1.alice"), Duration.ofMinutes(-1)),
                                List.of("SITE1"), List.of(ServerKind.EXCHANGE55)),
                        Outcome.NDR, null, null, 1.0, null),
                new ExpectationPlan("outside and SITE2 senders are delivered around the cut",
                        new Selector(List.of(), List.of(),
                                new TimeRef.Offset(new TimeRef.Marker("link.EX55A-EX03B.down"),
                                        Duration.ofMinutes(-30)),
                                new TimeRef.Marker("end"), List.of("internet", "SITE2"), List.of()),
                        Outcome.DELIVERED, null, null, 1.0, null,
                        new QueueCondition("EX03B", "SMTP-RELAY", null, 50)),
                new ExpectationPlan("the RPC queue named after EX03B drains once SC-TEMP exists",
                        new Selector(List.of(), List.of(), null, null), null, null, null, 1.0, null,
                        new QueueCondition("EX55A", "EX03B",
                                new TimeRef.Offset(new TimeRef.Marker("connector.SC-TEMP.added"),
                                        Duration.ofMinutes(10)),
                                null)),
                new ExpectationPlan("2003 and relay senders are delivered and the relay catches up after its restart",
                        new Selector(List.of(), List.of(), null, null, List.of(),
                                List.of(ServerKind.EXCHANGE2003, ServerKind.SMTP)),
                        Outcome.DELIVERED, null, null, 1.0, null,
                        new QueueCondition("RELAY", "EX03B",
                                new TimeRef.Offset(new TimeRef.Marker("server.RELAY.started"), Duration.ofMinutes(30)),
                                100)));
    }

    @Test
    void loaderShouldApplyDefaultsWhenOptionalKeysAreOmitted() {
        Scenario scenario = ScenarioLoader.parse("""
                name: minimal
                duration: 90m
                organization: { smtpDomain: fabrikam.example }
                sites:
                  - name: HQ
                    servers: [ { name: EX1, kind: exchange2003 } ]
                """, "minimal.yaml");

        assertThat(scenario.description()).isEmpty();
        assertThat(scenario.seed()).isEqualTo(1);
        assertThat(scenario.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(scenario.clock()).isEqualTo(ClockPlan.virtual());
        assertThat(scenario.organization())
                .isEqualTo(new Organization("fabrikam.example", List.of(), new X400Name("US", " ", "fabrikam")));
        assertThat(scenario.sites()).containsExactly(new SitePlan("HQ", "HQ\\svc-exchange", List.of(new ServerPlan(
                "EX1", ServerKind.EXCHANGE2003, null, 0, false, RecipientCheck.REJECT, "127.0.0.1",
                RetrySettings.inherit(), 20, List.of()))));
        assertThat(scenario.mailboxes()).isEmpty();
        assertThat(scenario.connectors()).isEmpty();
        assertThat(scenario.directory()).isEqualTo(DirectoryPlan.none());
        assertThat(scenario.moves()).isEmpty();
        assertThat(scenario.events()).isEmpty();
        assertThat(scenario.traffic()).isEmpty();
        assertThat(scenario.expectations()).isEmpty();
        assertThat(scenario.source()).isEqualTo("minimal.yaml");
    }

    @Test
    void loaderShouldApplyTrafficMoveAndExpectationDefaultsWhenOmitted() {
        Scenario scenario = ScenarioLoader.parse("""
                name: defaults
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55B, kind: exchange55 } ]
                mailboxes: [ { alias: alice, server: EX55A } ]
                moves: [ { mailbox: alice, to: EX55B, at: 0 } ]
                traffic: [ { name: hello, from: alice, to: alice } ]
                expect: [ { name: all delivered, outcome: delivered } ]
                """, "defaults.yaml");

        assertThat(scenario.moves()).containsExactly(
                new MovePlan("alice", "EX55B", Duration.ZERO, Duration.ofMinutes(10), true));
        assertThat(scenario.traffic()).containsExactly(new TrafficPlan("hello", List.of("alice"), List.of("alice"),
                Duration.ZERO, null, Duration.ofHours(12), 2048, "intransit hello"));
        assertThat(scenario.expectations()).containsExactly(new ExpectationPlan("all delivered",
                new Selector(List.of(), List.of(), null, null), Outcome.DELIVERED, null, null, 1.0, null));
    }

    @Test
    void loaderShouldInheritRetrySettingsWhenRetryKeysAreOmitted() {
        Scenario scenario = ScenarioLoader.parse("""
                name: retry
                duration: 1d
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX55A, kind: exchange55, retry: { openInterval: 5m, expiry: { normal: 2d } } }
                      - { name: EX55B, kind: exchange55, retry: {} }
                  - name: SITE2
                    servers:
                      - { name: EX55C, kind: exchange55, retry: }
                connectors:
                  - { name: X-A-C, kind: x400, between: [EX55A, EX55C], password: secret }
                  - { name: X-B-C, kind: x400, between: [EX55B, EX55C], retry: { openCount: 0, expiry: } }
                """, "retry.yaml");

        assertThat(scenario.server("EX55A")).map(ServerPlan::retry).contains(new RetrySettings(
                Duration.ofMinutes(5), null, null, null, null, Duration.ofDays(2), null, null));
        assertThat(scenario.server("EX55B")).map(ServerPlan::retry).contains(RetrySettings.inherit());
        assertThat(scenario.server("EX55C")).map(ServerPlan::retry).contains(RetrySettings.inherit());
        ConnectorPlan first = scenario.connectors().get(0);
        assertThat(first.retry()).isEqualTo(RetrySettings.inherit());
        assertThat(first.password()).isEqualTo("secret");
        assertThat(first.presentedPassword()).isNull();
        assertThat(scenario.connectors().get(1).retry())
                .isEqualTo(new RetrySettings(null, 0, null, null, null, null, null, null));

        // connector -> server -> defaults, as the MTA resolves them
        RetrySettings effective = first.retry()
                .over(scenario.server("EX55A").orElseThrow().retry())
                .over(RetrySettings.DEFAULTS);
        assertThat(effective).isEqualTo(new RetrySettings(Duration.ofMinutes(5), 144, Duration.ofSeconds(120), 2,
                Duration.ofDays(2), Duration.ofDays(2), Duration.ofDays(10), false));
    }

    @Test
    void loaderShouldAcceptRelayWithMailboxAndRoutesWhenKindIsSmtp() {
        Scenario scenario = ScenarioLoader.parse("""
                name: relay
                duration: 1d
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: DMZ
                    servers:
                      - { name: EX03B, kind: exchange2003, hopLimit: 1 }
                      - name: RELAY
                        kind: smtp
                        hopLimit: 1000
                        routes:
                          - { domain: contoso.example, server: EX03B }
                          - { domain: "*", server: EX03B }
                      - { name: SINK, kind: smtp }
                mailboxes:
                  - { alias: postmaster, server: RELAY }
                  - { alias: trap, server: SINK }
                """, "relay.yaml");

        assertThat(scenario.server("EX03B")).map(ServerPlan::hopLimit).contains(1);
        assertThat(scenario.server("RELAY")).map(ServerPlan::hopLimit).contains(1000);
        assertThat(scenario.server("RELAY")).map(ServerPlan::routes).contains(
                List.of(new RoutePlan("contoso.example", "EX03B"), new RoutePlan("*", "EX03B")));
        assertThat(scenario.server("SINK")).map(ServerPlan::routes).contains(List.of());
        assertThat(scenario.server("SINK")).map(ServerPlan::hopLimit).contains(ServerPlan.DEFAULT_HOP_LIMIT);
        assertThat(scenario.mailboxes()).extracting(MailboxPlan::server).containsExactly("RELAY", "SINK");
    }

    @Test
    void loaderShouldReadLinkShorthandsLatencyAndPasswordEventsWhenTheirTargetsExistThen() {
        Scenario scenario = ScenarioLoader.parse("""
                name: events
                duration: 1d
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                  - name: SITE2
                    servers: [ { name: EX55C, kind: exchange55 } ]
                events:
                  - { at: 2h, x400Password: { connector: X-TEMP, password: "1234" } }
                  - at: 1h
                    addConnector: { name: X-TEMP, kind: x400, between: [EX55A, EX55C], password: "1234",
                                    presentedPassword: "4321", retry: { transferCount: 5 } }
                  - { at: 1h, x400Password: { connector: X-TEMP, password: "" } }
                  - { at: 3h, cutLink: [EX55C, EX55A] }
                  - { at: 3h, latency: { between: [EX55A, EX55C], delay: 0 } }
                  - { at: 4h, link: { between: [EX55A, EX55C], state: reset } }
                """, "events.yaml");

        assertThat(scenario.events()).extracting(EventPlan::action).containsExactly(
                new SetPresentedPassword("X-TEMP", "1234"),
                new AddConnector(new ConnectorPlan("X-TEMP", ConnectorKind.X400, "EX55A", "EX55C", null, 1,
                        new Schedule.Always(), "1234", "4321",
                        new RetrySettings(null, null, null, 5, null, null, null, null))),
                new SetPresentedPassword("X-TEMP", ""),
                new SetLink("EX55C", "EX55A", LinkState.DOWN, Duration.ZERO),
                new SetLatency("EX55A", "EX55C", Duration.ZERO),
                new SetLink("EX55A", "EX55C", LinkState.RESET, Duration.ZERO));
        assertThat(scenario.events().get(0).action().toString()).doesNotContain("1234");
    }

    @Test
    void loaderShouldResolveAnchorsAndMergeKeysWhenFileReusesNodes() {
        Scenario scenario = ScenarioLoader.parse("""
                name: anchors
                duration: 1d
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - &ex55 { name: EX55A, kind: exchange55, recipientCheck: accept }
                      - { <<: *ex55, name: EX55B }
                """, "anchors.yaml");

        assertThat(scenario.sites().get(0).servers()).extracting(ServerPlan::name, ServerPlan::recipientCheck)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EX55A", RecipientCheck.ACCEPT),
                        org.assertj.core.groups.Tuple.tuple("EX55B", RecipientCheck.ACCEPT));
    }

    @Test
    void loaderShouldAcceptTheExampleWhenTakenFromTheFormatPage() throws Exception {
        String page = java.nio.file.Files.readString(Path.of("docs", "scenario-format.md"));
        int start = page.indexOf("```yaml\n") + "```yaml\n".length();
        String example = page.substring(start, page.indexOf("```", start));

        Scenario scenario = ScenarioLoader.parse(example, "scenario-format.md");

        assertThat(scenario.name()).isEqualTo("kb841659-ndr-window");
        assertThat(scenario.connectors().get(0).retry()).isEqualTo(
                new RetrySettings(Duration.ofMinutes(5), 12, null, null, null, null, null, null));
        assertThat(scenario.events()).hasSize(6);
        assertThat(scenario.events().get(2).action())
                .isEqualTo(new SetLink("EX55A", "EX55C", LinkState.BLACKHOLE, Duration.ZERO));
        assertThat(scenario.expectations()).hasSize(4);
        assertThat(scenario.expectations().get(3).queue()).isEqualTo(new QueueCondition("EX55A", "EX03B",
                new TimeRef.Offset(new TimeRef.Marker("connector.SC-TEMP.added"), Duration.ofMinutes(10)), null));
    }

    @Test
    void loaderShouldReportFileNotFoundWithoutPlace() {
        Path missing = Path.of("no-such-dir", "missing.yaml");

        assertThatThrownBy(() -> ScenarioLoader.load(missing))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("cannot read " + missing + ": no such file")
                .satisfies(e -> {
                    ScenarioException problem = (ScenarioException) e;
                    assertThat(problem.line()).isZero();
                    assertThat(problem.column()).isZero();
                    assertThat(problem.source()).isEqualTo(missing.toString());
                });
    }
}
