package org.intransit.scenario;

import java.time.Duration;

/**
 * A replication agent's settings: its name (by default {@code ADC-<site>} for a connection
 * agreement, {@code DRC-<siteA>-<siteB>} for a directory replication connector), a connection
 * agreement's direction (two-way by default) and its schedule ({@code always} by default:
 * every 5 minutes for the ADC, every 15 for directory replication).
 */
public final class AgentBuilder {

    private final BuilderPlaces places;
    private final String path;
    private final boolean agreement;
    private String name;
    private AgreementDirection direction = AgreementDirection.TWO_WAY;
    private Schedule schedule = new Schedule.Always();
    private String scheduleKey;

    AgentBuilder(BuilderPlaces places, String path, boolean agreement, String defaultName) {
        this.places = places;
        this.path = path;
        this.agreement = agreement;
        this.name = defaultName;
    }

    public AgentBuilder name(String agentName) {
        name = places.name(agentName, Where.child(path, "name"));
        return this;
    }

    /** Which way a connection agreement copies changes. */
    public AgentBuilder direction(AgreementDirection way) {
        String key = Where.child(path, "direction");
        if (!agreement) {
            throw places.fail(key, "key \"direction\" does not apply to a replication connector; expected one of "
                    + Suggest.list(TopologyReader.REPLICATION_KEYS));
        }
        direction = places.required(way, "one of two-way, ad-to-site, site-to-ad", key);
        return this;
    }

    public AgentBuilder every(Duration interval) {
        schedule = new Schedule.Every(places.positive(interval, scheduleKey("every")));
        return this;
    }

    public AgentBuilder always() {
        scheduleKey("every");
        schedule = new Schedule.Always();
        return this;
    }

    public AgentBuilder never() {
        scheduleKey("every");
        schedule = new Schedule.Never();
        return this;
    }

    /** Times of each scenario day, {@code "HH:MM"}. */
    public AgentBuilder times(String... timesOfDay) {
        schedule = BuiltSchedules.times(places, scheduleKey("times"), timesOfDay);
        return this;
    }

    private String scheduleKey(String key) {
        if (scheduleKey != null && !scheduleKey.equals(key)) {
            throw places.fail(Where.child(path, key), "expected either every or times, not both");
        }
        scheduleKey = key;
        return Where.child(path, key);
    }

    AgreementPlan agreement(String site) {
        return places.record(new AgreementPlan(name, site, direction, schedule), path, "name", "site");
    }

    ReplicationPlan replication(String siteA, String siteB) {
        return places.record(new ReplicationPlan(name, siteA, siteB, schedule), path, "name", "between[0]", "between[1]");
    }
}
