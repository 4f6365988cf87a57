package org.intransit.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builder's {@code mailboxes}: single mailboxes and numbered groups, expanded as a file's
 * groups are ({@code <group>0001}..., at least four digits, spread over the servers in
 * contiguous blocks, the first servers taking one more when the count does not divide).
 */
final class MailboxParts {

    private final BuilderPlaces places;
    private final List<MailboxPlan> mailboxes = new ArrayList<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, String> groupPaths = new LinkedHashMap<>();
    private int entries;

    MailboxParts(BuilderPlaces places) {
        this.places = places;
    }

    void mailbox(String alias, String server, String displayName) {
        String path = "mailboxes[" + entries++ + "]";
        MailboxPlan mailbox = new MailboxPlan(places.name(alias, path + ".alias"), places.name(server, path + ".server"),
                places.nonBlank(displayName, "a display name", path + ".name"));
        mailboxes.add(places.record(mailbox, path, "alias", "server"));
    }

    void group(String group, int count, String... servers) {
        String path = "mailboxes[" + entries++ + "]";
        String name = places.name(group, path + ".group");
        for (Map.Entry<String, String> earlier : groupPaths.entrySet()) {
            if (earlier.getKey().equalsIgnoreCase(name)) {
                throw places.fail(path + ".group", "duplicate mailbox group name " + name + " (first at "
                        + earlier.getValue() + ")");
            }
        }
        int size = places.range(count, 1, MailboxReader.MAX_GROUP, path + ".count");
        if (servers == null || servers.length == 0) {
            throw places.fail(path + ".servers", "expected a list of at least one server but found nothing");
        }
        int width = Math.max(4, String.valueOf(size).length());
        List<String> aliases = new ArrayList<>(size);
        int number = 1;
        for (int s = 0; s < servers.length; s++) {
            String serverPath = path + ".servers[" + s + "]";
            String server = places.name(servers[s], serverPath);
            for (int i = 0; i < size / servers.length + (s < size % servers.length ? 1 : 0); i++, number++) {
                String alias = name + String.format("%0" + width + "d", number);
                MailboxPlan plan = places.record(new MailboxPlan(alias, server, alias), path);
                places.map().put(plan, "alias", places.where(path + ".group"));
                mailboxes.add(places.map().put(plan, "server", places.where(serverPath)));
                aliases.add(alias);
            }
        }
        groups.put(name, List.copyOf(aliases));
        groupPaths.put(name, path + ".group");
    }

    /** Every member of a group defined before. */
    List<String> all(String group) {
        List<String> all = groups.get(group);
        if (all == null) {
            throw places.fail("group", "unknown mailbox group " + Suggest.quote(String.valueOf(group)) + "; expected "
                    + (groups.isEmpty() ? "a group defined before with mailboxGroup" : "one of " + Suggest.some(groups.keySet())));
        }
        return all;
    }

    /** Members {@code first} to {@code last} (1-based, inclusive) of a group defined before. */
    List<String> members(String group, int first, int last) {
        List<String> all = all(group);
        if (first < 1 || last > all.size() || first > last) {
            throw places.fail("group", "expected members from 1 to " + all.size() + " of group " + group + " but found "
                    + first + " to " + last);
        }
        return all.subList(first - 1, last);
    }

    List<MailboxPlan> plans() {
        return mailboxes;
    }
}
