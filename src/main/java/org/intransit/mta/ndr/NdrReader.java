package org.intransit.mta.ndr;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.intransit.mta.RawMessage;

/**
 * Reads delivery-status reports back through Jakarta Mail, the way a mail client would: the
 * {@code multipart/report} content handler comes from the dsn jar's {@code META-INF/mailcap}, so
 * a report that parses here is one Angus-based clients understand. Works for any RFC 3464 report,
 * not only those of {@link NdrFactory}.
 */
public final class NdrReader {

    private static final Session SESSION = Session.getInstance(new Properties());

    private NdrReader() {
    }

    /**
     * @return the report, or empty when the message is not a {@code multipart/report} with
     *         {@code report-type=delivery-status} (plain mail, read receipts, unparsable MIME)
     * @throws IllegalArgumentException when the message says it is a delivery-status report but
     *                                  its report part cannot be read: a broken NDR is a finding,
     *                                  not ordinary mail
     */
    public static Optional<ParsedNdr> read(byte[] message) {
        MimeMessage parsed;
        try {
            parsed = new MimeMessage(SESSION, new ByteArrayInputStream(message));
            ContentType type = new ContentType(parsed.getContentType());
            if (!type.match("multipart/report") || !"delivery-status".equalsIgnoreCase(type.getParameter("report-type"))) {
                return Optional.empty();
            }
        } catch (MessagingException e) {
            return Optional.empty();
        }
        try {
            if (!(parsed.getContent() instanceof MultipartReport report) || report.getDeliveryStatus() == null) {
                throw new IllegalArgumentException("multipart/report without a message/delivery-status part");
            }
            return Optional.of(toParsed(parsed, report));
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("unreadable delivery-status report: " + e.getMessage(), e);
        }
    }

    private static ParsedNdr toParsed(MimeMessage message, MultipartReport report) throws MessagingException {
        DeliveryStatus status = report.getDeliveryStatus();
        List<RecipientStatus> recipients = new ArrayList<>();
        for (int i = 0; i < status.getRecipientDSNCount(); i++) {
            InternetHeaders r = status.getRecipientDSN(i);
            recipients.add(new RecipientStatus(
                    untyped(field(r, "Final-Recipient")),
                    field(r, "Action"),
                    field(r, "Status"),
                    untyped(field(r, "Diagnostic-Code")),
                    field(r, NdrFactory.X400_REASON_FIELD),
                    field(r, NdrFactory.X400_DIAGNOSTIC_FIELD)));
        }
        String reportingMta = untyped(field(status.getMessageDSN(), "Reporting-MTA"));
        return new ParsedNdr(ndrFor(message, report), reportingMta, recipients);
    }

    private static String ndrFor(MimeMessage message, MultipartReport report) throws MessagingException {
        String declared = message.getHeader(NdrFactory.NDR_FOR_HEADER, null);
        if (declared != null) {
            return declared.strip();
        }
        MimeMessage returned = report.getReturnedMessage();
        String trace = returned == null ? null : returned.getHeader(RawMessage.TRACE_HEADER, null);
        return trace == null ? "" : trace.strip();
    }

    private static String field(InternetHeaders headers, String name) {
        String value = headers == null ? null : headers.getHeader(name, null);
        return value == null ? "" : MimeUtility.unfold(value).strip();
    }

    /** {@code "rfc822; a@b"} → {@code "a@b"}: drops an RFC 3464 address-type or diagnostic-type prefix. */
    private static String untyped(String value) {
        int semicolon = value.indexOf(';');
        return semicolon < 0 ? value : value.substring(semicolon + 1).strip();
    }
}
