package org.intransit.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every message's record and the counts by fate. The run passes conservation when nothing is
 * lost, duplicated or misrouted.
 */
public record ConservationResult(List<MessageRecord> messages) {

    public ConservationResult {
        messages = List.copyOf(messages);
    }

    public Map<Fate, Long> counts() {
        Map<Fate, Long> counts = new EnumMap<>(Fate.class);
        for (Fate fate : Fate.values()) {
            counts.put(fate, 0L);
        }
        messages.forEach(m -> counts.merge(m.fate(), 1L, Long::sum));
        return counts;
    }

    public long count(Fate fate) {
        return messages.stream().filter(m -> m.fate() == fate).count();
    }

    /** Messages the harness's own injectors submitted. */
    public long injected() {
        return count(Origin.INJECTED);
    }

    /** Non-delivery reports the servers generated (each is a message accounted for too). */
    public long ndrMessages() {
        return count(Origin.NDR);
    }

    public long count(Origin origin) {
        return messages.stream().filter(m -> m.origin() == origin).count();
    }

    /** Messages that clients outside the harness submitted (in {@code serve}). */
    public long external() {
        return count(Origin.EXTERNAL);
    }

    public List<MessageRecord> failures() {
        return messages.stream().filter(m -> m.fate().failsRun()).toList();
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    /** One line for people: {@code 42 messages: 40 delivered, 2 rejected; nothing lost}. */
    public String describe() {
        StringBuilder line = new StringBuilder().append(messages.size()).append(" messages:");
        String separator = " ";
        for (Map.Entry<Fate, Long> entry : counts().entrySet()) {
            if (entry.getValue() > 0) {
                line.append(separator).append(entry.getValue()).append(' ').append(entry.getKey().label());
                separator = ", ";
            }
        }
        return line.append(passed() ? "; nothing lost" : "; CONSERVATION FAILED").toString();
    }
}
