package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.intransit.scenario.Field.Span;

/**
 * Reads {@code moves}: the move of one mailbox ({@code mailbox: alice}) or a batch
 * ({@code mailboxes: {group: user, first: 1, last: 50}} or a list of aliases) whose moves start
 * {@code every} apart from {@code at}, in list order, each taking {@code copy}. A batch becomes
 * one ordinary {@link MovePlan} per mailbox, each pointing at the batch's entry for error
 * messages, so the timeline validator and the move script treat them as single moves.
 */
final class MoveReader {

    static final List<String> MOVE_KEYS = List.of("mailbox", "mailboxes", "to", "at", "copy", "every",
            "releaseToRpcQueue");
    static final List<String> SINGLE_KEYS = List.of("mailbox", "to", "at", "copy", "releaseToRpcQueue");
    static final String MAILBOX_FORM = "a mailbox alias";

    private final SourceMap places;
    private final MailboxGroups groups;
    private final Duration scenarioDuration;

    MoveReader(SourceMap places, MailboxGroups groups, Duration scenarioDuration) {
        this.places = places;
        this.groups = groups;
        this.scenarioDuration = scenarioDuration;
    }

    List<MovePlan> moves(Field field) {
        MapReader move = field.map(MOVE_KEYS);
        if (move.has("mailbox") && move.has("mailboxes")) {
            throw move.keyWhere("mailboxes").fail("expected either mailbox (one move) or mailboxes (a batch),"
                    + " not both");
        }
        if (!move.has("mailbox") && !move.has("mailboxes")) {
            throw move.where().fail("missing key \"mailbox\" or \"mailboxes\"; expected the mailbox to move, or"
                    + " a batch");
        }
        if (move.has("mailbox")) {
            move.onlyKeys(SINGLE_KEYS, "the move of one mailbox (every staggers a batch of mailboxes)");
        }
        List<MailboxGroups.Member> members = move.has("mailbox")
                ? List.of(new MailboxGroups.Member(move.name("mailbox"), move.required("mailbox")))
                : groups.members(move.required("mailboxes"), MAILBOX_FORM);
        String to = move.name("to");
        Duration at = move.required("at").duration(Span.NON_NEGATIVE);
        Duration copy = move.duration("copy", Duration.ofMinutes(10), Span.POSITIVE);
        Duration every = move.duration("every", Duration.ZERO, Span.NON_NEGATIVE);
        boolean release = move.bool("releaseToRpcQueue", true);
        Duration lastStart = at.plus(every.multipliedBy(members.size() - 1L));
        if (members.size() > 1 && lastStart.compareTo(scenarioDuration) > 0) {
            String last = members.get(members.size() - 1).name();
            throw move.where("every").fail(members.size() + " moves every " + fmt(every) + " from " + fmt(at)
                    + ": the last (" + last + ") starts at " + fmt(lastStart) + ", after the scenario's end ("
                    + fmt(scenarioDuration) + "); expected the batch to start by " + fmt(scenarioDuration));
        }
        List<MovePlan> plans = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            MailboxGroups.Member member = members.get(i);
            MovePlan plan = new MovePlan(member.name(), to, at.plus(every.multipliedBy(i)), copy, release);
            places.attach(plan, move);
            Field written = member.field() != null ? member.field() : move.required("mailboxes");
            plans.add(places.put(plan, "mailbox", written.where()));
        }
        return plans;
    }

    private static String fmt(Duration duration) {
        return Durations.format(duration);
    }
}
