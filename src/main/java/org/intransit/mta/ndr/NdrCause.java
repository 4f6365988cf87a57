package org.intransit.mta.ndr;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why one recipient's copy failed, in both vocabularies a mixed-mode organisation sees: the
 * RFC 3463 enhanced status an SMTP client reads and the X.411 reason/diagnostic pair the
 * Exchange 5.5 MTA logs (event 290) and prints in its NDRs.
 *
 * <p>Every cause is final: the report always says {@code Action: failed}, even for the class-4
 * statuses ({@link #expired} and {@link #connectorExhausted}), because the MTA has given up on
 * this copy although the condition behind it was transient.
 *
 * @param status         RFC 3463 status, class 4 or 5, e.g. {@code 5.1.1}
 * @param diagnosticText the {@code Diagnostic-Code} value after {@code smtp; }, one line,
 *                       e.g. {@code 550 5.1.1 <alice@contoso.example>: unknown recipient}
 */
public record NdrCause(String status, X400Reason reason, X400Diagnostic diagnostic, String diagnosticText) {

    private static final Pattern STATUS = Pattern.compile("[45]\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern PERMANENT_REPLY = Pattern.compile("5\\d\\d(?:[ -](?:(5\\.\\d{1,3}\\.\\d{1,3})\\b)?.*)?");

    public NdrCause {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(diagnostic, "diagnostic");
        Objects.requireNonNull(diagnosticText, "diagnosticText");
        if (!STATUS.matcher(status).matches()) {
            throw new IllegalArgumentException("not a failure status (4.x.x or 5.x.x): " + status);
        }
        if (diagnosticText.isBlank() || diagnosticText.indexOf('\r') >= 0 || diagnosticText.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("diagnosticText must be one non-blank line: " + diagnosticText);
        }
    }

    /**
     * The directory the routing server consults has no entry for the recipient (the NDR window
     * of DESIGN.md): 5.1.1, reason 1 unable-to-transfer, diagnostic 0 unrecognised-OR-name.
     */
    public static NdrCause unknownRecipient(String recipient) {
        return new NdrCause("5.1.1", X400Reason.UNABLE_TO_TRANSFER, X400Diagnostic.UNRECOGNISED_OR_NAME,
                "550 5.1.1 <" + recipient + ">: unknown recipient");
    }

    /**
     * The recipient is known (or lies outside the organisation) but no route leads there: no
     * address space matches, no gateway, no usable connector. 5.4.4 "unable to route", reason
     * 1 unable-to-transfer, diagnostic 0 unrecognised-OR-name: an X.400 MTA reports a name it
     * cannot route with the same pair as a name it does not know, so the status is what tells
     * the two apart.
     *
     * @param detail why no route applies, e.g. {@code no connector available towards site SITE2}
     */
    public static NdrCause noRoute(String recipient, String detail) {
        return new NdrCause("5.4.4", X400Reason.UNABLE_TO_TRANSFER, X400Diagnostic.UNRECOGNISED_OR_NAME,
                "550 5.4.4 <" + recipient + ">: unable to route: " + detail);
    }

    /**
     * The next hop took the association but refused the message for good. The status is the
     * enhanced code of the next hop's reply when it is a 5xx SMTP reply carrying one, else
     * 5.0.0; the reply becomes the diagnostic text, so the sender sees what the next hop said.
     * Reason 1 unable-to-transfer; diagnostic 0 unrecognised-OR-name for an address status
     * (5.1.x), 3 loop-detected for 5.4.6, else 48 unable-to-complete-transfer.
     *
     * @param server the next hop that refused
     * @param reply  its answer, ideally the SMTP reply line, e.g. {@code 550 5.1.1 unknown user}
     */
    public static NdrCause refusedByNextHop(String server, String reply) {
        String line = reply == null ? "" : reply.lines().findFirst().orElse("").strip();
        Matcher smtp = PERMANENT_REPLY.matcher(line);
        boolean isReply = smtp.matches();
        String status = isReply && smtp.group(1) != null ? smtp.group(1) : "5.0.0";
        X400Diagnostic diagnostic = status.startsWith("5.1.") ? X400Diagnostic.UNRECOGNISED_OR_NAME
                : status.equals("5.4.6") ? X400Diagnostic.LOOP_DETECTED
                : X400Diagnostic.UNABLE_TO_COMPLETE_TRANSFER;
        String text = isReply ? line : "550 5.0.0 refused by " + server + (line.isEmpty() ? "" : ": " + line);
        return new NdrCause(status, X400Reason.UNABLE_TO_TRANSFER, diagnostic, text);
    }

    /**
     * The message has passed more servers than the hop limit allows: 5.4.6 (routing loop),
     * reason 1 unable-to-transfer, diagnostic 3 loop-detected.
     */
    public static NdrCause loopDetected(int hops) {
        return new NdrCause("5.4.6", X400Reason.UNABLE_TO_TRANSFER, X400Diagnostic.LOOP_DETECTED,
                "554 5.4.6 routing loop detected after " + hops + " hops");
    }

    /**
     * The message outlived its expiry (5.5 defaults: urgent 2 d, normal 7 d, non-urgent 10 d):
     * 4.4.7, reason 1 unable-to-transfer, diagnostic 5 maximum-time-expired. The status stays
     * class 4 as Exchange and RFC 3463 have it; the report is still final ({@code failed}).
     *
     * @param age how long the message had been in the system when it expired
     */
    public static NdrCause expired(Duration age) {
        return new NdrCause("4.4.7", X400Reason.UNABLE_TO_TRANSFER, X400Diagnostic.MAXIMUM_TIME_EXPIRED,
                "451 4.4.7 message expired after " + age + " in the queue");
    }

    /**
     * The MTA used up its open retries on a queue (an RPC bind failing with error 5 or 1722,
     * an X.400 connector that never answers) and gives up before expiry: 4.4.1, reason
     * 0 transfer-failure, diagnostic 2 mts-congestion.
     *
     * <p>Reason and diagnostic are what the 5.5 MTA writes in this case (KB 230497: event 290,
     * "transfer-failure and diagnostic code MTS-congestion", after "consistent difficulty
     * reaching a remote MTA"). The status is 4.4.1 "no answer from host", the RFC 3463 code for
     * a next hop that does not take the connection, rather than 4.4.5 "mail system congestion"
     * (the literal translation of mts-congestion, but nothing here is congested) or 5.4.4
     * "unable to route" (a route exists; it just does not answer).
     *
     * @param queue    the queue that was given up, e.g. the RPC queue named after the target server
     * @param attempts the open attempts made
     */
    public static NdrCause connectorExhausted(String queue, int attempts) {
        return new NdrCause("4.4.1", X400Reason.TRANSFER_FAILURE, X400Diagnostic.MTS_CONGESTION,
                "421 4.4.1 queue " + queue + ": no answer from next hop after " + attempts + " open attempts");
    }
}
