package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken and hostile SMTP input, as raw bytes: each gets its reply, and the listener goes on
 * serving (a normal message is delivered after it, or while it happens).
 */
@Timeout(60)
class ListenerBadInputTest {

    private static final ConditionFactory SOON = Awaitility.with().pollInterval(Duration.ofMillis(50))
            .atMost(Duration.ofSeconds(20));

    private ListenerFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void start() {
        fixture = ListenerFixture.start("");
    }

    /** A whole transaction on an open session, ending with QUIT; returns the reply to the final dot. */
    private static String deliver(RawSmtpClient smtp, String rcpt, String subject) throws Exception {
        assertThat(smtp.command("MAIL FROM:<x@client.test>")).startsWith("250");
        assertThat(smtp.command("RCPT TO:<" + rcpt + ">")).startsWith("250");
        assertThat(smtp.command("DATA")).startsWith("354");
        return smtp.command("Subject: " + subject + "\r\n\r\nhello\r\n.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown command         |                                  | HELLO?                    | 500 Error: command not implemented",
        "EHLO without a name     |                                  | EHLO                      | 501 Syntax: EHLO hostname",
        "MAIL without an address | EHLO client.test                 | MAIL FROM:                | 501 Syntax: MAIL FROM: <address>",
        "MAIL TO instead of FROM | EHLO client.test                 | MAIL TO:<a@client.test>   | 501 Syntax: MAIL FROM: <address>  Error in parameters: \"TO:<a@client.test>\"",
        "MAIL bad address        | EHLO client.test                 | MAIL FROM:<not an address>| 553 <not an address> Invalid email address.",
        "RCPT before MAIL        | EHLO client.test                 | RCPT TO:<alice@contoso.example> | 503 5.5.1 Error: need MAIL command",
        "DATA before MAIL        | EHLO client.test                 | DATA                      | 503 5.5.1 Error: need MAIL command",
        "second MAIL             | EHLO client.test;MAIL FROM:<x@client.test> | MAIL FROM:<y@client.test> | 503 5.5.1 Sender already specified.",
        "DATA before RCPT        | EHLO client.test;MAIL FROM:<x@client.test> | DATA           | 503 Error: need RCPT command",
        "RCPT without a domain   | EHLO client.test;MAIL FROM:<x@client.test> | RCPT TO:<alice> | 501 5.1.3 <alice>: Bad recipient address syntax",
        "RCPT to an outside domain | EHLO client.test;MAIL FROM:<x@client.test> | RCPT TO:<victim@elsewhere.example> | 550 5.7.1 <victim@elsewhere.example>: Relay access denied",
        "RCPT to an unknown user | EHLO client.test;MAIL FROM:<x@client.test> | RCPT TO:<nobody@contoso.example> | 550 5.1.1 <nobody@contoso.example>: Recipient address rejected: User unknown",
        "VRFY                    | EHLO client.test                 | VRFY alice                | 502 VRFY command is disabled",
        "EXPN                    | EHLO client.test                 | EXPN staff                | 502 EXPN command is disabled",
        "STARTTLS when not offered | EHLO client.test               | STARTTLS                  | 454 TLS not supported",
        "AUTH when not offered   | EHLO client.test                 | AUTH PLAIN                | 502 Authentication not supported",
        "BDAT before MAIL        | EHLO client.test                 | BDAT 5 LAST               | 503 5.5.1 Error: need MAIL command",
    })
    void listenerShouldReplyWithAnErrorAndKeepTheSessionWhenACommandIsMalformedOrOutOfOrder(
            String what, String before, String command, String reply) throws Exception {
        start();
        try (RawSmtpClient smtp = RawSmtpClient.open(fixture.address)) {
            smtp.reply();
            if (before != null) {
                for (String line : before.split(";")) {
                    smtp.command(line.strip());
                }
            }
            assertThat(smtp.command(command.strip())).isEqualTo(reply.strip());
            smtp.command("RSET");
            smtp.command("EHLO client.test");
            assertThat(deliver(smtp, "alice@contoso.example", "after " + what)).startsWith("250");
        }
        assertThat(fixture.subjects("alice")).containsExactly("after " + what);
    }

    @Test
    void listenerShouldReply501AndCloseWhenACommandLineEndsInABareLf() throws Exception {
        start();
        try (RawSmtpClient smtp = RawSmtpClient.open(fixture.address)) {
            smtp.reply();
            smtp.write("EHLO client.test\nNOOP\r\n");
            assertThat(smtp.reply())
                    .isEqualTo("501 Syntax error at character position 16. CR and LF must be CRLF paired.  See RFC 2821 #2.7.1.");
            assertThat(smtp.closedByListener()).isTrue();
        }
        fixture.sendNormal("after a bare LF command");
        assertThat(fixture.subjects("alice")).containsExactly("after a bare LF command");
    }

    @Test
    void listenerShouldReply501AndCloseWhenACommandLineIsLongerThanTheLimit() throws Exception {
        start();
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            assertThat(smtp.command("MAIL FROM:<" + "a".repeat(1100) + "@client.test>"))
                    .isEqualTo("501 Input line length is too long!");
            assertThat(smtp.closedByListener()).isTrue();
        }
        fixture.sendNormal("after a long command line");
        assertThat(fixture.subjects("alice")).containsExactly("after a long command line");
    }

    @Test
    void listenerShouldReply501AndCloseWhenACommandIsNotUtf8() throws Exception {
        start();
        try (RawSmtpClient smtp = RawSmtpClient.open(fixture.address)) {
            smtp.reply();
            smtp.write(new byte[] {'E', 'H', 'L', 'O', ' ', (byte) 0xC3, (byte) 0x28, '\r', '\n'});
            assertThat(smtp.reply()).isEqualTo("501 Syntax error: invalid character encoding.");
            assertThat(smtp.closedByListener()).isTrue();
        }
        fixture.sendNormal("after a bad encoding");
        assertThat(fixture.subjects("alice")).containsExactly("after a bad encoding");
    }

    @Test
    void listenerShouldAcceptAMessageWhoseLinesEndInBareLf() throws Exception {
        start();
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            smtp.command("MAIL FROM:<x@client.test>");
            smtp.command("RCPT TO:<alice@contoso.example>");
            assertThat(smtp.command("DATA")).startsWith("354");
            assertThat(smtp.command("Subject: bare LF\nFrom: x@client.test\n\nline one\nline two\r\n."))
                    .isEqualTo("250 Ok");
        }
        assertThat(fixture.subjects("alice")).containsExactly("bare LF");
    }

    @Test
    void listenerShouldTreatABareLfDotAsDataSoNoCommandCanBeSmuggled() throws Exception {
        start();
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            smtp.command("MAIL FROM:<x@client.test>");
            smtp.command("RCPT TO:<alice@contoso.example>");
            assertThat(smtp.command("DATA")).startsWith("354");
            smtp.write("Subject: carrier\r\n\r\nhello\n.\r\nMAIL FROM:<evil@client.test>\r\n"
                    + "RCPT TO:<bob@contoso.example>\r\nDATA\r\nSubject: smuggled\r\n\r\nboo\r\n.\r\n");
            assertThat(smtp.reply()).isEqualTo("250 Ok");
            assertThat(smtp.command("QUIT")).startsWith("221");
        }
        assertThat(fixture.subjects("alice")).containsExactly("carrier");
        assertThat(fixture.subjects("bob")).isEmpty();
    }

    @Test
    void listenerShouldAcceptADataLineLongerThanOneThousandBytes() throws Exception {
        start();
        String longLine = "y".repeat(5000);
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            smtp.command("MAIL FROM:<x@client.test>");
            smtp.command("RCPT TO:<alice@contoso.example>");
            smtp.command("DATA");
            assertThat(smtp.command("Subject: long line\r\n\r\n" + longLine + "\r\n.")).isEqualTo("250 Ok");
        }
        assertThat(fixture.server.store().messages("alice")).singleElement()
                .satisfies(m -> assertThat(new String(m.content(), StandardCharsets.US_ASCII)).contains(longLine));
    }

    @Test
    void listenerShouldAnswerEveryCommandOfAPipelinedBurstInOrder() throws Exception {
        start();
        try (RawSmtpClient smtp = RawSmtpClient.open(fixture.address)) {
            smtp.reply();
            smtp.write("EHLO client.test\r\nMAIL FROM:<x@client.test>\r\nRCPT TO:<alice@contoso.example>\r\n"
                    + "RCPT TO:<victim@elsewhere.example>\r\nRCPT TO:<bob@contoso.example>\r\nDATA\r\n");
            assertThat(smtp.reply()).isEqualTo("250 Ok");
            assertThat(List.of(smtp.reply(), smtp.reply(), smtp.reply(), smtp.reply(), smtp.reply())).containsExactly(
                    "250 Ok", "250 Ok", "550 5.7.1 <victim@elsewhere.example>: Relay access denied", "250 Ok",
                    "354 End data with <CR><LF>.<CR><LF>");
            smtp.write("Subject: piped\r\n\r\nhi\r\n.\r\nMAIL FROM:<y@client.test>\r\nRCPT TO:<bob@contoso.example>\r\n"
                    + "DATA\r\nSubject: second\r\n\r\nhi\r\n.\r\nQUIT\r\n");
            assertThat(List.of(smtp.reply(), smtp.reply(), smtp.reply(), smtp.reply(), smtp.reply(), smtp.reply()))
                    .containsExactly("250 Ok", "250 Ok", "250 Ok", "354 End data with <CR><LF>.<CR><LF>", "250 Ok",
                            "221 Bye");
        }
        assertThat(fixture.subjects("alice")).containsExactly("piped");
        assertThat(fixture.subjects("bob")).containsExactly("piped", "second");
    }

    @Test
    void listenerShouldRecordNothingAndTheCheckNoLossWhenAClientDisconnectsMidData() throws Exception {
        start();
        String trace = "raw-1";
        fixture.harness.ledger().record((at, wall) -> new LedgerEvent.Submitted(at, wall, trace, "x@client.test",
                "alice@contoso.example", "EX1", 100));
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            smtp.command("MAIL FROM:<x@client.test>");
            smtp.command("RCPT TO:<alice@contoso.example>");
            assertThat(smtp.command("DATA")).startsWith("354");
            smtp.write("X-Intransit-Trace: " + trace + "\r\nSubject: cut off\r\n\r\nthe first half of the bo");
            smtp.abort();
        }
        fixture.harness.ledger().record((at, wall) -> new LedgerEvent.SubmissionCompleted(at, wall, trace,
                new SubmissionResult.Indeterminate("connection closed by the client during DATA")));
        SOON.until(() -> !fixture.mtaEvents(ListenerEvents.DATA_ABORTED).isEmpty());
        fixture.sendNormal("after a client vanished mid-DATA");

        assertThat(fixture.mtaEvents(ListenerEvents.DATA_ABORTED)).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("disconnected during DATA", "<x@client.test>"));
        assertThat(fixture.harness.ledger().snapshot()).filteredOn(e -> trace.equals(e.trace()))
                .noneMatch(e -> e instanceof LedgerEvent.Received || e instanceof LedgerEvent.Delivered);
        List<MessageRecord> fates = fixture.harness.messages();
        assertThat(fates).filteredOn(r -> r.trace().equals(trace)).singleElement()
                .extracting(MessageRecord::fate).isEqualTo(Fate.INDETERMINATE);
        assertThat(fates).noneMatch(r -> r.fate() == Fate.LOST);
        assertThat(fixture.subjects("alice")).containsExactly("after a client vanished mid-DATA");
    }

    @Test
    void listenerShouldReply421AndRecordNothingWhenAClientStallsMidData() throws Exception {
        fixture = ListenerFixture.start("limits: { connectionTimeout: 1s }");
        try (RawSmtpClient smtp = RawSmtpClient.greeted(fixture.address, "client.test")) {
            smtp.command("MAIL FROM:<slow@client.test>");
            smtp.command("RCPT TO:<alice@contoso.example>");
            assertThat(smtp.command("DATA")).startsWith("354");
            smtp.write("Subject: stalled\r\n\r\nand then nothing");
            CompletableFuture<Void> normal = CompletableFuture.runAsync(() -> {
                try {
                    fixture.sendNormal("while a client stalls mid-DATA");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(smtp.reply()).isEqualTo("421 4.4.2 ex1.contoso.example Error: timeout exceeded during DATA");
            assertThat(smtp.closedByListener()).isTrue();
            normal.get();
        }
        assertThat(fixture.subjects("alice")).containsExactly("while a client stalls mid-DATA");
        assertThat(fixture.events(LedgerEvent.Received.class)).extracting(LedgerEvent.Received::from)
                .containsExactly("someone@client.test");
        assertThat(fixture.mtaEvents(ListenerEvents.DATA_ABORTED)).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("stalled during DATA", "<slow@client.test>"));
    }
}
