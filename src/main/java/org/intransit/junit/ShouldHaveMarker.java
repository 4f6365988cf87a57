package org.intransit.junit;

import java.time.Duration;
import java.util.Collection;

/**
 * {@code Expecting timeline marker replica.SITE1.alice to have happened by PT2H30M but it has
 * not; markers so far: start, move.alice.in-transit, ...}: a selection's window names a marker
 * the run has not written (yet, or ever: check the spelling).
 */
final class ShouldHaveMarker extends IntransitMessage {

    private final String marker;
    private final Duration now;
    private final Collection<String> seen;

    private ShouldHaveMarker(String marker, Duration now, Collection<String> seen) {
        this.marker = marker;
        this.now = now;
        this.seen = seen;
    }

    static ShouldHaveMarker shouldHaveMarker(String marker, Duration now, Collection<String> seen) {
        return new ShouldHaveMarker(marker, now, seen);
    }

    @Override
    String text() {
        return "Expecting timeline marker " + marker + " to have happened by " + now + " but it has not; markers so far: "
                + String.join(", ", seen);
    }
}
