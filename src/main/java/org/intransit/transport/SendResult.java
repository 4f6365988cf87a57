package org.intransit.transport;

/** What an SMTP client saw when it handed over one message. */
public sealed interface SendResult {

    /** The receiver replied 250 to the end of DATA: it took responsibility. */
    record Accepted(String reply) implements SendResult {}

    /**
     * The receiver refused the message (at MAIL, RCPT or DATA).
     *
     * @param code the SMTP reply code, e.g. 550
     * @param reply the server's reply line as sent, code included
     */
    record Rejected(int code, String reply) implements SendResult {
        public boolean permanent() {
            return code >= 500;
        }
    }

    /**
     * No answer: the connection could not be opened or broke.
     *
     * @param afterData true when the break came after DATA began, so the receiver may hold the
     *     message (the outcome is indeterminate, not a failure)
     */
    record Failed(String reason, boolean afterData) implements SendResult {}
}
