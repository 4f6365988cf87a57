package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One expectation: an outcome for the messages a selection picks, a queue condition, or both.
 * Selection methods narrow the messages (all of them by default); times are a file's time
 * points: {@code "2h"}, {@code "end"}, {@code "move.alice.commit + 15m"}. Without {@link #count}
 * or {@link #fraction} every selected message must have the outcome.
 *
 * <p>Fields are read by {@link ExpectationParts}, which turns them into records in {@code build}.
 */
public final class ExpectationBuilder {

    private final BuilderPlaces places;
    private final String path;
    final String name;
    final List<String> messageKeys = new ArrayList<>();
    List<String> from = List.of();
    List<String> to = List.of();
    String submittedFrom;
    String submittedTo;
    List<String> senderSites = List.of();
    List<ServerKind> senderKinds = List.of();
    Outcome outcome;
    String status;
    Integer count;
    double fraction = 1.0;
    Duration within;
    String queueServer;
    String queueName;
    String drainedBy;
    Integer maxDepth;

    ExpectationBuilder(BuilderPlaces places, String path, String name) {
        this.places = places;
        this.path = path;
        this.name = places.nonBlank(name, "an expectation name", Where.child(path, "name"));
    }

    public ExpectationBuilder from(String... senders) {
        from = trimmed(selectKey("from"), senders);
        return this;
    }

    public ExpectationBuilder to(String... recipients) {
        to = trimmed(selectKey("to"), recipients);
        return this;
    }

    /** Senders as a list, such as a mailbox group's aliases ({@link ScenarioBuilder#group}). */
    public ExpectationBuilder from(java.util.List<String> senders) {
        return from(senders.toArray(String[]::new));
    }

    public ExpectationBuilder to(java.util.List<String> recipients) {
        return to(recipients.toArray(String[]::new));
    }

    /** Submitted at or after {@code after} and before {@code before}. */
    public ExpectationBuilder submitted(String after, String before) {
        String key = selectKey("submitted");
        submittedFrom = places.required(after, "a time", key + "[0]").trim();
        submittedTo = places.required(before, "a time", key + "[1]").trim();
        return this;
    }

    /** Senders whose home server is in one of these sites ({@code internet}: outside senders). */
    public ExpectationBuilder senderSite(String... sites) {
        senderSites = trimmed(selectKey("senderSite"), sites);
        return this;
    }

    public ExpectationBuilder senderKind(ServerKind... kinds) {
        String key = selectKey("senderKind");
        senderKinds = Arrays.asList(kinds).stream()
                .map(k -> places.required(k, TimelineReader.KIND_FORM, key)).toList();
        return this;
    }

    public ExpectationBuilder outcome(Outcome expected) {
        outcome = places.required(expected, "one of delivered, ndr, queued, rejected", Where.child(path, "outcome"));
        return this;
    }

    /** An RFC 3463 status, such as {@code 5.1.1}. */
    public ExpectationBuilder status(String rfc3463) {
        String key = messageKey("status");
        status = places.required(rfc3463, "an RFC 3463 status such as 5.1.1", key).trim();
        if (!TimelineReader.STATUS.matcher(status).matches()) {
            throw places.fail(key, "expected an RFC 3463 status such as 5.1.1 but found " + Suggest.quote(rfc3463));
        }
        return this;
    }

    /** Exactly this many selected messages have the outcome. */
    public ExpectationBuilder count(int exactly) {
        count = places.range(exactly, 0, Integer.MAX_VALUE, messageKey("count"));
        return this;
    }

    /** At least this share (more than 0, at most 1) of the selected messages has the outcome. */
    public ExpectationBuilder fraction(double share) {
        String key = messageKey("fraction");
        if (!(share > 0 && share <= 1)) {
            throw places.fail(key, "expected a fraction greater than 0 and at most 1, such as 0.95 or 95% but found " + share);
        }
        fraction = share;
        return this;
    }

    /** The outcome comes at most this long after submission. */
    public ExpectationBuilder within(Duration bound) {
        within = places.positive(bound, messageKey("within"));
        return this;
    }

    /** A queue condition on {@code server}'s queue {@code queueName}; add drainedBy, maxDepth or both. */
    public ExpectationBuilder queue(String server, String queue) {
        String key = Where.child(path, "queue");
        queueServer = places.name(server, Where.child(key, "server"));
        queueName = places.nonBlank(queue, TimelineReader.QUEUE_NAME_FORM, Where.child(key, "name")).trim();
        return this;
    }

    /** The queue is empty at this time point. */
    public ExpectationBuilder drainedBy(String time) {
        drainedBy = places.required(time, "a time", Where.child(Where.child(path, "queue"), "drainedBy")).trim();
        return this;
    }

    /** The queue never holds more than this. */
    public ExpectationBuilder maxDepth(int most) {
        maxDepth = places.range(most, 0, Integer.MAX_VALUE, Where.child(Where.child(path, "queue"), "maxDepth"));
        return this;
    }

    private String selectKey(String key) {
        messageKey("select");
        return Where.child(Where.child(path, "select"), key);
    }

    private String messageKey(String key) {
        if (!messageKeys.contains(key)) {
            messageKeys.add(key);
        }
        return Where.child(path, key);
    }

    private List<String> trimmed(String key, String... values) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            texts.add(places.required(values[i], "a name", key + "[" + i + "]").trim());
        }
        return texts;
    }

    ExpectationPlan build(Set<String> markers) {
        return new ExpectationParts(places, path, markers).expectation(this);
    }
}
