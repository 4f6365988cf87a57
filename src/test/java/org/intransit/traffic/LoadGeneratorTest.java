package org.intransit.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.intransit.scenario.LoadPlan;
import org.intransit.scenario.LoadPlan.Arrivals;
import org.intransit.scenario.LoadPlan.Bursts;
import org.intransit.scenario.LoadPlan.Pick;
import org.intransit.scenario.LoadPlan.Rate;
import org.intransit.scenario.TrafficPlan;
import org.junit.jupiter.api.Test;

/** The load generator alone: counts in windows of scenario time for a fixed seed, no clock, no sockets. */
class LoadGeneratorTest {

    private static final List<String> USERS = List.of("u1", "u2", "u3", "u4");

    private static TrafficPlan plan(Rate rate, Bursts bursts, Arrivals arrivals, Duration start, Duration until) {
        LoadPlan load = new LoadPlan(rate, bursts, arrivals, Pick.RANDOM, null, 8);
        return new TrafficPlan("load", USERS, USERS, start, null, until, 2048, "s", load);
    }

    private static List<LoadGenerator.Arrival> all(TrafficPlan plan, long seed) {
        LoadGenerator generator = LoadGenerator.of(plan, seed);
        List<LoadGenerator.Arrival> out = new ArrayList<>();
        for (LoadGenerator.Arrival a = generator.next(); a != null; a = generator.next()) {
            out.add(a);
        }
        return out;
    }

    private static long between(List<LoadGenerator.Arrival> arrivals, Duration from, Duration to) {
        return arrivals.stream().filter(a -> a.intended().compareTo(from) >= 0 && a.intended().compareTo(to) < 0).count();
    }

    private static Duration s(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    @Test
    void constantUniformRateShouldGiveExactlyTheRateInEverySecond() {
        List<LoadGenerator.Arrival> arrivals = all(plan(Rate.constant(200), null, Arrivals.UNIFORM, s(10), s(70)), 1);

        assertThat(arrivals).hasSize(12_000);
        for (int second = 10; second < 70; second++) {
            assertThat(between(arrivals, s(second), s(second + 1))).as("second %d", second).isEqualTo(200);
        }
        assertThat(arrivals.get(0).intended()).isEqualTo(s(10.0025));
        assertThat(arrivals.get(1).intended()).isEqualTo(s(10.0075));
        assertThat(arrivals).extracting(LoadGenerator.Arrival::sequence).startsWith(1L, 2L).endsWith(12_000L);
    }

    @Test
    void rampShouldFollowTheIntegralOfItsRateAndHoldTheEndRateAfterwards() {
        Rate ramp = new Rate(10, 200, s(60));
        List<LoadGenerator.Arrival> arrivals = all(plan(ramp, null, Arrivals.UNIFORM, s(0), s(120)), 1);

        assertThat(between(arrivals, s(0), s(60))).as("(10 + 200) / 2 * 60").isEqualTo(6_300);
        assertThat(between(arrivals, s(0), s(10))).as("10 * 10 + 190 / 60 / 2 * 100 = 258.3").isEqualTo(258);
        assertThat(between(arrivals, s(50), s(60))).as("(168.3 + 200) / 2 * 10 = 1841.7").isBetween(1_841L, 1_842L);
        assertThat(between(arrivals, s(60), s(120))).isEqualTo(12_000);
    }

    @Test
    void burstsShouldAddTheirRateInTheirWindowsOnlyAndNotAtTheStart() {
        Bursts bursts = new Bursts(500, Duration.ofMinutes(5), s(30));
        List<LoadGenerator.Arrival> arrivals = all(plan(Rate.constant(100), bursts, Arrivals.UNIFORM, s(0), s(900)), 1);

        assertThat(between(arrivals, s(0), s(30))).as("no burst at the start").isEqualTo(3_000);
        assertThat(between(arrivals, s(270), s(300))).isEqualTo(3_000);
        assertThat(between(arrivals, s(300), s(330))).isEqualTo(18_000);
        assertThat(between(arrivals, s(330), s(600))).isEqualTo(27_000);
        assertThat(between(arrivals, s(600), s(630))).isEqualTo(18_000);
        assertThat(arrivals).hasSize(90_000 + 2 * 15_000);
    }

    @Test
    void poissonArrivalsShouldKeepTheMeanRateWithExponentialGaps() {
        List<LoadGenerator.Arrival> arrivals = all(plan(Rate.constant(200), null, Arrivals.POISSON, s(0), s(600)), 42);

        assertThat(arrivals.size()).as("120000 expected, sd 346").isBetween(118_600, 121_400);
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            gaps.add((arrivals.get(i).intended().toNanos() - arrivals.get(i - 1).intended().toNanos()) / 1e9);
        }
        double mean = gaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = gaps.stream().mapToDouble(g -> (g - mean) * (g - mean)).average().orElseThrow();
        assertThat(mean).isCloseTo(0.005, within(0.0001));
        assertThat(Math.sqrt(variance) / mean).as("coefficient of variation of exponential gaps").isCloseTo(1.0, within(0.02));
        long uneven = 0;
        for (int second = 0; second < 600; second++) {
            uneven += between(arrivals, s(second), s(second + 1)) == 200 ? 0 : 1;
        }
        assertThat(uneven).as("Poisson seconds are not all exactly 200").isGreaterThan(500);
    }

    @Test
    void poissonRampShouldFollowTheRateCurve() {
        List<LoadGenerator.Arrival> arrivals = all(plan(new Rate(0, 400, null), null, Arrivals.POISSON, s(0), s(600)), 7);

        long firstHalf = between(arrivals, s(0), s(300));
        long secondHalf = between(arrivals, s(300), s(600));
        assertThat(firstHalf).as("30000 expected, sd 173").isBetween(29_300L, 30_700L);
        assertThat(secondHalf).as("90000 expected, sd 300").isBetween(88_800L, 91_200L);
    }

    @Test
    void theSameSeedShouldGiveTheSameMessagesAndAnotherSeedOthers() {
        TrafficPlan plan = plan(Rate.constant(50), null, Arrivals.POISSON, s(0), s(60));

        assertThat(all(plan, 5)).isEqualTo(all(plan, 5));
        assertThat(all(plan, 5)).isNotEqualTo(all(plan, 6));
    }

    @Test
    void randomPickShouldUseEverySenderAndRecipientAndCycleShouldGoInOrder() {
        List<LoadGenerator.Arrival> random = all(plan(Rate.constant(100), null, Arrivals.UNIFORM, s(0), s(10)), 3);
        assertThat(random).extracting(LoadGenerator.Arrival::from).containsOnly(USERS.toArray(String[]::new))
                .contains(USERS.toArray(String[]::new));
        assertThat(random.stream().filter(a -> a.to().equals("u1")).count()).as("about a quarter of 1000").isBetween(200L, 300L);

        LoadPlan load = new LoadPlan(Rate.constant(100), null, Arrivals.UNIFORM, Pick.CYCLE, null, 8);
        TrafficPlan cycle = new TrafficPlan("c", USERS, List.of("r1", "r2"), s(0), null, s(1), 2048, "s", load);
        assertThat(all(cycle, 3)).extracting(a -> a.from() + ">" + a.to()).startsWith("u1>r1", "u2>r2", "u3>r1", "u4>r2", "u1>r1");
    }
}
