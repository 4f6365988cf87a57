package org.intransit.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.intransit.scenario.YNode.YMap;

/**
 * The mailbox groups of a file ({@code {group: user, count: 500, server: EX1}} under
 * {@code mailboxes}) and the selections that name them: a whole group ({@code {group: user}})
 * or a stretch of it ({@code {group: user, first: 1, last: 50}}, {@code {group: user, first: 51,
 * count: 50}}; numbers are 1-based and inclusive).
 *
 * <p>Groups exist only while the file is read: a group becomes ordinary {@link MailboxPlan}s and
 * a selection their aliases, so the runtime sees single mailboxes, moves and senders. Filled by
 * {@link MailboxReader} before moves and traffic are read.
 */
final class MailboxGroups {

    static final List<String> SELECT_KEYS = List.of("group", "first", "last", "count");
    static final String SELECT_FORM = "a group selection such as {group: user, first: 1, last: 50}";

    /** One name of a sender, recipient or moved mailbox list, with its place when written out. */
    record Member(String name, Field field) {}

    private final NameTable names = new NameTable("mailbox group");
    private final Map<String, List<String>> members = new HashMap<>();

    void define(String group, Where where, List<String> aliases) {
        names.define(group, where);
        members.put(group, List.copyOf(aliases));
    }

    /**
     * A scalar, a group selection, or a non-empty list of either: the names they stand for, in
     * order. {@code form} describes one written-out name.
     */
    List<Member> members(Field field, String form) {
        if (field.node() instanceof YMap) {
            return select(field).stream().map(alias -> new Member(alias, null)).toList();
        }
        List<Member> out = new ArrayList<>();
        for (Field item : field.oneOrMany(form + " or " + SELECT_FORM)) {
            if (item.node() instanceof YMap) {
                select(item).forEach(alias -> out.add(new Member(alias, null)));
            } else {
                out.add(new Member(item.text(form).trim(), item));
            }
        }
        return out;
    }

    /** The aliases a selection mapping names, in group order. */
    List<String> select(Field field) {
        MapReader select = field.map(SELECT_KEYS);
        String group = select.name("group");
        names.require(group, select.where("group"));
        List<String> all = members.get(group);
        int size = all.size();
        String about = "group " + group + " has " + size + (size == 1 ? " mailbox, " : " mailboxes, ")
                + all.get(0) + (size == 1 ? "" : " to " + all.get(size - 1));
        int first = select.get("first", f -> bounded(f, 1, size, about), 1);
        if (select.has("last") && select.has("count")) {
            throw select.keyWhere("count").fail("expected either last or count, not both");
        }
        int last = select.get("last", f -> bounded(f, first, size, about), size);
        if (select.has("count")) {
            last = first - 1 + select.get("count", f -> bounded(f, 1, size - first + 1, about), 0);
        }
        return all.subList(first - 1, last);
    }

    private static int bounded(Field field, int min, int max, String about) {
        String form = "an integer from " + min + " to " + max + " (" + about + ")";
        try {
            long value = Long.parseLong(field.text(form).trim());
            if (value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw field.expected(form);
    }
}
