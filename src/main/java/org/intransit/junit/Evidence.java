package org.intransit.junit;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.intransit.check.MessageRecord;

/**
 * How a failure message shows messages: the trace id with the outcome in parentheses, as in
 * {@code bob-alice-12 (delivered at PT2H50M)}, at most {@value #SHOWN} of them and then how many
 * more. Times are scenario times, in ISO-8601 as {@link Duration#toString()} writes them.
 */
final class Evidence {

    static final int SHOWN = 10;

    private Evidence() {}

    static String list(List<MessageRecord> messages) {
        return list(messages, Evidence::of);
    }

    static String list(List<MessageRecord> messages, Function<MessageRecord, String> shape) {
        String shown = messages.stream().limit(SHOWN).map(shape).collect(Collectors.joining(", "));
        return messages.size() > SHOWN ? shown + ", ... and " + (messages.size() - SHOWN) + " more" : shown;
    }

    static String of(MessageRecord message) {
        return message.trace() + " (" + outcome(message) + ")";
    }

    /** {@code bob-alice-3 (delivered at PT2H50M, PT3M after submission)}; "not yet" without an outcome. */
    static String withLatency(MessageRecord message) {
        String took = message.latency() == null ? "no outcome yet" : message.latency() + " after submission";
        return message.trace() + " (" + outcome(message) + ", " + took + ")";
    }

    /** {@code delivered at PT2H50M}, {@code ndr 5.1.1 at PT2H30M by EX55A}, {@code queued on EX55A/EX03B since PT2H21M}. */
    static String outcome(MessageRecord m) {
        String at = m.outcomeAt() == null ? "" : " at " + m.outcomeAt();
        String status = m.status() == null ? "" : " " + m.status();
        return switch (m.fate()) {
            case DELIVERED -> "delivered" + at;
            case NDR -> "ndr" + status + at + (m.server() == null ? "" : " by " + m.server());
            case QUEUED -> "queued on " + m.server() + "/" + m.place() + (m.outcomeAt() == null ? "" : " since " + m.outcomeAt());
            case REJECTED -> "rejected" + status + at;
            default -> m.fate().label() + at + (m.detail() == null ? "" : ": " + m.detail());
        };
    }

    /** {@code 3 messages}, {@code 1 message}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
