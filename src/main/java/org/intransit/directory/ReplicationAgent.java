package org.intransit.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.intransit.clock.ScenarioClock;
import org.intransit.scenario.AgreementDirection;
import org.intransit.scenario.AgreementPlan;
import org.intransit.scenario.ReplicationPlan;

/**
 * An ADC connection agreement or a directory replication connector: a named set of
 * {@link Feed feeds} run together on a schedule, or on demand. Each run is a quick in-memory
 * clock task that schedules the next one itself.
 */
final class ReplicationAgent {

    private final String name;
    private final AgentSchedule schedule;
    private final List<Feed> feeds;
    private final ReplicaLog log;

    private ReplicationAgent(String name, AgentSchedule schedule, List<Feed> feeds, ReplicaLog log) {
        this.name = name;
        this.schedule = schedule;
        this.feeds = List.copyOf(feeds);
        this.log = log;
    }

    /**
     * AD to the site: AD's entries homed in the site, written there as live objects the site
     * owns (how the ADC creates a moved mailbox in its new site). Site to AD: the site's own
     * replicated objects that are not stubs (live mailboxes and custom recipients).
     *
     * @param siteOfServer the site of a server named in an entry's home, {@code null} when none
     */
    static ReplicationAgent agreement(AgreementPlan plan, Replica ad, Replica site, Function<String, String> siteOfServer,
            ReplicaLog log) {
        String siteName = site.site();
        List<Feed> feeds = new ArrayList<>();
        if (plan.direction() != AgreementDirection.SITE_TO_AD) {
            feeds.add(new Feed(ad, site, e -> siteName.equals(siteOfServer.apply(e.homeServer())),
                    e -> e.ownedLiveBy(siteName)));
        }
        if (plan.direction() != AgreementDirection.AD_TO_SITE) {
            feeds.add(new Feed(site, ad,
                    e -> e.state() != EntryState.STUB && e.replicated() && siteName.equals(e.ownerSite()),
                    UnaryOperator.identity()));
        }
        return new ReplicationAgent(plan.name(), new AgentSchedule(plan.schedule(), AgentSchedule.ADC_ALWAYS), feeds, log);
    }

    /**
     * Both ways between two sites, every replicated entry whatever its owner (5.5 replication is
     * transitive through bridgeheads); stubs never leave their site.
     */
    static ReplicationAgent connector(ReplicationPlan plan, Replica a, Replica b, ReplicaLog log) {
        List<Feed> feeds = List.of(
                new Feed(a, b, DirectoryEntry::replicated, UnaryOperator.identity()),
                new Feed(b, a, DirectoryEntry::replicated, UnaryOperator.identity()));
        return new ReplicationAgent(plan.name(), new AgentSchedule(plan.schedule(), AgentSchedule.DRC_ALWAYS), feeds, log);
    }

    String name() {
        return name;
    }

    /** Copies every feed's changes now and records what each target applied. */
    synchronized void run() {
        for (Feed feed : feeds) {
            for (Replica.Change change : feed.run()) {
                log.arrived(feed.target(), change, name);
            }
        }
    }

    /** Puts the next scheduled run after {@code after} on the clock; that run schedules its successor. */
    void scheduleOn(ScenarioClock clock, Duration after) {
        schedule.nextAfter(after).ifPresent(at -> clock.schedule(at, "replicate " + name, () -> {
            run();
            scheduleOn(clock, at);
        }));
    }
}
