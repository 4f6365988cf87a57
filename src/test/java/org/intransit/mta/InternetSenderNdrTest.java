package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Internet mail to an address of the organization that has no mailbox, at an Exchange 2003
 * gateway: with {@code recipientCheck: accept} the gateway takes it and its MTA bounces it, and
 * the NDR, addressed to the internet sender, leaves again through the gateway's outbound sink;
 * with {@code recipientCheck: reject} (the default) the listener refuses it at RCPT and nothing
 * is bounced.
 */
@Timeout(90)
class InternetSenderNdrTest {

    private static final String INTERNET_SENDER = "someone@internet.example";

    private static String scenario(String recipientCheck) {
        return """
                name: internet-ndr
                duration: 1h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX03, kind: exchange2003, gateway: true%s }
                mailboxes:
                  - { alias: dave, server: EX03 }
                traffic:
                  - { name: ghost, from: internet, to: ghost@contoso.example, at: 5m }
                """.formatted(recipientCheck == null ? "" : ", recipientCheck: " + recipientCheck);
    }

    @Test
    void gatewayShouldNdrUnknownRecipientWith511AndSendTheNdrOutWhenItAcceptsAtRcpt() throws Exception {
        HarnessRun run = HarnessRun.of(scenario("accept"));

        MessageRecord ghost = run.message("ghost-1");
        assertThat(ghost.fate()).isEqualTo(Fate.NDR);
        assertThat(ghost.status()).isEqualTo("5.1.1");
        assertThat(ghost.x400Reason()).isEqualTo("1 unable-to-transfer");
        assertThat(ghost.x400Diagnostic()).isEqualTo("0 unrecognised-OR-name");
        assertThat(ghost.server()).isEqualTo("EX03");
        assertThat(run.events("EX03", MtaEventLog.NDR)).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("ghost-1").contains("5.1.1"));

        String ndrTrace = ghost.ndrTrace();
        assertThat(ndrTrace).isNotNull();
        assertThat(run.all(LedgerEvent.LeftOrganization.class)).singleElement().satisfies(l -> {
            assertThat(l.trace()).isEqualTo(ndrTrace);
            assertThat(l.server()).isEqualTo("EX03");
            assertThat(l.recipient()).isEqualTo(INTERNET_SENDER);
        });
        MessageRecord ndr = run.message(ndrTrace);
        assertThat(ndr.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(ndr.place()).isEqualTo("internet");
        assertThat(ndr.server()).isEqualTo("EX03");
        assertThat(run.all(LedgerEvent.Delivered.class)).as("no mailbox gets anything").isEmpty();
        assertThat(run.summary().conservation().passed()).isTrue();
    }

    @Test
    void ndrInTheGatewaysOutboundSinkShouldBeAReportOf511ForTheUnknownRecipient() throws Exception {
        try (Harness harness = Harness.start(ScenarioLoader.parse(scenario("accept"), "internet-ndr.yaml"),
                RunOptions.defaults())) {
            harness.runToEnd();
            List<StoredMessage> out = harness.topology().server("EX03").orElseThrow().mta().outbound().snapshot();

            assertThat(out).singleElement().satisfies(m -> {
                assertThat(m.trace()).isEqualTo("ndr-ghost-1");
                assertThat(m.from()).as("an NDR has the null reverse path").isEmpty();
            });
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(out.get(0).content()));
            assertThat(message.getContentType()).startsWith("multipart/report");
            DeliveryStatus status = ((MultipartReport) message.getContent()).getDeliveryStatus();
            assertThat(status.getRecipientDSN(0).getHeader("Status", null)).isEqualTo("5.1.1");
            assertThat(status.getRecipientDSN(0).getHeader("Action", null)).isEqualTo("failed");
            assertThat(status.getRecipientDSN(0).getHeader("Final-Recipient", null)).contains("ghost@contoso.example");
        }
    }

    @Test
    void gatewayShouldRefuseUnknownRecipientAtRcptWith550511AndNdrNothingWhenItRejects() throws Exception {
        HarnessRun run = HarnessRun.of(scenario(null));

        MessageRecord ghost = run.message("ghost-1");
        assertThat(ghost.fate()).isEqualTo(Fate.REJECTED);
        assertThat(ghost.status()).isEqualTo("5.1.1");
        assertThat(ghost.server()).isEqualTo("EX03");
        assertThat(ghost.detail()).startsWith("550").contains("5.1.1");
        assertThat(ghost.ndrTrace()).isNull();
        assertThat(run.all(LedgerEvent.SubmissionCompleted.class)).singleElement()
                .satisfies(c -> assertThat(c.result()).isInstanceOfSatisfying(
                        org.intransit.ledger.SubmissionResult.Rejected.class, r -> assertThat(r.code()).isEqualTo(550)));
        assertThat(run.all(LedgerEvent.Received.class)).as("the gateway never took it").isEmpty();
        assertThat(run.all(LedgerEvent.NdrGenerated.class)).isEmpty();
        assertThat(run.all(LedgerEvent.LeftOrganization.class)).isEmpty();
        assertThat(run.events("EX03", MtaEventLog.NDR)).isEmpty();
        assertThat(run.summary().conservation().messages()).singleElement();
        assertThat(run.summary().conservation().passed()).isTrue();
    }

    @Test
    void explicitRecipientCheckRejectShouldBehaveAsTheDefault() throws Exception {
        HarnessRun run = HarnessRun.of(scenario("reject"));

        assertThat(run.message("ghost-1").fate()).isEqualTo(Fate.REJECTED);
        assertThat(run.message("ghost-1").status()).isEqualTo("5.1.1");
        assertThat(run.all(LedgerEvent.NdrGenerated.class)).isEmpty();
    }
}
