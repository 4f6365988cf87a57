package org.intransit.ledger;

/**
 * What the submitting client saw. {@link Indeterminate} is a first-class outcome: the
 * connection broke after DATA began, so the server may or may not have taken the message.
 */
public sealed interface SubmissionResult {

    /** The server replied 250 to the end of DATA. */
    record Accepted(String reply) implements SubmissionResult {}

    /** The server refused the message with an SMTP reply. */
    record Rejected(int code, String reply) implements SubmissionResult {}

    /** The client never reached the server (connection refused or timed out): not handed over. */
    record Unsent(String reason) implements SubmissionResult {}

    /** The client could not tell whether the server took the message. */
    record Indeterminate(String reason) implements SubmissionResult {}
}
