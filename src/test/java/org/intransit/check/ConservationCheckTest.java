package org.intransit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.LedgerEvent.Place;
import org.intransit.ledger.SubmissionResult;
import org.junit.jupiter.api.Test;

class ConservationCheckTest {

    private static final Instant WALL = Instant.parse("2026-11-25T12:00:00Z");
    private final List<LedgerEvent> ledger = new ArrayList<>();

    private void submitted(String trace, String to) {
        ledger.add(new LedgerEvent.Submitted(t(0), WALL, trace, "bob", to, "EX1", 100));
    }

    private void accepted(String trace) {
        ledger.add(new LedgerEvent.SubmissionCompleted(t(1), WALL, trace, new SubmissionResult.Accepted("250 Ok")));
    }

    private void received(String trace, String server) {
        ledger.add(new LedgerEvent.Received(t(1), WALL, trace, server, null, "bob@x", "alice@x", 1, "smtp"));
    }

    private void delivered(String trace, String mailbox) {
        ledger.add(new LedgerEvent.Delivered(t(2), WALL, trace, "EX1", mailbox));
    }

    private void found(String trace, Place place, String where) {
        ledger.add(new LedgerEvent.FoundAtEnd(t(9), WALL, trace, "EX1", place, where));
    }

    private static Duration t(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private MessageRecord only() {
        ConservationResult result = ConservationCheck.check(ledger);
        assertThat(result.messages()).hasSize(1);
        return result.messages().get(0);
    }

    @Test
    void checkShouldCallMessageDeliveredWhenFoundOnceInTheRecipientsMailbox() {
        submitted("m1", "alice");
        received("m1", "EX1");
        accepted("m1");
        delivered("m1", "alice");
        found("m1", Place.MAILBOX, "alice");

        MessageRecord m = only();
        assertThat(m.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(m.latency()).isEqualTo(Duration.ofSeconds(2));
        assertThat(ConservationCheck.check(ledger).passed()).isTrue();
    }

    @Test
    void checkShouldCallMessageLostWhenAcceptedButFoundNowhere() {
        submitted("m1", "alice");
        received("m1", "EX1");
        accepted("m1");

        MessageRecord m = only();
        assertThat(m.fate()).isEqualTo(Fate.LOST);
        assertThat(m.detail()).contains("last seen received by EX1");
        assertThat(ConservationCheck.check(ledger).passed()).isFalse();
    }

    @Test
    void checkShouldCallMessageLostWhenStoreRecordedDeliveryButMailboxLacksIt() {
        submitted("m1", "alice");
        received("m1", "EX1");
        accepted("m1");
        delivered("m1", "alice");

        assertThat(only().fate()).isEqualTo(Fate.LOST);
    }

    @Test
    void checkShouldCallMessageDuplicatedWhenFoundInMailboxAndQueue() {
        submitted("m1", "alice");
        received("m1", "EX1");
        accepted("m1");
        delivered("m1", "alice");
        found("m1", Place.MAILBOX, "alice");
        found("m1", Place.QUEUE, "EX2");

        assertThat(only().fate()).isEqualTo(Fate.DUPLICATED);
    }

    @Test
    void checkShouldCallMessageMisroutedWhenFoundInAnotherMailbox() {
        submitted("m1", "alice");
        received("m1", "EX1");
        accepted("m1");
        delivered("m1", "carol");
        found("m1", Place.MAILBOX, "carol");

        MessageRecord m = only();
        assertThat(m.fate()).isEqualTo(Fate.MISROUTED);
        assertThat(m.detail()).isEqualTo("meant for alice, found in mailbox carol");
    }

    @Test
    void checkShouldCallMessageQueuedWhenFinalReadFindsItInAQueue() {
        submitted("m1", "alice");
        received("m1", "EX1");
        ledger.add(new LedgerEvent.Queued(t(1), WALL, "m1", "EX1", "EX2"));
        accepted("m1");
        found("m1", Place.QUEUE, "EX2");

        MessageRecord m = only();
        assertThat(m.fate()).isEqualTo(Fate.QUEUED);
        assertThat(m.place()).isEqualTo("EX2");
        assertThat(m.outcomeAt()).isEqualTo(t(1));
    }

    @Test
    void checkShouldCallMessageRejectedWithStatusWhenRefusedAtSubmission() {
        submitted("m1", "x@elsewhere.example");
        ledger.add(new LedgerEvent.SubmissionCompleted(t(1), WALL, "m1",
                new SubmissionResult.Rejected(550, "5.7.1 <x@elsewhere.example>: Relay access denied")));

        MessageRecord m = only();
        assertThat(m.fate()).isEqualTo(Fate.REJECTED);
        assertThat(m.status()).isEqualTo("5.7.1");
        assertThat(ConservationCheck.check(ledger).passed()).isTrue();
    }

    @Test
    void checkShouldCallMessageIndeterminateWhenConnectionBrokeAndNoServerReceivedIt() {
        submitted("m1", "alice");
        ledger.add(new LedgerEvent.SubmissionCompleted(t(1), WALL, "m1",
                new SubmissionResult.Indeterminate("SocketException: Broken pipe")));

        assertThat(only().fate()).isEqualTo(Fate.INDETERMINATE);
    }

    @Test
    void checkShouldCallMessageLostWhenConnectionBrokeAfterTheServerReceivedIt() {
        submitted("m1", "alice");
        received("m1", "EX1");
        ledger.add(new LedgerEvent.SubmissionCompleted(t(1), WALL, "m1",
                new SubmissionResult.Indeterminate("SocketException: Broken pipe")));

        assertThat(only().fate()).isEqualTo(Fate.LOST);
    }

    @Test
    void checkShouldAccountForMailFromOutsideClientsByTheirReceipt() {
        ledger.add(new LedgerEvent.Received(t(5), WALL, "ext-1", "EX1", null, "someone@swaks.test", "alice@x", 1, "smtp"));
        delivered("ext-1", "alice");
        found("ext-1", Place.MAILBOX, "alice");

        MessageRecord m = only();
        assertThat(m.external()).isTrue();
        assertThat(m.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(m.submittedAt()).isEqualTo(t(5));
        assertThat(ConservationCheck.check(ledger).external()).isEqualTo(1);
    }
}
