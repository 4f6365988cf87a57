package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code intransit serve} as a user runs it: a separate JVM, real clients, and Ctrl-C (SIGINT)
 * to end it; the report it writes on the way out must list what the clients sent.
 */
@Timeout(120)
class ServeCommandProcessTest {

    @TempDir
    Path reports;

    private Process serve;
    private BufferedReader stdout;

    @AfterEach
    void killServe() {
        if (serve != null) {
            serve.destroyForcibly();
        }
    }

    /** Starts serve and reads its SERVER lines: name → port. */
    private List<String[]> startServe() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "harness-config/quickstart.yaml", "--report-dir", reports.toString())
                .redirectError(reports.resolve("serve.err").toFile())
                .start();
        stdout = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        List<String[]> servers = new ArrayList<>();
        for (String line = stdout.readLine(); line != null && !line.equals("serving until Ctrl-C"); line = stdout.readLine()) {
            if (line.startsWith("SERVER ")) {
                servers.add(line.split(" "));
            }
        }
        assertThat(servers).as("SERVER lines").hasSize(2);
        return servers;
    }

    private static int port(String[] serverLine) {
        String address = serverLine[4];
        assertThat(address).startsWith("127.0.0.1:");
        return Integer.parseInt(address.substring(address.indexOf(':') + 1));
    }

    /** Sends Ctrl-C and returns the summary of the run directory printed last. */
    private JsonNode interruptAndReadSummary() throws Exception {
        new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve exits after Ctrl-C").isTrue();
        List<String> rest = stdout.lines().toList();
        assertThat(rest).as("stdout after Ctrl-C; stderr: %s", Files.readString(reports.resolve("serve.err"))).isNotEmpty();
        Path runDir = Path.of(rest.get(rest.size() - 1));
        return new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
    }

    @Test
    void serveShouldReportAClientsMessageAsDeliveredWhenInterruptedWithCtrlC() throws Exception {
        List<String[]> servers = startServe();
        assertThat(servers.get(0)).containsSequence("SERVER", "EX55A", "exchange55", "HQ");

        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port(servers.get(1))));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("someone@client.test"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("alice@contoso.example"));
        message.setSubject("hello from a real client");
        message.setText("hi");
        Transport.send(message);

        JsonNode summary = interruptAndReadSummary();
        assertThat(summary.at("/messages/external").asLong()).isEqualTo(1);
        assertThat(summary.at("/messages/delivered").asLong()).isEqualTo(1);
        assertThat(summary.at("/messages/lost").asLong()).isZero();
        assertThat(summary.at("/verdict/interrupted").asBoolean()).isTrue();
        assertThat(summary.at("/clock/mode").asText()).isEqualTo("scaled");
    }

    @Test
    void serveShouldReportASwaksMessageAsDeliveredWhenInterruptedWithCtrlC() throws Exception {
        assumeThat(swaksInstalled()).as("swaks is not installed: apt-get install swaks").isTrue();
        List<String[]> servers = startServe();

        Process swaks = new ProcessBuilder("swaks", "--server", "127.0.0.1:" + port(servers.get(0)),
                "--from", "tester@swaks.test", "--to", "bob@contoso.example", "--header", "Subject: swaks test")
                .redirectErrorStream(true).start();
        String transcript = new String(swaks.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(swaks.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(swaks.exitValue()).as(transcript).isZero();

        JsonNode summary = interruptAndReadSummary();
        assertThat(summary.at("/messages/delivered").asLong()).isEqualTo(1);
        assertThat(summary.at("/messages/lost").asLong()).isZero();
    }

    private static boolean swaksInstalled() {
        try {
            return new ProcessBuilder("swaks", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
