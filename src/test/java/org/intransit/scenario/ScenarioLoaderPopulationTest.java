package org.intransit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Mailbox groups and batch moves: what they expand into, and the exact one-line message for
 * each mistake. Line 1 of {@link #HEAD} is line 1 of the file; the mailboxes start at line 11.
 */
class ScenarioLoaderPopulationTest {

    private static final String HEAD = """
            name: t
            duration: 1h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                servers: [ { name: EX55A, kind: exchange55 }, { name: EX55B, kind: exchange55 } ]
              - name: SITE2
                servers:
                  - { name: EX03D, kind: exchange2003, gateway: true }
            mailboxes:
            """;
    private static final String MAILBOXES = """
              - { alias: alice, server: EX55A }
              - { group: user, count: 10, servers: [EX55A, EX55B, EX03D] }
            """;

    private static Scenario load(String rest) {
        return ScenarioLoader.parse(HEAD + MAILBOXES + rest, "test.yaml");
    }

    private static void assertRejected(String yaml, String message) {
        assertThatThrownBy(() -> ScenarioLoader.parse(HEAD + yaml, "test.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(message);
    }

    @Test
    void groupShouldExpandIntoNumberedMailboxesInContiguousBlocksOverItsServers() {
        Scenario scenario = load("");

        assertThat(scenario.mailboxes()).extracting(m -> m.alias() + "@" + m.server()).containsExactly("alice@EX55A",
                "user0001@EX55A", "user0002@EX55A", "user0003@EX55A", "user0004@EX55A",
                "user0005@EX55B", "user0006@EX55B", "user0007@EX55B",
                "user0008@EX03D", "user0009@EX03D", "user0010@EX03D");
        assertThat(scenario.mailbox("user0007")).get().extracting(MailboxPlan::displayName).isEqualTo("user0007");
    }

    @Test
    void groupShouldNumberWithMoreDigitsWhenItsCountNeedsThem() {
        Scenario scenario = ScenarioLoader.parse(HEAD + "  - { group: u, count: 12345, server: EX55B }\n", "test.yaml");

        assertThat(scenario.mailboxes()).hasSize(12_345);
        assertThat(scenario.mailboxes()).extracting(MailboxPlan::alias).startsWith("u00001").endsWith("u12345");
    }

    @Test
    void batchMoveShouldBecomeOneMoveEachStartingEveryIntervalInGroupOrder() {
        Scenario scenario = load("""
                moves:
                  - { mailboxes: { group: user, first: 2, count: 3 }, to: EX03D, at: 10m, every: 30s, copy: 5m }
                  - { mailboxes: [alice, user0005], to: EX03D, at: 20m, every: 1m, releaseToRpcQueue: false }
                  - { mailbox: user0010, to: EX55A, at: 30m }
                """);

        assertThat(scenario.moves()).containsExactly(
                new MovePlan("user0002", "EX03D", Duration.ofMinutes(10), Duration.ofMinutes(5), true),
                new MovePlan("user0003", "EX03D", Duration.parse("PT10M30S"), Duration.ofMinutes(5), true),
                new MovePlan("user0004", "EX03D", Duration.ofMinutes(11), Duration.ofMinutes(5), true),
                new MovePlan("alice", "EX03D", Duration.ofMinutes(20), Duration.ofMinutes(10), false),
                new MovePlan("user0005", "EX03D", Duration.ofMinutes(21), Duration.ofMinutes(10), false),
                new MovePlan("user0010", "EX55A", Duration.ofMinutes(30), Duration.ofMinutes(10), true));
    }

    @Test
    void batchWithoutEveryShouldStartEveryMoveAtOnceAndAWholeGroupShouldMove() {
        Scenario scenario = load("moves: [ { mailboxes: { group: user, last: 4 }, to: EX55B, at: 5m } ]\n");

        assertThat(scenario.moves()).extracting(MovePlan::mailbox).containsExactly("user0001", "user0002", "user0003",
                "user0004");
        assertThat(scenario.moves()).extracting(MovePlan::at).containsOnly(Duration.ofMinutes(5));
    }

    @Test
    void expectationsShouldSelectGroupsAsTheirAliases() {
        Scenario scenario = load("""
                expect:
                  - { name: e, select: { from: alice, to: [ { group: user, first: 9 }, alice ] }, outcome: delivered }
                """);

        assertThat(scenario.expectations().get(0).select().to()).containsExactly("user0009", "user0010", "alice");
    }

    @Test
    void loaderShouldRejectAnUnknownGroupWithTheClosestName() {
        assertRejected(MAILBOXES + "moves: [ { mailboxes: { group: usr }, to: EX03D, at: 1m } ]\n",
                "test.yaml:13:32: moves[0].mailboxes.group: unknown mailbox group \"usr\"; expected one of user"
                        + " (did you mean \"user\"?)");
    }

    @Test
    void loaderShouldRejectARangePastTheEndOfItsGroup() {
        assertRejected(MAILBOXES + "moves: [ { mailboxes: { group: user, first: 5, last: 11 }, to: EX03D, at: 1m } ]\n",
                "test.yaml:13:54: moves[0].mailboxes.last: expected an integer from 5 to 10 (group user has 10"
                        + " mailboxes, user0001 to user0010) but found 11");
        assertRejected(MAILBOXES + "moves: [ { mailboxes: { group: user, first: 8, count: 4 }, to: EX03D, at: 1m } ]\n",
                "test.yaml:13:55: moves[0].mailboxes.count: expected an integer from 1 to 3 (group user has 10"
                        + " mailboxes, user0001 to user0010) but found 4");
        assertRejected(MAILBOXES + "moves: [ { mailboxes: { group: user, last: 2, count: 2 }, to: EX03D, at: 1m } ]\n",
                "test.yaml:13:47: moves[0].mailboxes.count: expected either last or count, not both");
    }

    @Test
    void loaderShouldRejectAGroupWithoutServersOrWithAnAliasOrANoughtCount() {
        assertRejected("  - { group: user, count: 10 }\n",
                "test.yaml:11:5: mailboxes[0]: missing key \"server\" or \"servers\"; expected the server(s) the group"
                        + " lives on");
        assertRejected("  - { group: user, alias: bob, count: 10, server: EX55A }\n",
                "test.yaml:11:7: mailboxes[0].group: expected either alias (one mailbox) or group (numbered"
                        + " mailboxes), not both");
        assertRejected("  - { group: user, count: 0, server: EX55A }\n",
                "test.yaml:11:27: mailboxes[0].count: expected an integer from 1 to 100000 but found 0");
        assertRejected("  - { group: user, count: 3, server: EX55A, name: Users }\n",
                "test.yaml:11:45: mailboxes[0].name: key \"name\" does not apply to a mailbox group; expected one of"
                        + " group, count, server, servers");
    }

    @Test
    void loaderShouldRejectAGroupOnAnUnknownServerAtItsItemOfServers() {
        assertRejected("  - { group: user, count: 4, servers: [EX55A, EX55X] }\n",
                "test.yaml:11:47: mailboxes[0].servers[1]: unknown server \"EX55X\"; expected one of EX55A, EX55B,"
                        + " EX03D (did you mean \"EX55A\"?)");
    }

    @Test
    void loaderShouldRejectAnAliasTheGroupAlreadyMade() {
        assertRejected(MAILBOXES + "  - { alias: user0003, server: EX55B }\n",
                "test.yaml:13:14: mailboxes[2].alias: duplicate mailbox name user0003 (first at line 12)");
    }

    @Test
    void loaderShouldRejectABatchThatStartsAfterTheEndOrEveryOnASingleMove() {
        assertRejected(MAILBOXES + "moves: [ { mailboxes: { group: user }, to: EX03D, at: 10m, every: 10m } ]\n",
                "test.yaml:13:67: moves[0].every: 10 moves every 10m from 10m: the last (user0010) starts at 1h40m,"
                        + " after the scenario's end (1h); expected the batch to start by 1h");
        assertRejected(MAILBOXES + "moves: [ { mailbox: alice, to: EX03D, at: 10m, every: 10s } ]\n",
                "test.yaml:13:48: moves[0].every: key \"every\" does not apply to the move of one mailbox (every"
                        + " staggers a batch of mailboxes); expected one of mailbox, to, at, copy, releaseToRpcQueue");
        assertRejected(MAILBOXES + "moves: [ { mailbox: alice, mailboxes: [user0001], to: EX03D, at: 10m } ]\n",
                "test.yaml:13:28: moves[0].mailboxes: expected either mailbox (one move) or mailboxes (a batch), not"
                        + " both");
    }

    @Test
    void loaderShouldNameTheBatchMemberAlreadyOnTheTargetServer() {
        assertRejected(MAILBOXES + "moves: [ { mailboxes: { group: user, first: 4, last: 6 }, to: EX55B, at: 10m } ]\n",
                "test.yaml:13:63: moves[0].to: mailbox user0005 is already on EX55B; expected a different server");
    }

    @Test
    void groupsShouldNotBeListedWhereNoneIsDefined() {
        assertRejected("  - { alias: alice, server: EX55A }\nmoves: [ { mailboxes: { group: user }, to: EX03D, at: 1m } ]\n",
                "test.yaml:12:32: moves[0].mailboxes.group: unknown mailbox group \"user\"; expected a defined"
                        + " mailbox group, but there is none");
    }
}
