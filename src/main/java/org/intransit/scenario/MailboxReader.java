package org.intransit.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code mailboxes}: single mailboxes ({@code {alias: alice, server: EX55A}}) and numbered
 * groups ({@code {group: user, count: 2000, servers: [EX55A, EX55B]}}).
 *
 * <p>A group of {@code count} gets the aliases {@code <group>0001} ... (at least four digits,
 * more when {@code count} needs them) and is spread over its servers in contiguous blocks as
 * equal as possible, the first servers taking one more when it does not divide: 2,000 over
 * four servers puts {@code user0001..user0500} on the first. Each expanded mailbox points, for
 * error messages, at the group's entry (its {@code server}, or its item of {@code servers}), so
 * the validators need not know about groups.
 */
final class MailboxReader {

    static final List<String> MAILBOX_KEYS = List.of("alias", "server", "name");
    static final List<String> GROUP_KEYS = List.of("group", "count", "server", "servers");
    static final List<String> KEYS = List.of("alias", "server", "name", "group", "count", "servers");
    static final int MAX_GROUP = 100_000;

    private final SourceMap places;
    private final MailboxGroups groups = new MailboxGroups();

    MailboxReader(SourceMap places) {
        this.places = places;
    }

    /** The groups read so far, for moves and traffic to select from. */
    MailboxGroups groups() {
        return groups;
    }

    /** Every mailbox of the list, groups expanded, in file order. */
    List<MailboxPlan> read(List<Field> items) {
        List<MailboxPlan> mailboxes = new ArrayList<>();
        for (Field item : items) {
            MapReader entry = item.map(KEYS);
            if (entry.has("group") && entry.has("alias")) {
                throw entry.keyWhere("group").fail("expected either alias (one mailbox) or group (numbered"
                        + " mailboxes), not both");
            }
            if (entry.has("group")) {
                mailboxes.addAll(group(entry));
            } else {
                entry.onlyKeys(MAILBOX_KEYS, "a single mailbox (group makes numbered ones)");
                mailboxes.add(mailbox(entry));
            }
        }
        return mailboxes;
    }

    private MailboxPlan mailbox(MapReader mailbox) {
        String alias = mailbox.name("alias");
        String server = mailbox.name("server");
        String displayName = mailbox.get("name", f -> f.nonBlank("a display name"), alias);
        return places.attach(new MailboxPlan(alias, server, displayName), mailbox);
    }

    private List<MailboxPlan> group(MapReader group) {
        group.onlyKeys(GROUP_KEYS, "a mailbox group");
        String name = group.name("group");
        int count = group.required("count").integer(1, MAX_GROUP);
        List<Field> servers = servers(group);
        int width = Math.max(4, String.valueOf(count).length());
        List<MailboxPlan> plans = new ArrayList<>(count);
        int block = count / servers.size();
        int longer = count % servers.size();
        int number = 1;
        for (int s = 0; s < servers.size(); s++) {
            Field server = servers.get(s);
            String serverName = server.name();
            for (int i = 0; i < block + (s < longer ? 1 : 0); i++, number++) {
                String alias = name + String.format("%0" + width + "d", number);
                MailboxPlan plan = new MailboxPlan(alias, serverName, alias);
                places.put(plan, "", group.where());
                places.put(plan, "alias", group.where("group"));
                plans.add(places.put(plan, "server", server.where()));
            }
        }
        groups.define(name, group.where("group"), plans.stream().map(MailboxPlan::alias).toList());
        return plans;
    }

    private static List<Field> servers(MapReader group) {
        if (group.has("server") && group.has("servers")) {
            throw group.keyWhere("servers").fail("expected either server or servers, not both");
        }
        if (group.has("server")) {
            return List.of(group.required("server"));
        }
        if (!group.has("servers")) {
            throw group.where().fail("missing key \"server\" or \"servers\"; expected the server(s) the group"
                    + " lives on");
        }
        Field list = group.required("servers");
        List<Field> servers = list.items("server names");
        if (servers.isEmpty()) {
            throw list.expected("a list of at least one server");
        }
        return servers;
    }
}
