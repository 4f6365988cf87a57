package org.intransit.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.intransit.scenario.ClockMode;
import org.intransit.scenario.MailboxPlan;
import org.intransit.scenario.MovePlan;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.intransit.scenario.TrafficPlan;
import org.junit.jupiter.api.Test;

/**
 * {@code harness-config/load-cross-site-move.yaml} as a user gets it (an hour of load: too long
 * to run here; {@code LoadCrossSiteMoveIT} runs its two-minute variant through the jar), and
 * that variant's topology being the file's.
 */
class LoadCrossSiteMoveTest {

    private static final Scenario FULL = ScenarioLoader.load(Path.of("harness-config/load-cross-site-move.yaml"));
    private static final Scenario SHORT =
            ScenarioLoader.load(Path.of("src/test/resources/scenarios/load-cross-site-move-short.yaml"));

    @Test
    void fileShouldSpreadTwoThousandMailboxesOverFourServersInTwoSites() {
        Map<String, Long> perServer = FULL.mailboxes().stream()
                .collect(Collectors.groupingBy(MailboxPlan::server, Collectors.counting()));

        assertThat(FULL.sites()).extracting(s -> s.name() + "=" + s.servers().size()).containsExactly("SITE1=2", "SITE2=2");
        assertThat(perServer).containsOnly(Map.entry("EX55A", 500L), Map.entry("EX55B", 500L),
                Map.entry("EX55C", 500L), Map.entry("EX03D", 500L));
        assertThat(FULL.connectors()).singleElement().satisfies(c -> assertThat(c.kind().name()).isEqualTo("X400"));
    }

    @Test
    void fileShouldMoveFiftyMailboxesCrossSiteTenSecondsApartInTheMiddleOfTheHour() {
        assertThat(FULL.moves()).hasSize(50).allMatch(m -> m.to().equals("EX03D") && m.copy().equals(Duration.ofMinutes(5)));
        assertThat(FULL.moves()).extracting(MovePlan::mailbox).startsWith("user0001").endsWith("user0050");
        assertThat(FULL.moves().get(0).at()).isEqualTo(Duration.ofMinutes(20));
        assertThat(FULL.moves().get(49).at()).isEqualTo(Duration.parse("PT28M10S"));
        assertThat(FULL.mailboxes().stream().filter(m -> m.alias().compareTo("user0051") < 0))
                .allMatch(m -> m.server().equals("EX55A"));
    }

    @Test
    void fileShouldOfferTwoHundredMessagesPerScenarioSecondForAnHourOnTheScaledClock() {
        assertThat(FULL.clock().mode()).isEqualTo(ClockMode.SCALED);
        assertThat(FULL.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(FULL.traffic()).allMatch(TrafficPlan::isLoad);
        assertThat(FULL.traffic().stream().mapToDouble(t -> t.load().rate().to()).sum()).isEqualTo(200.0);

        LoadGenerator generator = LoadGenerator.of(FULL.traffic().get(0), FULL.seed());
        long firstMinute = 0;
        for (LoadGenerator.Arrival a = generator.next(); a != null && a.intended().toSeconds() < 60; a = generator.next()) {
            firstMinute++;
        }
        assertThat(firstMinute).as("190/s Poisson: 11400 expected, sd 107").isBetween(11_000L, 11_800L);
    }

    @Test
    void shortVariantShouldKeepTheFilesTopologyAndMailboxes() {
        assertThat(SHORT.sites()).isEqualTo(FULL.sites());
        assertThat(SHORT.connectors()).isEqualTo(FULL.connectors());
        assertThat(SHORT.mailboxes()).isEqualTo(FULL.mailboxes());
        assertThat(SHORT.organization()).isEqualTo(FULL.organization());
        Map<String, TrafficPlan> full = FULL.traffic().stream().collect(Collectors.toMap(TrafficPlan::name, Function.identity()));
        assertThat(SHORT.traffic()).allSatisfy(t -> {
            assertThat(t.from()).isEqualTo(full.get(t.name()).from());
            assertThat(t.to()).isEqualTo(full.get(t.name()).to());
            assertThat(t.load().sizes()).isEqualTo(full.get(t.name()).load().sizes());
        });
    }
}
