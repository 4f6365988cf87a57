package org.intransit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.intransit.scenario.ExpectationPlan;
import org.intransit.scenario.Outcome;
import org.intransit.scenario.Selector;
import org.intransit.scenario.TimeRef;
import org.junit.jupiter.api.Test;

class ExpectationCheckTest {

    private static final Map<String, Duration> TIMELINE = Map.of("start", Duration.ZERO, "cutover", minutes(30),
            "end", minutes(120));

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    private static MessageRecord message(String trace, String from, long submittedMinute, Fate fate, String status,
            Long outcomeMinute) {
        return new MessageRecord(trace, from, "alice", minutes(submittedMinute), fate,
                outcomeMinute == null ? null : minutes(outcomeMinute), "EX1", "alice", status, null, null, 1, Origin.INJECTED, null, null);
    }

    private static ExpectationPlan expect(Selector select, Outcome outcome, String status, Integer count, Duration within) {
        return new ExpectationPlan("e", select, outcome, status, count, 1.0, within);
    }

    private static final List<MessageRecord> MESSAGES = List.of(
            message("m1", "bob", 10, Fate.DELIVERED, null, 11L),
            message("m2", "bob", 40, Fate.NDR, "5.1.1", 40L),
            message("m3", "bob", 50, Fate.DELIVERED, null, 70L),
            message("m4", "dave", 40, Fate.DELIVERED, null, 41L));

    @Test
    void expectationShouldPassWhenEverySelectedMessageHasTheOutcome() {
        ExpectationPlan plan = expect(new Selector(List.of("dave"), List.of(), null, null), Outcome.DELIVERED, null, null, null);

        ExpectationVerdict verdict = ExpectationCheck.check(List.of(plan), MESSAGES, TIMELINE).get(0);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.detail()).isEqualTo("expected all delivered; 1 of 1 selected conform");
    }

    @Test
    void expectationShouldNameOffendersWhenSomeSelectedMessagesDiffer() {
        Selector afterCutover = new Selector(List.of("bob"), List.of(), new TimeRef.Marker("cutover"), new TimeRef.Marker("end"));
        ExpectationPlan plan = expect(afterCutover, Outcome.NDR, "5.1.1", null, null);

        ExpectationVerdict verdict = ExpectationCheck.check(List.of(plan), MESSAGES, TIMELINE).get(0);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.offenders()).containsExactly("m3");
        assertThat(verdict.detail()).isEqualTo(
                "expected all ndr 5.1.1; 1 of 2 selected conform; not conforming: m3 (delivered)");
    }

    @Test
    void expectationShouldFailWhenLatencyExceedsTheBound() {
        ExpectationPlan plan = expect(new Selector(List.of("bob"), List.of(), new TimeRef.At(minutes(45)), null),
                Outcome.DELIVERED, null, null, Duration.ofMinutes(10));

        ExpectationVerdict verdict = ExpectationCheck.check(List.of(plan), MESSAGES, TIMELINE).get(0);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.offenders()).containsExactly("m3");
    }

    @Test
    void expectationShouldFailWhenItSelectsNothingUnlessCountIsZero() {
        Selector nobody = new Selector(List.of("zed"), List.of(), null, null);

        assertThat(ExpectationCheck.check(List.of(expect(nobody, Outcome.DELIVERED, null, null, null)), MESSAGES, TIMELINE)
                .get(0).passed()).isFalse();
        assertThat(ExpectationCheck.check(List.of(expect(nobody, Outcome.DELIVERED, null, 0, null)), MESSAGES, TIMELINE)
                .get(0).passed()).isTrue();
    }

    @Test
    void expectationShouldFailWhenItsMarkerNeverHappened() {
        Selector select = new Selector(List.of(), List.of(), new TimeRef.Marker("move.alice.commit"), null);

        ExpectationVerdict verdict = ExpectationCheck.check(
                List.of(expect(select, Outcome.DELIVERED, null, null, null)), MESSAGES, TIMELINE).get(0);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.detail()).isEqualTo("timeline marker move.alice.commit never happened");
    }

    @Test
    void expectationShouldCountExactlyWhenCountIsGiven() {
        ExpectationPlan plan = expect(new Selector(List.of("bob"), List.of(), null, null), Outcome.DELIVERED, null, 2, null);

        assertThat(ExpectationCheck.check(List.of(plan), MESSAGES, TIMELINE).get(0).passed()).isTrue();
    }
}
