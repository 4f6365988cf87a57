package org.intransit.junit;

import org.intransit.harness.Harness;

/**
 * Entry points of intransit's AssertJ assertions; import them statically beside AssertJ's own.
 * <pre>{@code
 * assertThat(harness).messages().from("bob").to("alice")
 *         .submittedBetween("move.alice.commit", "replica.SITE1.alice").allBounced().withStatus("5.1.1");
 * assertThat(queue(harness, "EX55A", "EX03B")).hasDepth(20);
 * assertThat(mtaEvents(harness, "EX55A")).contains(9318);
 * }</pre>
 * A failure reads {@code Expecting <what> to <property> but <evidence>}, naming the trace ids
 * of the offending messages with their outcomes.
 */
public final class IntransitAssertions {

    private IntransitAssertions() {}

    public static HarnessAssert assertThat(Harness harness) {
        return new HarnessAssert(harness);
    }

    public static QueueAssert assertThat(QueueProbe queue) {
        return new QueueAssert(queue);
    }

    public static MtaEventsAssert assertThat(MtaEvents events) {
        return new MtaEventsAssert(events);
    }

    /** {@code server}'s queue {@code name}: an RPC queue is named after its target server, {@code in-transit} is a move's hold. */
    public static QueueProbe queue(Harness harness, String server, String name) {
        return new QueueProbe(harness, server, name);
    }

    /** {@code server}'s MTA event log. */
    public static MtaEvents mtaEvents(Harness harness, String server) {
        return new MtaEvents(harness, server);
    }
}
