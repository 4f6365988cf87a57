package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.mta.StoredMessage;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Raw SMTP bytes against one server's listener, as any outside client would send them. */
@Timeout(30)
class ListenerSmtpDialogTest {

    private Harness harness;
    private InetSocketAddress address;

    @BeforeEach
    void start() {
        harness = Harness.start(ScenarioLoader.parse("""
                name: dialog
                duration: 1h
                organization: { smtpDomain: contoso.example, otherDomains: [contoso.test] }
                sites:
                  - name: HQ
                    servers: [ { name: EX1, kind: exchange2003 } ]
                mailboxes: [ { alias: alice, server: EX1 } ]
                """, "dialog.yaml"), RunOptions.defaults());
        address = harness.topology().server("EX1").orElseThrow().address().orElseThrow();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private final class Dialog implements AutoCloseable {
        private final Socket socket = new Socket(address.getAddress(), address.getPort());
        private final BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        private final OutputStream out = socket.getOutputStream();

        Dialog() throws IOException {
            assertThat(reply()).startsWith("220 ");
        }

        String send(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return reply();
        }

        /** The last line of a possibly multi-line reply. */
        String reply() throws IOException {
            String line = in.readLine();
            while (line != null && line.length() > 3 && line.charAt(3) == '-') {
                line = in.readLine();
            }
            return line;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void listenerShouldBindToLoopbackWhenTheScenarioNamesNoAddress() {
        assertThat(address.getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void listenerShouldRefuseRelayWith550571AndStillAcceptLocalMail() throws Exception {
        try (Dialog smtp = new Dialog()) {
            assertThat(smtp.send("EHLO client.test")).startsWith("250");
            assertThat(smtp.send("MAIL FROM:<x@client.test>")).startsWith("250");
            assertThat(smtp.send("RCPT TO:<victim@elsewhere.example>")).startsWith("550 5.7.1");
            assertThat(smtp.send("RCPT TO:<nobody@contoso.example>")).startsWith("550 5.1.1");
            assertThat(smtp.send("RCPT TO:<ALICE@contoso.test>")).startsWith("250");
            assertThat(smtp.send("DATA")).startsWith("354");
            assertThat(smtp.send("Subject: raw\r\n\r\nhello\r\n.")).startsWith("250");
            assertThat(smtp.send("QUIT")).startsWith("221");
        }
        assertThat(harness.topology().server("EX1").orElseThrow().store().messages("alice"))
                .singleElement().extracting(StoredMessage::subject).isEqualTo("raw");
    }

    @Test
    void listenerShouldAnswerGarbageWithAnErrorAndKeepServing() throws Exception {
        try (Dialog smtp = new Dialog()) {
            assertThat(smtp.send("HELLO?")).startsWith("500");
            assertThat(smtp.send("RCPT TO:<alice@contoso.example>")).startsWith("503");
            assertThat(smtp.send("EHLO client.test")).startsWith("250");
        }
        try (Dialog again = new Dialog()) {
            assertThat(again.send("NOOP")).startsWith("250");
        }
    }
}
