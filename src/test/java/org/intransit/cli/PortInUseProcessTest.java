package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A scenario whose fixed port another program holds: exit 2 and one line naming server and port. */
@Timeout(120)
class PortInUseProcessTest {

    @TempDir
    Path dir;

    @Test
    void runShouldExitTwoWithOneLineNamingTheServerAndPortWhenItsFixedPortIsTaken() throws Exception {
        try (ServerSocket holder = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = holder.getLocalPort();
            Path scenario = dir.resolve("taken.yaml");
            Files.writeString(scenario, """
                    name: taken
                    duration: 1h
                    organization: { smtpDomain: contoso.example }
                    sites:
                      - name: HQ
                        servers:
                          - { name: EX1, kind: exchange2003 }
                          - { name: EX2, kind: exchange2003, port: %d }
                    """.formatted(port));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "run", scenario.toString(), "--report-dir", dir.resolve("reports").toString()).start();
            String stdout = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(run.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(Main.BAD_INPUT);
            assertThat(stdout).isEmpty();
            assertThat(stderr.lines()).containsExactly("intransit: server EX2 cannot listen on 127.0.0.1:" + port
                    + ": address already in use (choose another port, or 0 for any free one)");
            try (var files = Files.walk(dir)) {
                assertThat(files).noneMatch(f -> f.endsWith("summary.json"));
            }
        }
    }
}
