package org.intransit.junit;

import org.assertj.core.api.AbstractAssert;
import org.intransit.harness.Harness;

/** Assertions on a run: start with {@link #messages()}; {@link #noneLost()} is the conservation check so far. */
public final class HarnessAssert extends AbstractAssert<HarnessAssert, Harness> {

    HarnessAssert(Harness harness) {
        super(harness, HarnessAssert.class);
    }

    /** Every message of the run, to narrow with {@code from}, {@code to} and {@code submitted*}. */
    public MessagesAssert messages() {
        isNotNull();
        MessagesAssert messages = new MessagesAssert(actual);
        return info.description() == null ? messages : messages.as(info.description());
    }

    /** No message of the run is lost, duplicated or misrouted. */
    public HarnessAssert noneLost() {
        messages().noneLost();
        return myself;
    }
}
