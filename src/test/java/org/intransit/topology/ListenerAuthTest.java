package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.StoredMessage;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code auth: {user, password}}: outside clients must log in (PLAIN or LOGIN) before MAIL; the
 * other servers and the harness's own injector need not.
 */
@Timeout(60)
class ListenerAuthTest {

    private static final String PASSWORD = "s3cret-Pa55";

    private Harness harness;
    private SimulatedServer ex1;

    @BeforeEach
    void start() {
        harness = Harness.start(ScenarioLoader.parse("""
                name: auth
                duration: 1h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: HQ
                    servers:
                      - { name: EX1, kind: exchange2003, auth: { user: submitter, password: "%s" } }
                      - { name: RELAY, kind: smtp, gateway: true, routes: [ { domain: contoso.example, server: EX1 } ] }
                mailboxes: [ { alias: alice, server: EX1 }, { alias: bob, server: EX1 } ]
                """.formatted(PASSWORD), "auth.yaml"), RunOptions.defaults());
        ex1 = harness.topology().server("EX1").orElseThrow();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    private java.util.List<String> subjects() {
        return ex1.store().messages("alice").stream().map(StoredMessage::subject).toList();
    }

    @Test
    void listenerShouldReply530WhenAnOutsideClientSendsMailWithoutLoggingIn() throws Exception {
        try (RawSmtpClient smtp = RawSmtpClient.open(ex1.address().orElseThrow())) {
            smtp.reply();
            smtp.write("EHLO client.test\r\n");
            assertThat(smtp.replyLines()).contains("250-AUTH PLAIN LOGIN");
            assertThat(smtp.command("MAIL FROM:<x@client.test>")).isEqualTo("530 5.7.0 Authentication required");
            assertThat(smtp.command("AUTH PLAIN " + plain("submitter", PASSWORD))).isEqualTo("235 Authentication successful.");
            assertThat(smtp.command("MAIL FROM:<x@client.test>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<victim@elsewhere.example>")).as("logging in does not open the relay")
                    .isEqualTo("550 5.7.1 <victim@elsewhere.example>: Relay access denied");
            assertThat(smtp.command("RCPT TO:<alice@contoso.example>")).startsWith("250");
            assertThat(smtp.command("DATA")).startsWith("354");
            assertThat(smtp.command("Subject: after AUTH PLAIN\r\n\r\nhi\r\n.")).startsWith("250");
        }
        assertThat(subjects()).containsExactly("after AUTH PLAIN");
    }

    @Test
    void listenerShouldReply535WithoutEchoingThePasswordWhenTheCredentialsAreWrong() throws Exception {
        try (RawSmtpClient smtp = RawSmtpClient.greeted(ex1.address().orElseThrow(), "client.test")) {
            String reply = smtp.command("AUTH PLAIN " + plain("submitter", "wrong-guess"));
            assertThat(reply).startsWith("535").doesNotContain("wrong-guess", PASSWORD);
            assertThat(smtp.command("MAIL FROM:<x@client.test>")).isEqualTo("530 5.7.0 Authentication required");
        }
        assertThat(subjects()).isEmpty();
    }

    @Test
    void listenerShouldRefuseAnUnknownMechanismBadBase64AndACancelledLogin() throws Exception {
        try (RawSmtpClient smtp = RawSmtpClient.greeted(ex1.address().orElseThrow(), "client.test")) {
            assertThat(smtp.command("AUTH CRAM-MD5")).isEqualTo("504 The requested authentication mechanism is not supported");
            assertThat(smtp.command("AUTH PLAIN !!!")).isEqualTo("501 Invalid command argument, not a valid Base64 string");
            assertThat(smtp.command("AUTH LOGIN")).startsWith("334 ");
            assertThat(smtp.command("*")).isEqualTo("501 Authentication canceled by client.");
            assertThat(smtp.command("AUTH LOGIN")).startsWith("334 ");
            assertThat(smtp.command(Base64.getEncoder().encodeToString("submitter".getBytes(StandardCharsets.UTF_8))))
                    .startsWith("334 ");
            assertThat(smtp.command(Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo("235 Authentication successful.");
            assertThat(smtp.command("AUTH PLAIN " + plain("submitter", PASSWORD))).isEqualTo("503 Refusing any other AUTH command.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLAIN", "LOGIN"})
    void listenerShouldAcceptAJakartaMailClientThatLogsIn(String mechanism) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.auth.mechanisms", mechanism);
        ListenerFixture.sendTo(ex1.address().orElseThrow(), "logged in with " + mechanism, props, "submitter", PASSWORD);

        assertThat(subjects()).containsExactly("logged in with " + mechanism);
    }

    @Test
    void listenerShouldRefuseAJakartaMailClientWithTheWrongPassword() {
        Properties props = new Properties();
        props.put("mail.smtp.auth", "true");
        assertThatThrownBy(() -> ListenerFixture.sendTo(ex1.address().orElseThrow(), "refused", props, "submitter", "nope"))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(subjects()).isEmpty();
    }

    @Test
    void listenerShouldNotAskTheInjectorOrAnotherServerToLogIn() throws Exception {
        String fromBob = harness.send("bob", "alice");
        String fromOutside = harness.send("internet", "alice");
        harness.advance(Duration.ofMinutes(5));

        assertThat(harness.messages()).filteredOn(r -> r.trace().equals(fromBob) || r.trace().equals(fromOutside))
                .extracting(MessageRecord::fate).containsExactly(Fate.DELIVERED, Fate.DELIVERED);
        assertThat(harness.ledger().snapshot()).filteredOn(e -> e instanceof LedgerEvent.Received r
                        && r.trace().equals(fromOutside) && r.server().equals("EX1"))
                .singleElement().satisfies(e -> {
                    LedgerEvent.Received received = (LedgerEvent.Received) e;
                    assertThat(received.peer()).isEqualTo("RELAY");
                    assertThat(received.transport()).isEqualTo("smtp");
                });
    }

    @Test
    void planShouldNeverPrintThePassword() {
        assertThat(ex1.plan().toString()).contains("submitter").doesNotContain(PASSWORD);
        assertThat(harness.scenario().toString()).doesNotContain(PASSWORD);
        assertThat(new AuthValidator(ex1.plan().auth()).toString()).doesNotContain(PASSWORD);
    }
}
