package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed midway (SIGTERM, as a CI job timeout sends) still writes a complete, parseable
 * report whose counts add up: every injected message has exactly one fate.
 */
@Timeout(120)
class InterruptedRunProcessTest {

    @TempDir
    Path dir;

    @Test
    void runShouldWriteACompleteReportWhenKilledWithSigterm() throws Exception {
        Path scenario = dir.resolve("long.yaml");
        Files.writeString(scenario, """
                name: long-run
                duration: 24h
                clock: { mode: scaled, scale: 600 }
                organization: { smtpDomain: contoso.example }
                sites:
                  - { name: SITE1, servers: [ { name: EX55A, kind: exchange55 } ] }
                  - { name: SITE2, servers: [ { name: EX55C, kind: exchange55 } ] }
                connectors:
                  - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret }
                mailboxes:
                  - { alias: bob, server: EX55A }
                  - { alias: carol, server: EX55C }
                traffic:
                  - { name: mail, from: [bob, carol], to: [bob, carol], every: 1m }
                events:
                  - { at: 20m, cutLink: [EX55A, EX55C] }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", scenario.toString(), "--report-dir", dir.resolve("reports").toString())
                .redirectError(dir.resolve("run.err").toFile()).start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));

        assertThat(run.waitFor(4, TimeUnit.SECONDS)).as("still running after 4 s").isFalse();
        new ProcessBuilder("kill", "-TERM", String.valueOf(run.pid())).start().waitFor();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();

        List<String> lines = stdout.lines().toList();
        assertThat(lines).as("stderr: %s", Files.readString(dir.resolve("run.err"))).isNotEmpty();
        Path runDir = Path.of(lines.get(lines.size() - 1));
        JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
        JsonNode messages = summary.get("messages");
        long fates = 0;
        for (String fate : List.of("delivered", "ndr", "queued", "rejected", "indeterminate", "lost", "duplicated", "misrouted")) {
            fates += messages.get(fate).asLong();
        }
        assertThat(summary.at("/verdict/interrupted").asBoolean()).isTrue();
        assertThat(messages.get("injected").asLong()).isGreaterThan(10);
        assertThat(fates).isEqualTo(messages.get("total").asLong());
        assertThat(messages.get("total").asLong())
                .isEqualTo(messages.get("injected").asLong() + messages.get("ndrMessages").asLong());
        assertThat(messages.get("lost").asLong()).isZero();
        assertThat(summary.at("/clock/scenarioReached").asText()).isNotEqualTo("PT24H");
        try (var files = Files.list(runDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("summary.json", "messages.csv", "events.jsonl", "junit.xml")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(Files.readAllLines(runDir.resolve("messages.csv"))).hasSize((int) messages.get("total").asLong() + 1);
    }
}
