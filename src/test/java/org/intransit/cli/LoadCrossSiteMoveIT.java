package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The two-minute variant of {@code load-cross-site-move.yaml} through the packaged jar on the
 * scaled clock: 100 messages per scenario second at scale 2, a batch of moves in the middle;
 * nothing lost, latency measured, {@code events.jsonl} streamed, the series written, and
 * {@code intransit report} rebuilding the same summary from the stream.
 */
class LoadCrossSiteMoveIT {

    @Test
    @Timeout(240)
    void packagedJarShouldRunTheShortLoadScenarioLosingNothing() throws Exception {
        Path reports = Files.createDirectories(Path.of("target", "it-reports"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-jar", "target/intransit.jar", "run",
                "src/test/resources/scenarios/load-cross-site-move-short.yaml", "--report-dir", reports.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(200, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        Path runDir = Path.of(lines.get(lines.size() - 1));
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(runDir.resolve("summary.json").toFile());
        assertThat(summary.at("/messages/lost").asLong()).isZero();
        assertThat(summary.at("/messages/injected").asLong()).as("100/s for 120 s, Poisson").isBetween(11_400L, 12_600L);
        assertThat(summary.at("/latency/count").asLong()).isEqualTo(summary.at("/messages/delivered").asLong());
        JsonNode series = json.readTree(runDir.resolve("series.json").toFile());
        assertThat(series.get("bucket").asText()).isEqualTo("PT1S");
        assertThat(series.get("buckets").size()).isGreaterThanOrEqualTo(120);
        assertThat(series.at("/markers/move.user0010.cleanup").isTextual()).isTrue();
        assertThat(runDir.resolve("events.jsonl.tmp")).doesNotExist();
        String before = Files.readString(runDir.resolve("summary.json"));

        Process report = new ProcessBuilder(java, "-jar", "target/intransit.jar", "report", runDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(report.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report.exitValue()).isZero();
        assertThat(Files.readString(runDir.resolve("summary.json"))).isEqualTo(before);
    }
}
