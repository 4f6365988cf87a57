package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in scenario through the packaged jar, as {@code ./intransit run} runs it: exit 0,
 * the run directory on the last line, a summary whose timeline is in time order. Runs after
 * {@code package} (failsafe), so it also proves the shaded jar carries what it needs (the DSN
 * content handlers, the logging provider).
 */
class BuiltInScenariosIT {

    @ParameterizedTest
    @ValueSource(strings = {"quickstart", "kb841659-ndr-window", "x400-rpc-queue-stuck", "x400-rpc-queue-site-connector"})
    @Timeout(120)
    void packagedJarShouldRunTheBuiltInScenarioAndExitZero(String name) throws Exception {
        Path reports = Files.createDirectories(Path.of("target", "it-reports"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-jar", "target/intransit.jar", "run", "harness-config/" + name + ".yaml",
                "--report-dir", reports.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(100, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
        assertThat(err).doesNotContain("Exception").doesNotContain("ERROR");
        List<String> lines = out.lines().toList();
        Path runDir = Path.of(lines.get(lines.size() - 1));
        JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
        assertThat(summary.at("/verdict/passed").asBoolean()).isTrue();
        assertThat(summary.at("/messages/lost").asLong()).isZero();
        assertThat(timelineTimes(summary)).isSorted();
    }

    private static List<java.time.Duration> timelineTimes(JsonNode summary) throws IOException {
        List<java.time.Duration> times = new ArrayList<>();
        for (Iterator<JsonNode> it = summary.get("timeline").elements(); it.hasNext(); ) {
            times.add(java.time.Duration.parse(it.next().asText()));
        }
        return times;
    }
}
