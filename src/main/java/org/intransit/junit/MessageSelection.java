package org.intransit.junit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.intransit.check.MessageRecord;
import org.intransit.check.Origin;

/**
 * Which messages an assertion speaks of, as a scenario's {@code select}: by sender and recipient
 * (ignoring case; several names mean any of them) and by submission time, from the first bound
 * (inclusive) to the second (exclusive). Empty lists and absent bounds select everything. The
 * NDRs servers generate are never selected: whether a message bounced is its own outcome.
 */
record MessageSelection(List<String> from, List<String> to, Bound after, Bound before) {

    /** A time bound: a timeline marker's first occurrence, or a fixed scenario time. */
    sealed interface Bound {
        record Marker(String name) implements Bound {}

        record At(Duration time) implements Bound {}
    }

    static MessageSelection all() {
        return new MessageSelection(List.of(), List.of(), null, null);
    }

    MessageSelection from(String... senders) {
        return new MessageSelection(List.of(senders), to, after, before);
    }

    MessageSelection to(String... recipients) {
        return new MessageSelection(from, List.of(recipients), after, before);
    }

    MessageSelection submitted(Bound newAfter, Bound newBefore) {
        return new MessageSelection(from, to, newAfter, newBefore);
    }

    /** The first marker a bound names that {@code timeline} lacks, or {@code null}. */
    String missingMarker(Map<String, Duration> timeline) {
        for (Bound bound : new Bound[] {after, before}) {
            if (bound instanceof Bound.Marker marker && !timeline.containsKey(marker.name())) {
                return marker.name();
            }
        }
        return null;
    }

    List<MessageRecord> select(List<MessageRecord> messages, Map<String, Duration> timeline) {
        Duration lower = resolve(after, timeline, Duration.ZERO);
        Duration upper = resolve(before, timeline, null);
        return messages.stream()
                .filter(m -> m.origin() != Origin.NDR)
                .filter(m -> matches(from, m.from()) && matches(to, m.to()))
                .filter(m -> m.submittedAt().compareTo(lower) >= 0 && (upper == null || m.submittedAt().compareTo(upper) < 0))
                .toList();
    }

    /** {@code messages from bob to alice submitted between move.alice.commit (PT2H21M) and replica.SITE1.alice (PT3H)}. */
    String describe(Map<String, Duration> timeline) {
        List<String> parts = new ArrayList<>(List.of(from.isEmpty() && to.isEmpty() && after == null && before == null
                ? "all messages" : "messages"));
        if (!from.isEmpty()) {
            parts.add("from " + String.join(" or ", from));
        }
        if (!to.isEmpty()) {
            parts.add("to " + String.join(" or ", to));
        }
        if (after != null && before != null) {
            parts.add("submitted between " + describe(after, timeline) + " and " + describe(before, timeline));
        } else if (after != null) {
            parts.add("submitted from " + describe(after, timeline));
        } else if (before != null) {
            parts.add("submitted before " + describe(before, timeline));
        }
        return String.join(" ", parts);
    }

    private static String describe(Bound bound, Map<String, Duration> timeline) {
        if (bound instanceof Bound.Marker marker) {
            Duration at = timeline.get(marker.name());
            return marker.name() + (at == null ? "" : " (" + at + ")");
        }
        return ((Bound.At) bound).time().toString();
    }

    private static Duration resolve(Bound bound, Map<String, Duration> timeline, Duration open) {
        if (bound == null) {
            return open;
        }
        return bound instanceof Bound.Marker marker ? timeline.get(marker.name()) : ((Bound.At) bound).time();
    }

    private static boolean matches(List<String> wanted, String actual) {
        return wanted.isEmpty() || wanted.stream().anyMatch(w -> w.equalsIgnoreCase(actual));
    }
}
