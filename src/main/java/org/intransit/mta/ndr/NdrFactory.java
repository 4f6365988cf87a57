package org.intransit.mta.ndr;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.intransit.mta.RawMessage;

/**
 * Writes the NDRs one MTA sends: RFC 3464 {@code multipart/report; report-type=delivery-status}
 * messages from the MTA's postmaster, built with Angus Mail's dsn classes so that any
 * DSN-aware client (and {@link NdrReader}) can read them.
 *
 * <p>Besides the RFC 3463 status, each recipient block carries the X.400 pair as the extension
 * fields {@code X-X400-Reason} and {@code X-X400-Diagnostic}. The NDR carries its own trace
 * ({@value RawMessage#TRACE_HEADER}) and names the message it reports on in
 * {@value #NDR_FOR_HEADER}, so the ledger can join the two without parsing the body. Only the
 * original's headers are returned (RFC 3462 {@code text/rfc822-headers}): enough to identify it,
 * and an NDR never carries the original content back across the links.
 *
 * <p>Dates are written in UTC and come from the caller, never from the system clock; the
 * Message-ID and MIME boundary derive from the NDR's trace, so equal inputs give equal bytes.
 * One factory per MTA; it is safe to share between threads.
 */
public final class NdrFactory {

    public static final String NDR_FOR_HEADER = "X-Intransit-Ndr-For";
    static final String X400_REASON_FIELD = "X-X400-Reason";
    static final String X400_DIAGNOSTIC_FIELD = "X-X400-Diagnostic";
    static final DateTimeFormatter RFC5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String reportingMta;
    private final String postmaster;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param reportingMta the DNS name of the server writing the report, e.g. {@code ex55a.contoso.example}
     * @param postmaster   the report's {@code From}, e.g. {@code postmaster@contoso.example}
     */
    public NdrFactory(String reportingMta, String postmaster) {
        this.reportingMta = Objects.requireNonNull(reportingMta, "reportingMta");
        this.postmaster = Objects.requireNonNull(postmaster, "postmaster");
    }

    /**
     * As {@link #build(String, String, String, String, NdrCause, byte[], Instant, Instant)}, with
     * the original taken to have arrived at {@code date}: right for causes found on arrival
     * (unknown recipient, loop, no route); pass the arrival for expiry and exhausted retries.
     */
    public Ndr build(String ndrTrace, String originalTrace, String originalSender, String failedRecipient,
            NdrCause cause, byte[] originalMessage, Instant date) {
        return build(ndrTrace, originalTrace, originalSender, failedRecipient, cause, originalMessage, date, date);
    }

    /**
     * Builds the report for one failed recipient.
     *
     * @param arrived when the original reached this MTA ({@code Arrival-Date})
     * @param date    when the report is written ({@code Date})
     * @throws IllegalArgumentException when {@code originalSender} is empty: a message with the
     *                                  null reverse-path (itself an NDR) is never reported on
     */
    public Ndr build(String ndrTrace, String originalTrace, String originalSender, String failedRecipient,
            NdrCause cause, byte[] originalMessage, Instant arrived, Instant date) {
        Objects.requireNonNull(cause, "cause");
        if (originalSender == null || originalSender.isBlank()) {
            throw new IllegalArgumentException("no NDR for a message with the null reverse-path (trace " + originalTrace + ")");
        }
        try {
            InternetHeaders original = new InternetHeaders(new ByteArrayInputStream(originalMessage));
            String subject = decoded(original.getHeader("Subject", null));
            DsnReport report = new DsnReport(reportingMta, failedRecipient, cause);
            String token = token(ndrTrace);
            MultipartReport body = new StableMime.Report(report.text(subject), report.deliveryStatus(arrived),
                    new StableMime.ReturnedHeaders(original), "=_ndr_" + token);

            MimeMessage message = new StableMime.FixedIdMessage(session, "<ndr." + token + "@" + reportingMta + ">");
            message.setFrom(new InternetAddress(postmaster));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(originalSender));
            message.setSubject("Undeliverable: " + subject, "UTF-8");
            message.setHeader("Date", RFC5322_DATE.format(date));
            message.setHeader(RawMessage.TRACE_HEADER, ndrTrace);
            message.setHeader(NDR_FOR_HEADER, originalTrace);
            message.setHeader("Auto-Submitted", "auto-replied");
            message.setContent(body);
            message.saveChanges();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new Ndr(ndrTrace, "", originalSender, out.toByteArray());
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot build NDR for trace " + originalTrace + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The trace reduced to characters safe in a Message-ID and a boundary. Both derive from the
     * trace so that a run's output is reproducible.
     */
    private static String token(String ndrTrace) {
        return ndrTrace.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static String decoded(String header) throws IOException {
        if (header == null) {
            return "";
        }
        return MimeUtility.decodeText(MimeUtility.unfold(header)).strip();
    }
}
