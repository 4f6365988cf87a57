package org.intransit.mta.ndr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NdrCauseTest {

    @Test
    void unknownRecipientShouldBe511UnableToTransferUnrecognisedOrName() {
        NdrCause cause = NdrCause.unknownRecipient("alice@contoso.example");

        assertThat(cause.status()).isEqualTo("5.1.1");
        assertThat(cause.reason()).isEqualTo(X400Reason.UNABLE_TO_TRANSFER);
        assertThat(cause.diagnostic()).isEqualTo(X400Diagnostic.UNRECOGNISED_OR_NAME);
        assertThat(cause.diagnosticText()).isEqualTo("550 5.1.1 <alice@contoso.example>: unknown recipient");
    }

    @Test
    void noRouteShouldBe544AndKeepTheDetail() {
        NdrCause cause = NdrCause.noRoute("bob@site2.contoso.example", "no connector available towards site SITE2");

        assertThat(cause.status()).isEqualTo("5.4.4");
        assertThat(cause.reason()).isEqualTo(X400Reason.UNABLE_TO_TRANSFER);
        assertThat(cause.diagnostic()).isEqualTo(X400Diagnostic.UNRECOGNISED_OR_NAME);
        assertThat(cause.diagnosticText())
                .isEqualTo("550 5.4.4 <bob@site2.contoso.example>: unable to route: no connector available towards site SITE2");
    }

    @Test
    void refusedByNextHopShouldTakeTheStatusFromAnSmtpReply() {
        NdrCause cause = NdrCause.refusedByNextHop("EX2003B", "550 5.1.1 <bob@contoso.example>: unknown user\r\nmore");

        assertThat(cause.status()).isEqualTo("5.1.1");
        assertThat(cause.diagnostic()).isEqualTo(X400Diagnostic.UNRECOGNISED_OR_NAME);
        assertThat(cause.diagnosticText()).isEqualTo("550 5.1.1 <bob@contoso.example>: unknown user");
    }

    @Test
    void refusedByNextHopShouldFallBackTo500WhenTheReplyHasNoStatus() {
        NdrCause plain = NdrCause.refusedByNextHop("EX2003B", "554 Transaction failed");
        NdrCause prose = NdrCause.refusedByNextHop("EX2003B", "message refused");

        assertThat(plain.status()).isEqualTo("5.0.0");
        assertThat(plain.diagnosticText()).isEqualTo("554 Transaction failed");
        assertThat(prose.status()).isEqualTo("5.0.0");
        assertThat(prose.diagnostic().field()).isEqualTo("48 unable-to-complete-transfer");
        assertThat(prose.diagnosticText()).isEqualTo("550 5.0.0 refused by EX2003B: message refused");
    }

    @Test
    void loopDetectedShouldBe546WithDiagnostic3() {
        NdrCause cause = NdrCause.loopDetected(31);

        assertThat(cause.status()).isEqualTo("5.4.6");
        assertThat(cause.reason().code()).isEqualTo(1);
        assertThat(cause.diagnostic().field()).isEqualTo("3 loop-detected");
        assertThat(cause.diagnosticText()).contains("31 hops");
    }

    @Test
    void expiredShouldBe447WithDiagnostic5MaximumTimeExpired() {
        NdrCause cause = NdrCause.expired(Duration.ofDays(2));

        assertThat(cause.status()).isEqualTo("4.4.7");
        assertThat(cause.reason().field()).isEqualTo("1 unable-to-transfer");
        assertThat(cause.diagnostic().field()).isEqualTo("5 maximum-time-expired");
        assertThat(cause.diagnosticText()).startsWith("451 4.4.7").contains("PT48H");
    }

    @Test
    void connectorExhaustedShouldBe441TransferFailureMtsCongestionAsExchangeReportsIt() {
        NdrCause cause = NdrCause.connectorExhausted("EX2003B", 144);

        assertThat(cause.status()).isEqualTo("4.4.1");
        assertThat(cause.reason().field()).isEqualTo("0 transfer-failure");
        assertThat(cause.diagnostic().field()).isEqualTo("2 mts-congestion");
        assertThat(cause.diagnosticText()).contains("EX2003B").contains("144");
    }

    @Test
    void causeShouldRejectNonFailureStatusAndMultiLineText() {
        assertThatThrownBy(() -> new NdrCause("2.0.0", X400Reason.TRANSFER_FAILURE, X400Diagnostic.MTS_CONGESTION, "ok"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.0.0");
        assertThatThrownBy(() -> new NdrCause("5.1.1", X400Reason.TRANSFER_FAILURE, X400Diagnostic.MTS_CONGESTION, "a\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void x411CodesShouldMatchTheStandardNumbering() {
        assertThat(X400Reason.values()).extracting(X400Reason::field).startsWith(
                "0 transfer-failure", "1 unable-to-transfer", "2 conversion-not-performed",
                "3 physical-rendition-not-performed", "4 physical-delivery-not-performed",
                "5 restricted-delivery", "6 directory-operation-unsuccessful");
        assertThat(X400Diagnostic.values()).extracting(X400Diagnostic::field).startsWith(
                "0 unrecognised-OR-name", "1 ambiguous-OR-name", "2 mts-congestion", "3 loop-detected",
                "4 recipient-unavailable", "5 maximum-time-expired", "6 encoded-information-types-unsupported",
                "7 content-too-long");
        for (X400Diagnostic d : X400Diagnostic.values()) {
            assertThat(d.code()).isEqualTo(d.ordinal());
            assertThat(X400Diagnostic.ofCode(d.code())).contains(d);
        }
        assertThat(X400Diagnostic.ofCode(27)).contains(X400Diagnostic.REDIRECTION_LOOP_DETECTED);
        assertThat(X400Reason.ofCode(99)).isEmpty();
    }
}
