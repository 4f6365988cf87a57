package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(90)
class NdrTest {

    private static final String EXPIRY = """
            name: expiry
            duration: 3h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                servers: [ { name: EX55A, kind: exchange55, retry: { expiry: { normal: 1h } } } ]
              - { name: SITE2, servers: [ { name: EX55C, kind: exchange55 } ] }
            connectors:
              - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret }
            mailboxes:
              - { alias: bob, server: EX55A }
              - { alias: carol, server: EX55C }
            traffic:
              - { name: doomed, from: bob, to: carol, at: 10m }
            events:
              - { at: 0s, cutLink: [EX55A, EX55C] }
            """;

    private static final String UNKNOWN = """
            name: unknown
            duration: 1h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                servers: [ { name: EX55A, kind: exchange55, recipientCheck: accept } ]
            mailboxes:
              - { alias: bob, server: EX55A }
            traffic:
              - { name: typo, from: bob, to: bobby@contoso.example, at: 5m }
            """;

    private static MultipartReport report(byte[] bytes) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        assertThat(message.getContentType()).startsWith("multipart/report");
        return (MultipartReport) message.getContent();
    }

    @Test
    void expiredMessageShouldBeNdrdWith447AndDiagnostic5AndTheNdrShouldReachTheSender() throws Exception {
        HarnessRun run = HarnessRun.of(EXPIRY);

        MessageRecord doomed = run.message("doomed-1");
        assertThat(doomed.fate()).isEqualTo(Fate.NDR);
        assertThat(doomed.status()).isEqualTo("4.4.7");
        assertThat(doomed.x400Diagnostic()).isEqualTo("5 maximum-time-expired");
        assertThat(doomed.outcomeAt()).isEqualTo(java.time.Duration.ofMinutes(70));
        assertThat(run.events("EX55A", MtaEventLog.MESSAGE_EXPIRED)).hasSize(1);

        MessageRecord ndr = run.message(doomed.ndrTrace());
        assertThat(ndr.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(ndr.place()).isEqualTo("bob");
        LedgerEvent.Delivered delivered = run.all(LedgerEvent.Delivered.class).stream()
                .filter(d -> d.trace().equals(doomed.ndrTrace())).findFirst().orElseThrow();
        assertThat(delivered.mailbox()).isEqualTo("bob");
    }

    @Test
    void ndrInTheSendersMailboxShouldParseAsAMultipartReport() throws Exception {
        org.intransit.scenario.Scenario scenario = org.intransit.scenario.ScenarioLoader.parse(EXPIRY, "expiry.yaml");
        try (org.intransit.harness.Harness harness = org.intransit.harness.Harness.start(scenario,
                org.intransit.harness.RunOptions.defaults())) {
            harness.runToEnd();
            var bobsMail = harness.topology().server("EX55A").orElseThrow().store().messages("bob");

            assertThat(bobsMail).hasSize(1);
            MultipartReport report = report(bobsMail.get(0).content());
            DeliveryStatus status = report.getDeliveryStatus();
            assertThat(status.getRecipientDSN(0).getHeader("Status", null)).isEqualTo("4.4.7");
            assertThat(status.getRecipientDSN(0).getHeader("Action", null)).isEqualTo("failed");
            assertThat(status.getRecipientDSN(0).getHeader("X-X400-Diagnostic", null)).isEqualTo("5 maximum-time-expired");
        }
    }

    @Test
    void unknownRecipientAtA55ServerShouldGiveNdr511WithReason1Diagnostic0AndEvent290() throws Exception {
        HarnessRun run = HarnessRun.of(UNKNOWN);

        MessageRecord typo = run.message("typo-1");
        assertThat(typo.fate()).isEqualTo(Fate.NDR);
        assertThat(typo.status()).isEqualTo("5.1.1");
        assertThat(typo.x400Reason()).isEqualTo("1 unable-to-transfer");
        assertThat(typo.x400Diagnostic()).isEqualTo("0 unrecognised-OR-name");
        assertThat(run.events("EX55A", MtaEventLog.NDR)).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("unable-to-transfer").contains("unrecognised-OR-name"));
        assertThat(run.message(typo.ndrTrace()).fate()).isEqualTo(Fate.DELIVERED);
        assertThat(run.summary().conservation().passed()).isTrue();
    }
}
