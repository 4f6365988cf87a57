package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The listener's {@code limits}, each hit with raw SMTP, while a well-behaved client still gets through. */
@Timeout(60)
class ListenerLimitsTest {

    private static final ConditionFactory SOON = Awaitility.with().pollInterval(Duration.ofMillis(50))
            .atMost(Duration.ofSeconds(20));

    private ListenerFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** A message of exactly {@code size} bytes, CRLF line ends, without the final dot. */
    static String message(String subject, int size) {
        StringBuilder text = new StringBuilder("Subject: " + subject + "\r\n\r\n");
        while (text.length() < size) {
            int room = size - text.length();
            text.append(room <= 2 ? "\r\n".substring(0, room) : "x".repeat(Math.min(room - 2, 76)) + "\r\n");
        }
        return text.toString();
    }

    @Test
    void listenerShouldAdvertiseItsSizeAndReply552WhenMailFromDeclaresMore() throws Exception {
        fixture = ListenerFixture.start("limits: { maxMessageSize: 2KiB }");
        try (RawSmtpClient smtp = RawSmtpClient.open(fixture.address)) {
            smtp.reply();
            smtp.write("EHLO client.test\r\n");
            assertThat(smtp.replyLines()).contains("250-SIZE 2048");
            assertThat(smtp.command("MAIL FROM:<x@client.test> SIZE=2049")).isEqualTo("552 5.3.4 Message size exceeds fixed limit");
            assertThat(smtp.command("MAIL FROM:<x@client.test> SIZE=2048")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<alice@contoso.example>")).startsWith("250");
            assertThat(smtp.command("DATA")).startsWith("354");
            assertThat(smtp.command(message("exactly at the limit", 2048) + ".")).startsWith("250");
        }
        assertThat(fixture.subjects("alice")).containsExactly("exactly at the limit");
    }

    @Test
    void listenerShouldReply552AndDeliverNothingWhenAMessageLiesAboutItsSize() throws Exception {
        fixture = ListenerFixture.start("limits: { maxMessageSize: 2KiB }");
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            assertThat(smtp.command("MAIL FROM:<liar@client.test> SIZE=100")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<alice@contoso.example>")).startsWith("250");
            assertThat(smtp.command("DATA")).startsWith("354");
            assertThat(smtp.command(message("one byte too many", 2049) + "."))
                    .isEqualTo("552 5.3.4 Message size exceeds fixed maximum message size of 2048 bytes");

            assertThat(smtp.command("MAIL FROM:<x@client.test>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<alice@contoso.example>")).startsWith("250");
            assertThat(smtp.command("DATA")).startsWith("354");
            assertThat(smtp.command(message("small enough", 500) + ".")).startsWith("250");
        }
        fixture.sendNormal("from another client");

        assertThat(fixture.subjects("alice")).containsExactly("small enough", "from another client");
        assertThat(fixture.events(LedgerEvent.Received.class)).extracting(LedgerEvent.Received::from)
                .containsExactly("x@client.test", "someone@client.test");
        assertThat(fixture.mtaEvents(ListenerEvents.MESSAGE_TOO_LARGE)).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("<liar@client.test>", "limit of 2048 bytes"));
    }

    @Test
    void listenerShouldCloseTheConnectionWhenAClientKeepsSendingPastTwiceTheLimit() throws Exception {
        fixture = ListenerFixture.start("limits: { maxMessageSize: 1KiB }");
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            smtp.command("MAIL FROM:<flood@client.test>");
            smtp.command("RCPT TO:<alice@contoso.example>");
            assertThat(smtp.command("DATA")).startsWith("354");
            String flood = message("flood", 64 * 1024);
            String reply;
            try {
                smtp.write(flood);
                reply = smtp.reply();
            } catch (java.io.IOException reset) {
                reply = null;
            }
            assertThat(reply).as("552 if it arrived before the close; the client may see a reset instead")
                    .satisfiesAnyOf(r -> assertThat(r).isNull(),
                            r -> assertThat(r).isEqualTo("552 5.3.4 Message size exceeds fixed maximum message size "
                                    + "of 1024 bytes; closing connection"));
        }
        fixture.sendNormal("after the flood");

        assertThat(fixture.subjects("alice")).containsExactly("after the flood");
        assertThat(fixture.mtaEvents(ListenerEvents.MESSAGE_TOO_LARGE)).hasSize(1);
    }

    @Test
    void listenerShouldReply552WhenAMessageSentInBdatChunksIsOverTheLimit() throws Exception {
        fixture = ListenerFixture.start("limits: { maxMessageSize: 2KiB }");
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            smtp.command("MAIL FROM:<chunky@client.test>");
            smtp.command("RCPT TO:<alice@contoso.example>");
            String big = message("chunked and too big", 3000);
            smtp.write("BDAT 1500\r\n" + big.substring(0, 1500));
            assertThat(smtp.reply()).startsWith("250");
            smtp.write("BDAT " + (big.length() - 1500) + " LAST\r\n" + big.substring(1500));
            assertThat(smtp.reply()).isEqualTo("552 5.3.4 Message size exceeds fixed maximum message size of 2048 bytes");

            smtp.command("MAIL FROM:<x@client.test>");
            smtp.command("RCPT TO:<alice@contoso.example>");
            String small = message("chunked and small", 400);
            smtp.write("BDAT " + small.length() + " LAST\r\n" + small);
            assertThat(smtp.reply()).startsWith("250");
        }
        assertThat(fixture.subjects("alice")).containsExactly("chunked and small");
        assertThat(fixture.mtaEvents(ListenerEvents.MESSAGE_TOO_LARGE)).hasSize(1);
    }

    @Test
    void listenerShouldReply452WhenAMessageHasMoreRecipientsThanTheLimit() throws Exception {
        fixture = ListenerFixture.start("limits: { maxRecipients: 2 }");
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            smtp.command("MAIL FROM:<x@client.test>");
            assertThat(smtp.command("RCPT TO:<alice@contoso.example>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<bob@contoso.example>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<alice@contoso.example>")).isEqualTo("452 Error: too many recipients");
            assertThat(smtp.command("DATA")).startsWith("354");
            assertThat(smtp.command(message("two recipients", 300) + ".")).startsWith("250");
        }
        assertThat(fixture.subjects("alice")).containsExactly("two recipients");
        assertThat(fixture.subjects("bob")).containsExactly("two recipients");
    }

    @Test
    void listenerShouldReply421WhenMoreClientsConnectThanTheLimit() throws Exception {
        fixture = ListenerFixture.start("limits: { maxConnections: 2 }");
        List<RawSmtpClient> held = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                held.add(RawSmtpClient.open(fixture.address));
                assertThat(held.get(i).reply()).startsWith("220 ");
            }
            try (RawSmtpClient extra = RawSmtpClient.open(fixture.address)) {
                assertThat(extra.reply()).isEqualTo("421 Too many connections, try again later");
                assertThat(extra.closedByListener()).isTrue();
            }
            assertThat(held.get(0).command("NOOP")).startsWith("250");
        } finally {
            held.get(0).close();
        }
        // the listener frees a slot a moment after the client's close: a send refused with 421 at
        // the greeting delivered nothing, so it is simply tried again
        SOON.ignoreExceptions().untilAsserted(() -> fixture.sendNormal("once a slot is free"));
        held.forEach(client -> {
            try {
                client.close();
            } catch (java.io.IOException ignored) {
                // closing a test client
            }
        });
        assertThat(fixture.subjects("alice")).containsExactly("once a slot is free");
    }

    @Test
    void listenerShouldReply421AndKeepServingWhenAClientStallsLongerThanTheTimeout() throws Exception {
        fixture = ListenerFixture.start("limits: { connectionTimeout: 1s }");
        try (RawSmtpClient stalled = RawSmtpClient.greeted(fixture.address, "client.test");
                RawSmtpClient halfLine = RawSmtpClient.open(fixture.address)) {
            halfLine.reply();
            halfLine.write("EHLO bare-lf.test\n");
            CompletableFuture<Void> normal = CompletableFuture.runAsync(() -> {
                try {
                    fixture.sendNormal("while another client stalls");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(stalled.reply()).isEqualTo("421 Timeout waiting for data from client.");
            assertThat(stalled.closedByListener()).isTrue();
            assertThat(halfLine.reply()).as("a line without CRLF is not a command yet")
                    .isEqualTo("421 Timeout waiting for data from client.");
            normal.get();
        }
        assertThat(fixture.subjects("alice")).containsExactly("while another client stalls");
    }
}
