package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder's {@code moves}: single moves and batches, a batch becoming one move per mailbox
 * started {@code every} apart, as a file's {@code mailboxes:} move is read. Whether a batch
 * starts by the scenario's end is checked once the duration is known.
 */
final class MoveParts {

    private record Batch(String path, int size, Duration at, Duration every, String last) {}

    private final BuilderPlaces places;
    private final List<MovePlan> moves = new ArrayList<>();
    private final List<Batch> batches = new ArrayList<>();
    private int entries;

    MoveParts(BuilderPlaces places) {
        this.places = places;
    }

    void single(String mailbox, String to, Duration at, Duration copy, boolean release) {
        String path = "moves[" + entries++ + "]";
        MovePlan move = new MovePlan(places.name(mailbox, path + ".mailbox"), places.name(to, path + ".to"),
                places.nonNegative(at, path + ".at"), places.positive(copy, path + ".copy"), release);
        moves.add(places.record(move, path, "mailbox", "to", "at"));
    }

    void batch(List<String> mailboxes, String to, Duration at, Duration copy, Duration every) {
        String path = "moves[" + entries++ + "]";
        if (mailboxes == null || mailboxes.isEmpty()) {
            throw places.fail(path + ".mailboxes", "expected " + MoveReader.MAILBOX_FORM + " or a list of them but found"
                    + " nothing");
        }
        String target = places.name(to, path + ".to");
        Duration start = places.nonNegative(at, path + ".at");
        Duration length = places.positive(copy, path + ".copy");
        Duration gap = places.nonNegative(every, path + ".every");
        for (int i = 0; i < mailboxes.size(); i++) {
            String alias = places.required(mailboxes.get(i), MoveReader.MAILBOX_FORM, path + ".mailboxes[" + i + "]").trim();
            MovePlan move = new MovePlan(alias, target, start.plus(gap.multipliedBy(i)), length, true);
            moves.add(places.record(move, path, "to", "at"));
            places.map().put(move, "mailbox", places.where(path + ".mailboxes[" + i + "]"));
        }
        batches.add(new Batch(path, mailboxes.size(), start, gap, mailboxes.get(mailboxes.size() - 1)));
    }

    List<MovePlan> build(Duration scenarioDuration) {
        for (Batch batch : batches) {
            Duration lastStart = batch.at().plus(batch.every().multipliedBy(batch.size() - 1L));
            if (batch.size() > 1 && lastStart.compareTo(scenarioDuration) > 0) {
                throw places.fail(batch.path() + ".every", batch.size() + " moves every " + Durations.format(batch.every())
                        + " from " + Durations.format(batch.at()) + ": the last (" + batch.last() + ") starts at "
                        + Durations.format(lastStart) + ", after the scenario's end (" + Durations.format(scenarioDuration)
                        + "); expected the batch to start by " + Durations.format(scenarioDuration));
            }
        }
        return moves;
    }
}
