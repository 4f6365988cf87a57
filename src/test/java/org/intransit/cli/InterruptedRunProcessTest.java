package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed midway (SIGTERM, as a CI job timeout sends) still writes a complete, parseable
 * report whose counts add up: every injected message has exactly one fate.
 */
@Timeout(180)
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
        ProcessBuilder command = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", scenario.toString(), "--report-dir", dir.resolve("reports").toString())
                .redirectError(dir.resolve("run.err").toFile());
        // the progress line twice a second: the signal goes only once the run is under way
        command.environment().put("INTRANSIT_TTY", "1");
        Process run = command.start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(90)).until(() -> !run.isAlive() || injectedSoFar(dir.resolve("run.err")) > 10);
        assertThat(run.isAlive()).as("still running once more than 10 messages were injected").isTrue();
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

    /** The injected count of the last progress line on stderr so far; 0 before the first. */
    private static long injectedSoFar(Path stderr) throws java.io.IOException {
        Matcher progress = Pattern.compile("injected (\\d+)").matcher(Files.readString(stderr));
        long injected = 0;
        while (progress.find()) {
            injected = Long.parseLong(progress.group(1));
        }
        return injected;
    }
}
