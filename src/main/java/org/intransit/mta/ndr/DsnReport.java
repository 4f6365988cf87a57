package org.intransit.mta.ndr;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.time.Instant;
import org.eclipse.angus.mail.dsn.DeliveryStatus;

/**
 * The two report parts that describe one failed recipient: the human-readable text (worded like
 * an Exchange 5.5 NDR, with the X.400 codes spelled out) and the RFC 3464
 * {@code message/delivery-status} fields.
 */
record DsnReport(String reportingMta, String recipient, NdrCause cause) {

    String text(String subject) {
        return String.join("\r\n",
                "Your message did not reach some or all of the intended recipients.",
                "",
                "      Subject: " + subject,
                "",
                "The following recipient could not be reached:",
                "",
                "      " + recipient,
                "            " + explanation(),
                "            Status " + cause.status()
                        + ", X.400 reason " + cause.reason().field()
                        + ", diagnostic " + cause.diagnostic().field(),
                "            " + cause.diagnosticText(),
                "",
                "Reported by " + reportingMta + ".",
                "");
    }

    DeliveryStatus deliveryStatus(Instant arrived) throws MessagingException {
        DeliveryStatus status = new DeliveryStatus();
        InternetHeaders perMessage = new InternetHeaders();
        perMessage.setHeader("Reporting-MTA", "dns; " + reportingMta);
        perMessage.setHeader("Arrival-Date", NdrFactory.RFC5322_DATE.format(arrived));
        status.setMessageDSN(perMessage);

        InternetHeaders perRecipient = new InternetHeaders();
        perRecipient.setHeader("Final-Recipient", "rfc822; " + recipient);
        perRecipient.setHeader("Action", "failed");
        perRecipient.setHeader("Status", cause.status());
        perRecipient.setHeader("Diagnostic-Code", "smtp; " + cause.diagnosticText());
        perRecipient.setHeader(NdrFactory.X400_REASON_FIELD, cause.reason().field());
        perRecipient.setHeader(NdrFactory.X400_DIAGNOSTIC_FIELD, cause.diagnostic().field());
        status.addRecipientDSN(perRecipient);
        return status;
    }

    /** The sentence Exchange prints for the diagnostic, where the harness produces it. */
    private String explanation() {
        return switch (cause.diagnostic()) {
            case UNRECOGNISED_OR_NAME -> "The recipient name is not recognized.";
            case LOOP_DETECTED -> "A routing loop was detected.";
            case MAXIMUM_TIME_EXPIRED -> "The message expired before it could be delivered.";
            case MTS_CONGESTION -> "The recipient could not be processed due to congestion in the message transfer service.";
            default -> "The message could not be delivered (" + cause.diagnostic().label() + ").";
        };
    }
}
