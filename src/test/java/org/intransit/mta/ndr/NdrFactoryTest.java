package org.intransit.mta.ndr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.mta.ndr.NdrFixtures.*;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.junit.jupiter.api.Test;

/** The NDR as a plain Angus client sees it, without {@link NdrReader}. */
class NdrFactoryTest {

    @Test
    void ndrShouldCarryStatusAndX400FieldsWhenRecipientIsUnknown() throws Exception {
        MimeMessage msg = parse(build(NdrCause.unknownRecipient(RECIPIENT)).bytes());

        ContentType type = new ContentType(msg.getContentType());
        assertThat(type.match("multipart/report")).isTrue();
        assertThat(type.getParameter("report-type")).isEqualTo("delivery-status");
        assertThat(msg.getContent()).isInstanceOf(MultipartReport.class);

        DeliveryStatus ds = ((MultipartReport) msg.getContent()).getDeliveryStatus();
        assertThat(ds.getMessageDSN().getHeader("Reporting-MTA", null)).isEqualTo("dns; " + REPORTING_MTA);
        assertThat(ds.getMessageDSN().getHeader("Arrival-Date", null)).isEqualTo("Mon, 1 Mar 2004 10:15:30 +0000");
        assertThat(ds.getRecipientDSNCount()).isEqualTo(1);
        InternetHeaders r = ds.getRecipientDSN(0);
        assertThat(r.getHeader("Final-Recipient", null)).isEqualTo("rfc822; " + RECIPIENT);
        assertThat(r.getHeader("Action", null)).isEqualTo("failed");
        assertThat(r.getHeader("Status", null)).isEqualTo("5.1.1");
        assertThat(r.getHeader("Diagnostic-Code", null)).isEqualTo("smtp; 550 5.1.1 <" + RECIPIENT + ">: unknown recipient");
        assertThat(r.getHeader("X-X400-Reason", null)).isEqualTo("1 unable-to-transfer");
        assertThat(r.getHeader("X-X400-Diagnostic", null)).isEqualTo("0 unrecognised-OR-name");
    }

    @Test
    void ndrShouldBeAFinalFailureWith447WhenMessageExpired() throws Exception {
        MimeMessage msg = parse(build(NdrCause.expired(Duration.ofDays(7))).bytes());

        InternetHeaders r = ((MultipartReport) msg.getContent()).getDeliveryStatus().getRecipientDSN(0);
        assertThat(r.getHeader("Status", null)).isEqualTo("4.4.7");
        assertThat(r.getHeader("Action", null)).isEqualTo("failed");
        assertThat(r.getHeader("X-X400-Diagnostic", null)).isEqualTo("5 maximum-time-expired");
    }

    @Test
    void ndrShouldComeFromPostmasterToTheSenderWithTheNullReversePath() throws Exception {
        Ndr ndr = build(NdrCause.loopDetected(31));
        MimeMessage msg = parse(ndr.bytes());

        assertThat(ndr.envelopeFrom()).isEmpty();
        assertThat(ndr.envelopeTo()).isEqualTo(SENDER);
        assertThat(ndr.trace()).isEqualTo(NDR_TRACE);
        assertThat(msg.getHeader("From", null)).isEqualTo(POSTMASTER);
        assertThat(msg.getHeader("To", null)).isEqualTo(SENDER);
        assertThat(msg.getSubject()).isEqualTo("Undeliverable: Quarterly numbers");
        assertThat(msg.getHeader("Date", null)).isEqualTo("Mon, 1 Mar 2004 10:15:30 +0000");
        assertThat(msg.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
    }

    @Test
    void subjectShouldBeDecodedFromTheOriginalAndEncodedAgain() throws Exception {
        byte[] original = "Subject: =?UTF-8?Q?Caf=C3=A9_order?=\r\nX-Intransit-Trace: t-7\r\n\r\nbody\r\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Ndr ndr = new NdrFactory(REPORTING_MTA, POSTMASTER).build(NDR_TRACE, "t-7", SENDER, RECIPIENT,
                NdrCause.unknownRecipient(RECIPIENT), original, DATE);

        assertThat(parse(ndr.bytes()).getSubject()).isEqualTo("Undeliverable: Caf\u00e9 order");
    }

    @Test
    void traceHeadersAndMessageIdShouldSurviveSaveChanges() throws Exception {
        MimeMessage msg = parse(build(NdrCause.connectorExhausted("EX2003B", 144)).bytes());

        assertThat(msg.getHeader("X-Intransit-Trace")).containsExactly(NDR_TRACE);
        assertThat(msg.getHeader("X-Intransit-Ndr-For")).containsExactly(ORIGINAL_TRACE);
        assertThat(msg.getMessageID()).isEqualTo("<ndr." + NDR_TRACE + "@" + REPORTING_MTA + ">");
    }

    @Test
    void reportShouldReturnOnlyTheOriginalHeaders() throws Exception {
        MultipartReport report = (MultipartReport) parse(build(NdrCause.unknownRecipient(RECIPIENT)).bytes()).getContent();

        assertThat(report.getCount()).isEqualTo(3);
        assertThat(report.getBodyPart(2).isMimeType("text/rfc822-headers")).isTrue();
        MimeMessage returned = report.getReturnedMessage();
        assertThat(returned.getSubject()).isEqualTo("Quarterly numbers");
        assertThat(returned.getHeader("X-Intransit-Trace", null)).isEqualTo(ORIGINAL_TRACE);
        assertThat(returned.getMessageID()).isEqualTo("<q1@fabrikam.example>");
        assertThat(returned.getHeader("MIME-Version")).isNull();
        assertThat(new String(build(NdrCause.unknownRecipient(RECIPIENT)).bytes(), "US-ASCII")).doesNotContain(BODY_LINE);
    }

    @Test
    void humanReadablePartShouldNameRecipientStatusAndX400Codes() throws Exception {
        MultipartReport report = (MultipartReport) parse(build(NdrCause.unknownRecipient(RECIPIENT)).bytes()).getContent();

        assertThat(report.getText())
                .contains(RECIPIENT, "Quarterly numbers", "5.1.1", "1 unable-to-transfer", "0 unrecognised-OR-name",
                        "The recipient name is not recognized", REPORTING_MTA);
    }

    @Test
    void arrivalDateShouldBeTheGivenArrivalWhenTheReportIsWrittenLater() throws Exception {
        Instant arrived = DATE.minus(Duration.ofDays(2));
        Ndr ndr = new NdrFactory(REPORTING_MTA, POSTMASTER).build(NDR_TRACE, ORIGINAL_TRACE, SENDER, RECIPIENT,
                NdrCause.expired(Duration.ofDays(2)), ORIGINAL, arrived, DATE);

        DeliveryStatus ds = ((MultipartReport) parse(ndr.bytes()).getContent()).getDeliveryStatus();
        assertThat(ds.getMessageDSN().getHeader("Arrival-Date", null)).isEqualTo("Sat, 28 Feb 2004 10:15:30 +0000");
    }

    @Test
    void factoryShouldRefuseToReportOnAMessageWithTheNullReversePath() {
        NdrFactory factory = new NdrFactory(REPORTING_MTA, POSTMASTER);

        assertThatThrownBy(() -> factory.build(NDR_TRACE, ORIGINAL_TRACE, "", RECIPIENT,
                NdrCause.unknownRecipient(RECIPIENT), ORIGINAL, DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null reverse-path");
    }

    @Test
    void sameInputsShouldGiveTheSameBytes() {
        assertThat(build(NdrCause.loopDetected(31)).bytes()).isEqualTo(build(NdrCause.loopDetected(31)).bytes());
    }
}
