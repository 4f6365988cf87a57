package org.intransit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.scenario.LinkState;
import org.intransit.scenario.ScenarioAction;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Driving a run step by step, as a JUnit test does: markers, advancing, ad-hoc mail, events. */
@Timeout(60)
class HarnessDrivingTest {

    private static final String SCENARIO = """
            name: driving
            duration: 6h
            organization: { smtpDomain: contoso.example }
            sites:
              - { name: SITE1, servers: [ { name: EX55A, kind: exchange55 } ] }
              - { name: SITE2, servers: [ { name: EX03B, kind: exchange2003, gateway: true } ] }
            connectors:
              - { name: X400-1, kind: x400, between: [EX55A, EX03B], password: s3cret }
            directory:
              agreements: [ { site: SITE1 }, { site: SITE2 } ]
              replication: [ { between: [SITE1, SITE2] } ]
            mailboxes:
              - { alias: alice, server: EX55A }
              - { alias: bob, server: EX55A }
              - { alias: dave, server: EX03B }
            moves:
              - { mailbox: alice, to: EX03B, at: 1h, copy: 7m }
            """;

    private static MessageRecord fate(Harness harness, String trace) {
        return harness.messages().stream().filter(m -> m.trace().equals(trace)).findFirst().orElseThrow();
    }

    @Test
    void harnessShouldStopAtAMarkerAndAnswerAdHocMailAtThatPoint() throws Exception {
        try (Harness harness = Harness.start(ScenarioLoader.parse(SCENARIO, "driving.yaml"), RunOptions.defaults())) {
            assertThat(harness.runUntil("move.alice.commit")).isTrue();
            assertThat(harness.clock().now()).isEqualTo(Duration.ofMinutes(67));

            String bounced = harness.send("bob", "alice");
            String fromAd = harness.send("dave", "alice");
            harness.advance(Duration.ofMinutes(1));

            assertThat(fate(harness, bounced).fate()).isEqualTo(Fate.NDR);
            assertThat(fate(harness, bounced).status()).isEqualTo("5.1.1");
            assertThat(fate(harness, fromAd).fate()).isEqualTo(Fate.DELIVERED);

            assertThat(harness.runUntil("move.alice.cleanup")).isTrue();
            String after = harness.send("bob", "alice");
            harness.advance(Duration.ofMinutes(1));
            assertThat(fate(harness, after).fate()).isEqualTo(Fate.DELIVERED);
        }
    }

    @Test
    void firedLinkCutShouldHoldCrossSiteMailUntilRestored() throws Exception {
        try (Harness harness = Harness.start(ScenarioLoader.parse(SCENARIO, "driving.yaml"), RunOptions.defaults())) {
            harness.fire(new ScenarioAction.SetLink("EX55A", "EX03B", LinkState.DOWN, Duration.ZERO));
            String held = harness.send("bob", "dave");
            harness.advance(Duration.ofMinutes(30));
            assertThat(fate(harness, held).fate()).isEqualTo(Fate.QUEUED);

            harness.fire(new ScenarioAction.SetLink("EX55A", "EX03B", LinkState.UP, Duration.ZERO));
            harness.advance(Duration.ofMinutes(10));
            assertThat(fate(harness, held).fate()).isEqualTo(Fate.DELIVERED);
            assertThat(harness.finish().conservation().passed()).isTrue();
        }
    }

    @Test
    void runUntilShouldReturnFalseWhenTheMarkerNeverComes() throws Exception {
        try (Harness harness = Harness.start(ScenarioLoader.parse(SCENARIO, "driving.yaml"), RunOptions.defaults())) {
            assertThat(harness.runUntil("move.bob.commit")).isFalse();
            assertThat(harness.clock().now()).isEqualTo(Duration.ofHours(6));
        }
    }
}
