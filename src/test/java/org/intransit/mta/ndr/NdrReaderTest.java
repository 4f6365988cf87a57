package org.intransit.mta.ndr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.mta.ndr.NdrFixtures.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NdrReaderTest {

    static Stream<NdrCause> causes() {
        return Stream.of(NdrCause.unknownRecipient(RECIPIENT), NdrCause.loopDetected(31),
                NdrCause.expired(Duration.ofDays(2)), NdrCause.connectorExhausted("EX2003B", 144),
                NdrCause.noRoute(RECIPIENT, "no connector available towards site SITE2"),
                NdrCause.refusedByNextHop("EX2003B", "550 5.7.1 relaying denied"));
    }

    @ParameterizedTest
    @MethodSource("causes")
    void readerShouldGiveBackEveryFieldTheFactoryWrote(NdrCause cause) {
        ParsedNdr ndr = NdrReader.read(build(cause).bytes()).orElseThrow();

        assertThat(ndr.ndrFor()).isEqualTo(ORIGINAL_TRACE);
        assertThat(ndr.reportingMta()).isEqualTo(REPORTING_MTA);
        assertThat(ndr.recipients()).containsExactly(new RecipientStatus(RECIPIENT, "failed", cause.status(),
                cause.diagnosticText(), cause.reason().field(), cause.diagnostic().field()));
    }

    @Test
    void readerShouldReportExpiryAs447MaximumTimeExpiredFailed() {
        RecipientStatus r = NdrReader.read(build(NdrCause.expired(Duration.ofDays(7))).bytes()).orElseThrow()
                .recipients().get(0);

        assertThat(r.status()).isEqualTo("4.4.7");
        assertThat(r.action()).isEqualTo("failed");
        assertThat(r.x400Diagnostic()).isEqualTo("5 maximum-time-expired");
    }

    @Test
    void plainMessageShouldReadAsEmpty() {
        assertThat(NdrReader.read(ORIGINAL)).isEmpty();
    }

    @Test
    void otherReportTypesAndGarbageShouldReadAsEmpty() {
        byte[] mdn = String.join("\r\n",
                "From: bob@contoso.example",
                "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"",
                "",
                "--b",
                "Content-Type: text/plain",
                "",
                "read",
                "--b--",
                "").getBytes(StandardCharsets.US_ASCII);

        assertThat(NdrReader.read(mdn)).isEmpty();
        assertThat(NdrReader.read(new byte[0])).isEmpty();
    }

    @Test
    void reportFromOutsideTheHarnessShouldTakeTheTraceFromTheReturnedHeaders() {
        String withoutNdrFor = new String(build(NdrCause.unknownRecipient(RECIPIENT)).bytes(), StandardCharsets.US_ASCII)
                .replace("X-Intransit-Ndr-For: ", "X-Other: ");

        ParsedNdr ndr = NdrReader.read(withoutNdrFor.getBytes(StandardCharsets.US_ASCII)).orElseThrow();

        assertThat(ndr.ndrFor()).isEqualTo(ORIGINAL_TRACE);
    }

    @Test
    void deliveryStatusReportWithoutItsStatusPartShouldBeAnError() {
        byte[] broken = String.join("\r\n",
                "From: postmaster@contoso.example",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"",
                "",
                "--b",
                "Content-Type: text/plain",
                "",
                "lost",
                "--b--",
                "").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> NdrReader.read(broken)).isInstanceOf(IllegalArgumentException.class);
    }
}
