package org.intransit.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.intransit.scenario.MovePlan;
import org.intransit.scenario.Scenario;

/**
 * Derives the NDR window of each moved mailbox per sender site, a pure function of the scenario
 * and the message records. Senders are placed by their home server when the scenario started;
 * senders outside the organization count as {@code internet}.
 */
public final class NdrWindows {

    public static final String INTERNET = "internet";

    private NdrWindows() {}

    public static List<NdrWindow> of(Scenario scenario, List<MessageRecord> messages) {
        List<NdrWindow> windows = new ArrayList<>();
        for (String mailbox : scenario.moves().stream().map(MovePlan::mailbox).distinct().toList()) {
            Map<String, List<Duration>> bouncedBySite = new TreeMap<>();
            for (MessageRecord m : messages) {
                if (m.origin() != Origin.NDR && m.fate() == Fate.NDR && addressedTo(m, mailbox)) {
                    bouncedBySite.computeIfAbsent(senderSite(scenario, m.from()), s -> new ArrayList<>()).add(m.submittedAt());
                }
            }
            bouncedBySite.forEach((site, times) -> {
                Duration first = times.stream().min(Duration::compareTo).orElseThrow();
                Duration last = times.stream().max(Duration::compareTo).orElseThrow();
                windows.add(new NdrWindow(mailbox, site, first, last, times.size(), last.minus(first)));
            });
        }
        return windows;
    }

    private static boolean addressedTo(MessageRecord m, String mailbox) {
        String to = m.to().toLowerCase(Locale.ROOT);
        String alias = mailbox.toLowerCase(Locale.ROOT);
        return to.equals(alias) || to.startsWith(alias + "@");
    }

    static String senderSite(Scenario scenario, String from) {
        String alias = from.contains("@") ? from.substring(0, from.lastIndexOf('@')) : from;
        return scenario.mailbox(alias).map(m -> scenario.siteOf(m.server()).name()).orElse(INTERNET);
    }
}
