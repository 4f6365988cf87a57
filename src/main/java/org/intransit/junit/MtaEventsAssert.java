package org.intransit.junit;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a server's MTA event log so far: which event ids it has, or has not, logged. */
public final class MtaEventsAssert extends AbstractAssert<MtaEventsAssert, MtaEvents> {

    MtaEventsAssert(MtaEvents events) {
        super(events, MtaEventsAssert.class);
    }

    /** Each of {@code ids} was logged at least once. */
    public MtaEventsAssert contains(int... ids) {
        isNotNull();
        List<Integer> logged = actual.ids();
        List<Integer> missing = Arrays.stream(ids).boxed().filter(id -> !logged.contains(id)).toList();
        if (!missing.isEmpty()) {
            throwAssertionError(ShouldContainMtaEvents.shouldContain(actual, missing, logged));
        }
        return myself;
    }

    /** None of {@code ids} was logged. */
    public MtaEventsAssert doesNotContain(int... ids) {
        isNotNull();
        List<Integer> logged = actual.ids();
        List<Integer> found = Arrays.stream(ids).boxed().filter(logged::contains).toList();
        if (!found.isEmpty()) {
            throwAssertionError(ShouldContainMtaEvents.shouldNotContain(actual, found));
        }
        return myself;
    }
}
