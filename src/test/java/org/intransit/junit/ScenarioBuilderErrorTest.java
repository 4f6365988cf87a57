package org.intransit.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.scenario.ConnectorKind.SITE;
import static org.intransit.scenario.ConnectorKind.X400;
import static org.intransit.scenario.Outcome.NDR;
import static org.intransit.scenario.ServerKind.EXCHANGE2003;
import static org.intransit.scenario.ServerKind.EXCHANGE55;

import java.time.Duration;
import org.intransit.scenario.ScenarioActions;
import org.intransit.scenario.ScenarioBuildException;
import org.intransit.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** The builder's problems name the document path and what was expected, as the loader's do, without lines. */
class ScenarioBuilderErrorTest {

    private static ScenarioBuilder twoSites() {
        return ScenarioBuilder.named("broken").duration(Duration.ofHours(4)).organization("contoso.example")
                .site("SITE1", site -> site.server("EX55A", EXCHANGE55))
                .site("SITE2", site -> site.server("EX03B", EXCHANGE2003, s -> s.gateway()))
                .mailbox("alice", "EX55A");
    }

    @Test
    void buildShouldNameTheMailboxPathWhenItsServerIsUnknown() {
        assertThatThrownBy(() -> twoSites().mailbox("bob", "EX55Z").build())
                .isInstanceOf(ScenarioBuildException.class)
                .hasMessage("scenario broken: mailboxes[1].server: unknown server \"EX55Z\"; expected one of EX55A, EX03B"
                        + " (did you mean \"EX55A\"?)");
    }

    @Test
    void buildShouldPointAtTheFirstDefinitionWhenAServerNameIsUsedTwice() {
        assertThatThrownBy(() -> twoSites().site("SITE3", site -> site.server("ex55a", EXCHANGE55)).build())
                .hasMessage("scenario broken: sites[2].servers[0].name: duplicate server name ex55a"
                        + " (first at sites[0].servers[0].name as EX55A)");
    }

    @Test
    void connectorShouldFailAtOnceWhenItsCostIsOutOfRange() {
        assertThatThrownBy(() -> twoSites().connector("SC-1", SITE, "EX55A", "EX03B", c -> c.cost(0)))
                .hasMessage("scenario broken: connectors[0].cost: expected an integer from 1 to 100 but found 0");
    }

    @Test
    void connectorShouldRefuseAPasswordWhenItIsASiteConnector() {
        assertThatThrownBy(() -> twoSites().connector("SC-1", SITE, "EX55A", "EX03B", c -> c.password("x")))
                .hasMessage("scenario broken: connectors[0].password: key \"password\" does not apply to a site connector;"
                        + " expected one of name, kind, between, overrideAccount, cost, retry");
    }

    @Test
    void siteShouldRefuseANameThatAFileCouldNotHold() {
        assertThatThrownBy(() -> twoSites().site("SITE 3", site -> site.server("EX1", EXCHANGE55)))
                .isInstanceOf(ScenarioBuildException.class)
                .hasMessage("scenario broken: sites[2].name: expected a name made of letters, digits, '.', '_' and '-'"
                        + " but found \"SITE 3\"");
    }

    @Test
    void buildShouldExplainWhyAnExpectationsMarkerNeverHappens() {
        assertThatThrownBy(() -> twoSites().expect("bounces", e -> e.to("alice")
                        .submitted("move.alice.commit", "end").outcome(NDR)).build())
                .hasMessageStartingWith("scenario broken: expect[0].select.submitted[0]: unknown marker \"move.alice.commit\"");
    }

    @Test
    void buildShouldRefuseAnEventConnectorThatAlreadyExists() {
        assertThatThrownBy(() -> twoSites().connector("X-1", X400, "EX55A", "EX03B")
                        .event(Duration.ofHours(1), ScenarioActions.addConnector("X-1", SITE, "EX55A", "EX03B")).build())
                .hasMessage("scenario broken: events[0].addConnector.name: connector X-1 already exists at 1h"
                        + " (connectors[0]); expected a new name, or a removeConnector event before");
    }

    @Test
    void moveShouldFailWhenTheMailboxIsAlreadyOnTheTarget() {
        assertThatThrownBy(() -> twoSites().move("alice", "EX55A", Duration.ofHours(1)).build())
                .hasMessage("scenario broken: moves[0].to: mailbox alice is already on EX55A; expected a different server");
    }

    @Test
    void actionShouldFailAtOnceWhenBothEndsOfALinkAreTheSame() {
        assertThatThrownBy(() -> ScenarioActions.cutLink("EX55A", "EX55A"))
                .hasMessage("scenario (event): link.between[1]: both ends are EX55A; expected two different servers");
    }

    @Test
    void buildShouldFailWhenNoDurationWasGiven() {
        assertThatThrownBy(() -> ScenarioBuilder.named("x").organization("contoso.example")
                        .site("S", site -> site.server("A", EXCHANGE55)).build())
                .hasMessage("scenario x: duration: expected a duration greater than zero but found nothing");
    }
}
