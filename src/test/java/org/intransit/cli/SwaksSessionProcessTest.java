package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripted session of issue 8: {@code swaks} sends a bare-LF message, an oversized message
 * and a relay attempt to a running {@code intransit serve} while a Jakarta Mail client sends a
 * normal message; each gets the reply {@code docs/robustness.md} documents, and the report
 * written after Ctrl-C has the normal message delivered and nothing lost.
 */
@Timeout(180)
class SwaksSessionProcessTest {

    private static final String SCENARIO = """
            name: swaks-session
            duration: 1h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: HQ
                servers:
                  - { name: EX1, kind: exchange2003, gateway: true,
                      limits: { maxMessageSize: 10KiB, connectionTimeout: 20s } }
            mailboxes: [ { alias: alice, server: EX1 }, { alias: bob, server: EX1 } ]
            """;

    /** LF line ends throughout, and the {@code <CRLF>.} that ends DATA (swaks adds the last CRLF). */
    private static final String BARE_LF_MESSAGE = "From: tester@swaks.test\nTo: alice@contoso.example\n"
            + "Subject: bare LF from swaks\n\nline one\nline two\r\n.";

    @TempDir
    Path dir;

    private Process serve;
    private BufferedReader stdout;

    @AfterEach
    void killServe() {
        if (serve != null) {
            serve.destroyForcibly();
        }
    }

    private record Swaks(int exit, String transcript) {}

    @Test
    void swaksShouldGetTheDocumentedRepliesWhileANormalMessageIsDelivered() throws Exception {
        Assumptions.assumeTrue(swaksInstalled(), "swaks is not installed: apt-get install swaks");
        Path scenario = Files.writeString(dir.resolve("swaks-session.yaml"), SCENARIO);
        Path bareLf = Files.writeString(dir.resolve("bare-lf.eml"), BARE_LF_MESSAGE);
        Path bigBody = Files.writeString(dir.resolve("big.txt"), ("y".repeat(70) + "\n").repeat(300));
        String server = "127.0.0.1:" + startServe(scenario);

        CompletableFuture<Void> normal = CompletableFuture.runAsync(() -> sendNormal(server));
        CompletableFuture<Swaks> bare = swaks(server, "--to", "alice@contoso.example", "--data", "@" + bareLf,
                "--no-data-fixup");
        CompletableFuture<Swaks> oversized = swaks(server, "--to", "alice@contoso.example", "--body", "@" + bigBody);
        CompletableFuture<Swaks> relay = swaks(server, "--to", "victim@elsewhere.example");

        normal.get(60, TimeUnit.SECONDS);
        assertThat(bare.get(60, TimeUnit.SECONDS)).satisfies(s -> {
            assertThat(s.transcript()).contains(" -> line one", " -> .\n<-  250 Ok");
            assertThat(s.exit()).as(s.transcript()).isZero();
        });
        assertThat(oversized.get(60, TimeUnit.SECONDS)).satisfies(s -> {
            assertThat(s.transcript())
                    .contains("<** 552 5.3.4 Message size exceeds fixed maximum message size of 10240 bytes");
            assertThat(s.exit()).as("swaks exits 26 when the message is refused at the final dot").isEqualTo(26);
        });
        assertThat(relay.get(60, TimeUnit.SECONDS)).satisfies(s -> {
            assertThat(s.transcript()).contains("<** 550 5.7.1 <victim@elsewhere.example>: Relay access denied");
            assertThat(s.exit()).as("swaks exits 24 when RCPT is refused").isEqualTo(24);
        });

        Path runDir = interrupt();
        JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
        assertThat(summary.at("/verdict/interrupted").asBoolean()).isTrue();
        assertThat(summary.at("/messages/external").asLong()).isEqualTo(2);
        assertThat(summary.at("/messages/delivered").asLong()).isEqualTo(2);
        assertThat(summary.at("/messages/lost").asLong()).isZero();
        assertThat(summary.at("/events/4002").asLong()).as("the oversized message in the MTA event log").isEqualTo(1);
        assertThat(Files.readAllLines(runDir.resolve("messages.csv"))).anySatisfy(row ->
                assertThat(row).contains(",someone@client.test,bob@contoso.example,", ",delivered,"));
    }

    @Test
    void swaksShouldDeliverOverStartTlsAfterLoggingIn() throws Exception {
        Assumptions.assumeTrue(swaksInstalled(), "swaks is not installed: apt-get install swaks");
        Path scenario = Files.writeString(dir.resolve("swaks-tls.yaml"), SCENARIO.replace("connectionTimeout: 20s }",
                "connectionTimeout: 20s }, tls: true, auth: { user: submitter, password: swaks-Pa55 }"));
        String server = "127.0.0.1:" + startServe(scenario);

        Swaks refused = swaks(server, "--to", "alice@contoso.example", "--tls").get(60, TimeUnit.SECONDS);
        Swaks loggedIn = swaks(server, "--to", "alice@contoso.example", "--tls", "--auth", "PLAIN",
                "--auth-user", "submitter", "--auth-password", "swaks-Pa55").get(60, TimeUnit.SECONDS);

        assertThat(refused.transcript()).contains("=== TLS started", "<~* 530 5.7.0 Authentication required");
        assertThat(loggedIn.transcript()).contains("=== TLS started", "<~  235 Authentication successful.", "<~  250 Ok");
        assertThat(loggedIn.exit()).as(loggedIn.transcript()).isZero();
        JsonNode summary = new ObjectMapper().readTree(interrupt().resolve("summary.json").toFile());
        assertThat(summary.at("/messages/delivered").asLong()).isEqualTo(1);
    }

    /** Starts serve and returns EX1's SMTP port, from its SERVER line. */
    private int startServe(Path scenario) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", scenario.toString(), "--report-dir", dir.resolve("reports").toString())
                .redirectError(dir.resolve("serve.err").toFile())
                .start();
        stdout = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String ex1 = null;
        for (String line = stdout.readLine(); line != null && !line.equals("serving until Ctrl-C"); line = stdout.readLine()) {
            if (line.startsWith("SERVER EX1 ")) {
                ex1 = line;
            }
        }
        assertThat(ex1).as("SERVER line; stderr: %s", Files.readString(dir.resolve("serve.err"))).isNotNull();
        return Integer.parseInt(ex1.substring(ex1.lastIndexOf(':') + 1));
    }

    /** Ctrl-C, then the run directory serve printed last. */
    private Path interrupt() throws Exception {
        new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve exits after Ctrl-C").isTrue();
        List<String> rest = stdout.lines().toList();
        assertThat(rest).as("stderr: %s", Files.readString(dir.resolve("serve.err"))).isNotEmpty();
        return Path.of(rest.get(rest.size() - 1));
    }

    private static CompletableFuture<Swaks> swaks(String server, String... args) {
        List<String> command = new ArrayList<>(List.of("swaks", "--server", server, "--helo", "swaks.test",
                "--from", "tester@swaks.test", "--timeout", "30"));
        command.addAll(List.of(args));
        return CompletableFuture.supplyAsync(() -> {
            try {
                Process swaks = new ProcessBuilder(command).redirectErrorStream(true).start();
                String transcript = new String(swaks.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                swaks.waitFor(60, TimeUnit.SECONDS);
                return new Swaks(swaks.exitValue(), transcript);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static void sendNormal(String server) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", server.substring(server.indexOf(':') + 1));
        props.put("mail.smtp.localhost", "client.test");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("someone@client.test"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("bob@contoso.example"));
            message.setSubject("normal message in parallel");
            message.setText("hello");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean swaksInstalled() {
        try {
            return new ProcessBuilder("swaks", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
