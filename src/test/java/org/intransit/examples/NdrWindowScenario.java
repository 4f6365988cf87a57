package org.intransit.examples;

import static org.intransit.scenario.ConnectorKind.SITE;
import static org.intransit.scenario.Outcome.DELIVERED;
import static org.intransit.scenario.Outcome.NDR;
import static org.intransit.scenario.ServerKind.EXCHANGE2003;
import static org.intransit.scenario.ServerKind.EXCHANGE55;

import java.time.Duration;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioBuilder;

/**
 * {@code harness-config/kb841659-ndr-window.yaml} written in Java, record for record: alice
 * moves from SITE1's 5.5 server to SITE2's 2003 server; senders that resolve through a 5.5
 * directory bounce (5.1.1) until alice's new object replicates to their directory.
 */
public final class NdrWindowScenario {

    private NdrWindowScenario() {}

    public static Scenario build() {
        return ScenarioBuilder.named("kb841659-ndr-window")
                .description("alice moves from SITE1's 5.5 server to SITE2's 2003 server. Senders that resolve through a"
                        + " 5.5 directory bounce until the ADC and directory replication catch up; senders that resolve"
                        + " through AD never bounce.")
                .seed(7)
                .duration(Duration.ofHours(8))
                .organization("contoso.example")
                .x400("US", " ", "Contoso")
                .site("SITE1", site -> site.serviceAccount("CONTOSO\\svc-exchange")
                        .server("EX55A", EXCHANGE55))
                .site("SITE2", site -> site.serviceAccount("CONTOSO\\svc-exchange")
                        .server("EX55C", EXCHANGE55)
                        .server("EX03B", EXCHANGE2003, server -> server.gateway()))
                .connector("SC-SITE1-SITE2", SITE, "EX55A", "EX55C")
                .agreement("SITE1")
                .agreement("SITE2")
                .replication("SITE1", "SITE2", agent -> agent.every(Duration.ofHours(1)))
                .mailbox("alice", "EX55A", "Alice Adams")
                .mailbox("bob", "EX55A", "Bob Brown")
                .mailbox("carol", "EX55C", "Carol Clark")
                .mailbox("dave", "EX03B", "Dave Davis")
                .move("alice", "EX03B", Duration.ofHours(2), Duration.ofMinutes(21))
                .traffic("everyone-writes-to-alice", plan -> plan.from("bob", "carol", "dave", "internet").to("alice")
                        .every(Duration.ofMinutes(2)).until(Duration.ofHours(7)).size(8 * 1024))
                .expect("before the move everything is delivered", e -> e.to("alice")
                        .submitted("start", "move.alice.in-transit").outcome(DELIVERED))
                .expect("mail held during the move is delivered", e -> e.to("alice")
                        .submitted("move.alice.in-transit", "move.alice.commit").outcome(DELIVERED))
                .expect("SITE1's 5.5 senders bounce until alice's new object reaches SITE1's directory", e -> e
                        .from("bob").to("alice").submitted("move.alice.commit", "replica.SITE1.alice")
                        .outcome(NDR).status("5.1.1"))
                .expect("SITE2's 5.5 senders bounce until the ADC creates alice in SITE2's directory", e -> e
                        .from("carol").to("alice").submitted("move.alice.commit", "replica.SITE2.alice")
                        .outcome(NDR).status("5.1.1"))
                .expect("senders that resolve through AD are never bounced", e -> e.from("dave", "internet").to("alice")
                        .outcome(DELIVERED))
                .expect("everything is delivered after the cleanup", e -> e.to("alice")
                        .submitted("move.alice.cleanup", "end").outcome(DELIVERED))
                .build();
    }
}
