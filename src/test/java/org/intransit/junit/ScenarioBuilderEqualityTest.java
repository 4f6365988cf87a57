package org.intransit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.intransit.scenario.ConnectorKind.SITE;
import static org.intransit.scenario.ConnectorKind.X400;
import static org.intransit.scenario.Outcome.DELIVERED;
import static org.intransit.scenario.ServerKind.EXCHANGE2003;
import static org.intransit.scenario.ServerKind.EXCHANGE55;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.intransit.examples.NdrWindowScenario;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioActions;
import org.intransit.scenario.ScenarioBuilder;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The Java builder gives the very records the loader gives for the same content (all but
 * {@code source}), here for two built-in scenario files; {@link ScenarioBuilderCoverageTest}
 * covers every key.
 */
class ScenarioBuilderEqualityTest {

    static Scenario withSource(Scenario s, String source) {
        return new Scenario(s.name(), s.description(), s.seed(), s.duration(), s.clock(), s.organization(), s.sites(),
                s.mailboxes(), s.connectors(), s.directory(), s.moves(), s.events(), s.traffic(), s.expectations(), source);
    }

    private static void assertSameAsFile(Scenario built, String file) {
        Scenario loaded = ScenarioLoader.load(Path.of("harness-config", file));
        assertThat(built.source()).isEqualTo("java:" + built.name());
        assertThat(withSource(built, loaded.source())).isEqualTo(loaded);
    }

    @Test
    void builderShouldEqualTheLoaderWhenBuildingTheNdrWindowScenario() {
        assertSameAsFile(NdrWindowScenario.build(), "kb841659-ndr-window.yaml");
    }

    @Test
    void builderShouldEqualTheLoaderWhenBuildingTheSiteConnectorWorkaround() {
        Scenario workaround = stuckQueue("x400-rpc-queue-site-connector", "The stuck RPC queue with the documented"
                + " workaround: a temporary site connector with an override account, added six hours in, lets the RPC bind"
                + " succeed and the queue drains at the next open retry.", b -> b
                .event(Duration.ofHours(6).plusMinutes(5), ScenarioActions.addConnector("SC-TEMP", SITE, "EX55A", "EX55C",
                        c -> c.overrideAccount("CONTOSO\\svc-site2").cost(5)))
                .expect("the held mail is delivered within one open-retry interval of the site connector", e -> e
                        .to("alice").submitted("move.alice.in-transit", "move.alice.commit").outcome(DELIVERED).count(20))
                .expect("mail sent after the move is delivered", e -> e.to("alice").submitted("move.alice.commit", "end")
                        .outcome(DELIVERED))
                .expect("the RPC queue named after EX03B drains within one open-retry interval of the site connector",
                        e -> e.queue("EX55A", "EX03B").drainedBy("connector.SC-TEMP.added + 10m")));
        assertSameAsFile(workaround, "x400-rpc-queue-site-connector.yaml");
    }

    /** The topology, directory, move and traffic both stuck-queue files share. */
    static Scenario stuckQueue(String name, String description, UnaryOperator<ScenarioBuilder> rest) {
        ScenarioBuilder builder = ScenarioBuilder.named(name).description(description).seed(11)
                .duration(Duration.ofHours(12))
                .organization("contoso.example").x400("US", " ", "Contoso")
                .site("SITE1", site -> site.serviceAccount("CONTOSO\\svc-site1").server("EX55A", EXCHANGE55))
                .site("SITE2", site -> site.serviceAccount("CONTOSO\\svc-site2").server("EX55C", EXCHANGE55)
                        .server("EX03B", EXCHANGE2003, s -> s.gateway()))
                .connector("X400-SITE1-SITE2", X400, "EX55A", "EX55C", c -> c.cost(1).password("c0nnect0r"))
                .agreement("SITE1", a -> a.always()).agreement("SITE2", a -> a.always())
                .replication("SITE1", "SITE2", r -> r.always())
                .mailbox("alice", "EX55A", "Alice Adams").mailbox("bob", "EX55A", "Bob Brown")
                .mailbox("carol", "EX55C", "Carol Clark").mailbox("dave", "EX03B", "Dave Davis")
                .move("alice", "EX03B", Duration.ofHours(2), Duration.ofMinutes(30))
                .traffic("during-the-move", t -> t.from("bob", "carol", "dave", "internet").to("alice")
                        .start(Duration.ofMinutes(125)).every(Duration.ofMinutes(5)).until(Duration.ofMinutes(150)))
                .traffic("after-the-move", t -> t.from("bob", "carol", "dave").to("alice")
                        .start(Duration.ofHours(3)).every(Duration.ofMinutes(15)).until(Duration.ofHours(11)));
        return rest.apply(builder).build();
    }
}
