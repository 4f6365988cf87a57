package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Passwords (an X.400 connector's, a mistyped one presented for a while, a listener's AUTH) and
 * the service account are in the scenario but never in what a run prints or writes, apart from
 * the copy of the scenario file itself.
 */
@Timeout(120)
class SecretsInReportsTest {

    private static final List<String> SECRETS = List.of("x400-Pa55-word", "typo-Pa55-word", "smtp-Pa55-word",
            "svc-secret-acct");

    @TempDir
    Path dir;

    @Test
    void runShouldKeepEveryPasswordOutOfItsOutputAndReportFiles() throws Exception {
        Path scenario = dir.resolve("secrets.yaml");
        Files.writeString(scenario, """
                name: secrets
                duration: 3h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    serviceAccount: CONTOSO\\\\svc-secret-acct
                    servers:
                      - { name: EX1, kind: exchange2003, gateway: true, auth: { user: submitter, password: smtp-Pa55-word } }
                  - name: SITE2
                    servers: [ { name: EX2, kind: exchange2003 } ]
                mailboxes: [ { alias: alice, server: EX1 }, { alias: carol, server: EX2 } ]
                connectors:
                  - { name: X400-1-2, kind: x400, between: [EX1, EX2], password: x400-Pa55-word,
                      retry: { openInterval: 5m } }
                events:
                  - { at: 30m, x400Password: { connector: X400-1-2, password: typo-Pa55-word } }
                  - { at: 1h, x400Password: { connector: X400-1-2, password: x400-Pa55-word } }
                traffic:
                  - { name: across, from: [alice, carol], to: [carol, alice], every: 10m, until: 2h }
                  - { name: inbound, from: internet, to: carol, at: 5m }
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("run", scenario.toString(), "--report-dir", dir.resolve("reports").toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(exit).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
        Path runDir = Path.of(lines.get(lines.size() - 1));
        JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
        assertThat(summary.at("/messages/delivered").asLong()).as("mail crossed the X.400 connector")
                .isEqualTo(summary.at("/messages/injected").asLong()).isEqualTo(49);
        assertThat(summary.at("/events/9301").asLong()).as("binds refused with the mistyped password").isPositive();

        assertThat(out.toString() + err).doesNotContain(forms());
        try (Stream<Path> files = Files.walk(runDir)) {
            List<Path> written = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("scenario.yaml")).toList();
            assertThat(written).extracting(f -> f.getFileName().toString())
                    .contains("summary.json", "events.jsonl", "messages.csv");
            for (Path file : written) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).doesNotContain(forms());
            }
        }
    }

    /** Each secret as written and base64-encoded (as in AUTH PLAIN and LOGIN). */
    private static String[] forms() {
        return SECRETS.stream()
                .flatMap(s -> Stream.of(s, Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))))
                .toArray(String[]::new);
    }
}
