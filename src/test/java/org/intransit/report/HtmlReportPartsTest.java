package org.intransit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The small parts of the HTML report: formats, escaping, time axis, buckets, move phases, label rows. */
class HtmlReportPartsTest {

    private static Duration hm(long hours, long minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }

    @Test
    void scenarioTimesShouldReadAsClockAndSpans() {
        assertThat(HtmlFormat.clock(hm(2, 21))).isEqualTo("2:21");
        assertThat(HtmlFormat.clock(hm(36, 5).plusSeconds(7))).isEqualTo("36:05:07");
        assertThat(HtmlFormat.span(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(HtmlFormat.span(Duration.ofMillis(4500))).isEqualTo("4.5 s");
        assertThat(HtmlFormat.span(Duration.ofMinutes(36))).isEqualTo("36 min");
        assertThat(HtmlFormat.span(hm(2, 5))).isEqualTo("2 h 05 min");
        assertThat(HtmlFormat.latency(1_050_415)).isEqualTo("17 min 30 s");
        assertThat(HtmlFormat.latency(1_020_415)).isEqualTo("17 min");
        assertThat(HtmlFormat.percent(1, 3)).isEqualTo("33.3%");
    }

    @Test
    void escapingShouldCoverContentAndAttributes() {
        assertThat(HtmlEscape.text("<a href=\"x\">'&'</a>\u0007")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; ");
        assertThat(HtmlEscape.text(null)).isEmpty();
    }

    @Test
    void countAxesShouldEndOnRoundNumbers() {
        assertThat(List.of(0L, 1L, 7L, 12L, 20L, 44L, 81L)).extracting(SvgMarkup::niceCeiling)
                .containsExactly(1L, 1L, 8L, 15L, 20L, 50L, 100L);
        assertThat(SvgMarkup.niceStep(2.5)).isEqualTo(5);
    }

    @Test
    void timeAxisShouldUseRoundSteps() {
        assertThat(SvgTimeAxis.step(Duration.ofHours(8), 10)).isEqualTo(Duration.ofHours(1));
        assertThat(SvgTimeAxis.step(Duration.ofMinutes(5), 10)).isEqualTo(Duration.ofSeconds(30));
        SvgTimeAxis axis = new SvgTimeAxis(Duration.ZERO, Duration.ofHours(8), 100, 800);
        assertThat(axis.x(Duration.ofHours(2))).isEqualTo(300);
        assertThat(axis.x(Duration.ofHours(9))).as("clamped").isEqualTo(900);
        assertThat(axis.ticks(16)).first().isEqualTo(Duration.ZERO);
        assertThat(axis.ticks(16)).hasSize(17).last().isEqualTo(Duration.ofHours(8));
    }

    @Test
    void bucketsShouldBeMultiplesOfTheTrafficInterval() throws Exception {
        String yaml = """
                name: buckets
                duration: 8h
                organization: { smtpDomain: contoso.example }
                sites: [ { name: S, servers: [ { name: EX1, kind: exchange55 } ] } ]
                mailboxes: [ { alias: a, server: EX1 } ]
                traffic: [ { name: t, from: a, to: a, every: %s } ]
                """;
        assertThat(HtmlOutcomeBuckets.size(Duration.ofHours(8), ScenarioLoader.parse(yaml.formatted("2m"), "b.yaml")))
                .isEqualTo(Duration.ofMinutes(4));
        assertThat(HtmlOutcomeBuckets.size(Duration.ofHours(8), ScenarioLoader.parse(yaml.formatted("5m"), "b.yaml")))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(HtmlOutcomeBuckets.size(Duration.ofHours(8), ScenarioLoader.parse(yaml.formatted("7m"), "b.yaml")))
                .as("no round multiple: the finest round size").isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void moveWindowsShouldComeFromTheMarkersAndCutScenarioTimeIntoPhases() throws Exception {
        Instant wall = Instant.EPOCH;
        List<LedgerEvent> ledger = List.of(
                new LedgerEvent.Marker(hm(2, 0), wall, "move.alice.in-transit", ""),
                new LedgerEvent.Marker(hm(2, 21), wall, "move.alice.commit", ""),
                new LedgerEvent.Marker(hm(2, 21), wall, "move.alice.release", ""),
                new LedgerEvent.Marker(hm(3, 0), wall, "move.alice.cleanup", ""),
                new LedgerEvent.Marker(hm(5, 0), wall, "move.bob.in-transit", ""));
        String yaml = """
                name: moves
                duration: 8h
                organization: { smtpDomain: contoso.example }
                sites: [ { name: S, servers: [ { name: EX1, kind: exchange55 }, { name: EX2, kind: exchange55 } ] } ]
                mailboxes: [ { alias: alice, server: EX1 }, { alias: bob, server: EX1 } ]
                moves: [ { mailbox: alice, to: EX2, at: 2h, copy: 21m }, { mailbox: bob, to: EX2, at: 5h, copy: 1h } ]
                """;
        List<HtmlMoveWindow> moves = HtmlMoveWindow.of(ledger, ScenarioLoader.parse(yaml, "m.yaml"));
        assertThat(moves).extracting(HtmlMoveWindow::mailbox, HtmlMoveWindow::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alice", "EX2"), org.assertj.core.groups.Tuple.tuple("bob", "EX2"));
        HtmlMoveWindow alice = moves.get(0);
        assertThat(alice.phaseOf(hm(1, 59))).isEqualTo(HtmlMoveWindow.Phase.BEFORE);
        assertThat(alice.phaseOf(hm(2, 0))).isEqualTo(HtmlMoveWindow.Phase.IN_TRANSIT);
        assertThat(alice.phaseOf(hm(2, 21))).isEqualTo(HtmlMoveWindow.Phase.COMMIT_TO_CLEANUP);
        assertThat(alice.phaseOf(hm(3, 0))).isEqualTo(HtmlMoveWindow.Phase.AFTER);
        HtmlMoveWindow bob = moves.get(1);
        assertThat(bob.phaseOf(hm(7, 0))).as("never committed").isEqualTo(HtmlMoveWindow.Phase.IN_TRANSIT);
        assertThat(bob.range(HtmlMoveWindow.Phase.AFTER, hm(8, 0))).isEqualTo("not reached");
    }

    @Test
    void labelRowsShouldAvoidTextsAndLines() {
        SvgLabelLanes lanes = new SvgLabelLanes(3);
        assertThat(lanes.place(100, 200, 100)).isZero();
        assertThat(lanes.place(150, 250, 150)).as("overlaps row 0's text").isEqualTo(1);
        assertThat(lanes.place(300, 400, 300)).isZero();
        assertThat(lanes.place(210, 290, 210)).as("row 0: its line would cross row 1's text; row 1: overlaps")
                .isEqualTo(2);
        assertThat(lanes.place(95, 105, 100)).as("row 0 taken; rows below crossed by the line at 100").isEqualTo(-1);
        assertThat(lanes.used()).isEqualTo(3);
    }
}
