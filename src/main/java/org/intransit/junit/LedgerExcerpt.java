package org.intransit.junit;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.ledger.LedgerEvent;

/**
 * What a failed test prints: each offending message's outcome and every ledger record of its
 * trace. The offenders are the messages whose trace ids the failure names; when it names none,
 * the messages that were not delivered. At most {@value Evidence#SHOWN} messages.
 */
final class LedgerExcerpt {

    private static final String TOKEN_SEPARATORS = "[\\s,;:()\\[\\]{}\"'<>]+";

    private LedgerExcerpt() {}

    /** The excerpt, or {@code null} when no message qualifies. */
    static String of(Harness harness, Throwable failure) {
        List<MessageRecord> messages = harness.messages();
        Set<String> named = named(failure, messages);
        List<MessageRecord> offenders = messages.stream()
                .filter(m -> named.isEmpty() ? m.fate() != Fate.DELIVERED : named.contains(m.trace()))
                .toList();
        if (offenders.isEmpty()) {
            return null;
        }
        List<LedgerEvent> ledger = harness.ledger().snapshot();
        StringBuilder out = new StringBuilder("intransit ledger of ")
                .append(Evidence.count(offenders.size(), "message"))
                .append(named.isEmpty() ? " not delivered" : " named in the failure")
                .append(offenders.size() > Evidence.SHOWN ? ", the first " + Evidence.SHOWN : "")
                .append(":\n");
        for (MessageRecord message : offenders.subList(0, Math.min(offenders.size(), Evidence.SHOWN))) {
            out.append(Evidence.of(message)).append('\n');
            ledger.stream().filter(e -> message.trace().equals(e.trace()))
                    .forEach(e -> out.append("  ").append(line(e)).append('\n'));
        }
        return out.toString();
    }

    private static Set<String> named(Throwable failure, List<MessageRecord> messages) {
        Set<String> traces = messages.stream().map(MessageRecord::trace).collect(Collectors.toSet());
        Set<String> named = new LinkedHashSet<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = t.getMessage() == null ? "" : t.getMessage();
            for (String token : text.split(TOKEN_SEPARATORS)) {
                if (traces.contains(token)) {
                    named.add(token);
                }
            }
        }
        return named;
    }

    /** {@code PT2H21M Queued server=EX55A queue=EX03B}: the record's own fields, without times and trace. */
    static String line(LedgerEvent event) {
        StringBuilder line = new StringBuilder(event.at().toString()).append(' ').append(event.getClass().getSimpleName());
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            String name = component.getName();
            if (!name.equals("at") && !name.equals("wall") && !name.equals("trace")) {
                line.append(' ').append(name).append('=').append(String.valueOf(value(component, event)).strip()
                        .replaceAll("\\s*\\R\\s*", " "));
            }
        }
        return line.toString();
    }

    private static Object value(RecordComponent component, LedgerEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }
}
