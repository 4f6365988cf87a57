package org.intransit.scenario;

import java.time.Duration;

/**
 * Retry and expiry settings of a server or connector. Every setting left out inherits (a
 * connector's from its server, a server's from {@link RetrySettings#DEFAULTS}), as in a file.
 */
public final class RetryBuilder {

    private final BuilderPlaces places;
    private final String path;
    private Duration openInterval;
    private Integer openCount;
    private Duration transferInterval;
    private Integer transferCount;
    private Duration expiryUrgent;
    private Duration expiryNormal;
    private Duration expiryNonUrgent;
    private Boolean ndrWhenOpenRetriesExhausted;

    RetryBuilder(BuilderPlaces places, String path) {
        this.places = places;
        this.path = path;
    }

    /** The wait after a failure to open an association (Exchange: 600 s). */
    public RetryBuilder openInterval(Duration interval) {
        openInterval = places.positive(interval, Where.child(path, "openInterval"));
        return this;
    }

    /** Open retries before the queue gives up (Exchange: 144). */
    public RetryBuilder openCount(int count) {
        openCount = places.range(count, 0, Integer.MAX_VALUE, Where.child(path, "openCount"));
        return this;
    }

    public RetryBuilder transferInterval(Duration interval) {
        transferInterval = places.positive(interval, Where.child(path, "transferInterval"));
        return this;
    }

    public RetryBuilder transferCount(int count) {
        transferCount = places.range(count, 0, Integer.MAX_VALUE, Where.child(path, "transferCount"));
        return this;
    }

    /** How long a message of each priority may wait in total before it is NDR'd; {@code null} inherits. */
    public RetryBuilder expiry(Duration urgent, Duration normal, Duration nonUrgent) {
        String expiry = Where.child(path, "expiry");
        expiryUrgent = urgent == null ? null : places.positive(urgent, Where.child(expiry, "urgent"));
        expiryNormal = normal == null ? null : places.positive(normal, Where.child(expiry, "normal"));
        expiryNonUrgent = nonUrgent == null ? null : places.positive(nonUrgent, Where.child(expiry, "nonUrgent"));
        return this;
    }

    public RetryBuilder ndrWhenOpenRetriesExhausted(boolean ndr) {
        ndrWhenOpenRetriesExhausted = ndr;
        return this;
    }

    RetrySettings build() {
        return new RetrySettings(openInterval, openCount, transferInterval, transferCount, expiryUrgent, expiryNormal,
                expiryNonUrgent, ndrWhenOpenRetriesExhausted);
    }
}
