package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(120)
class RunCommandTest {

    @TempDir
    Path reports;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void runShouldExitZeroAndDeliverEveryMessageWhenRunningTheQuickstart() throws Exception {
        int exit = execute("run", "harness-config/quickstart.yaml", "--report-dir", reports.toString());

        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
        Path runDir = Path.of(outLines().get(outLines().size() - 1));
        assertThat(runDir).isDirectory().startsWith(reports.resolve("quickstart"));
        JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
        JsonNode messages = summary.get("messages");
        assertThat(messages.get("injected").asLong()).isEqualTo(52);
        assertThat(messages.get("delivered").asLong()).isEqualTo(messages.get("injected").asLong());
        assertThat(messages.get("lost").asLong()).isZero();
        assertThat(messages.get("duplicated").asLong()).isZero();
        assertThat(summary.get("scenario").asText()).isEqualTo("quickstart");
        assertThat(summary.get("seed").asLong()).isEqualTo(42);
        assertThat(summary.at("/clock/mode").asText()).isEqualTo("virtual");
        assertThat(summary.at("/clock/scenarioDuration").asText()).isEqualTo("PT2H");
        assertThat(summary.at("/timeline/end").asText()).isEqualTo("PT2H");
        assertThat(summary.get("expectations")).hasSize(2).allSatisfy(e -> assertThat(e.get("passed").asBoolean()).isTrue());
        assertThat(summary.at("/latency/count").asLong()).isEqualTo(52);

        List<String> csv = Files.readAllLines(runDir.resolve("messages.csv"));
        assertThat(csv.get(0)).startsWith("trace,from,to,submittedAt,outcome,outcomeAt,server,queue,status,"
                + "x400Reason,x400Diagnostic,hops");
        assertThat(csv).hasSize(53);
        assertThat(csv).anySatisfy(row -> assertThat(row).startsWith("newsletter-1,internet,alice,PT30M,delivered,PT30M,EX55A,"));
    }

    @Test
    void runShouldExitOneAndNameTheOffendersWhenAnExpectationFails() throws Exception {
        Path scenario = reports.resolve("wrong.yaml");
        Files.writeString(scenario, """
                name: wrong
                duration: 1h
                organization: { smtpDomain: contoso.example }
                sites: [ { name: HQ, servers: [ { name: EX1, kind: exchange2003 } ] } ]
                mailboxes: [ { alias: alice, server: EX1 } ]
                traffic: [ { name: hello, from: alice, to: alice, at: 5m } ]
                expect:
                  - { name: alice bounces, select: { to: alice }, outcome: ndr }
                """);

        int exit = execute("run", scenario.toString(), "--report-dir", reports.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL alice bounces: expected all ndr; 0 of 1 selected conform; "
                + "not conforming: hello-1 (delivered)").contains("verdict: FAILED");
    }

    @Test
    void validateShouldExitTwoWithOneLineNamingLineAndColumnWhenTheFileIsBroken() throws Exception {
        Path broken = reports.resolve("broken.yaml");
        Files.writeString(broken, """
                name: broken
                duration: 1h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: HQ
                    servers:
                      - { name: EX1, kind: exchange56 }
                """);

        int exit = execute("validate", broken.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("intransit: " + broken + ":7:").contains("sites[0].servers[0].kind").contains("exchange55"));
    }

    @Test
    void validateShouldExitZeroAndDescribeTheScenarioWhenTheFileIsValid() {
        int exit = execute("validate", "harness-config/quickstart.yaml");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("valid: scenario quickstart, 1 site(s), 2 server(s), 4 mailbox(es)");
    }

    @Test
    void runShouldExitTwoWhenTheFileDoesNotExist() {
        int exit = execute("run", reports.resolve("missing.yaml").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().satisfies(line -> assertThat(line).contains("missing.yaml"));
    }

    @Test
    void runShouldExitTwoWhenArgumentsAreBad() {
        assertThat(execute("run")).isEqualTo(2);
        assertThat(execute("run", "harness-config/quickstart.yaml", "--time-scale", "-3")).isEqualTo(2);
        assertThat(execute("launch")).isEqualTo(2);
    }

    @Test
    void listShouldPrintOneLinePerBuiltInScenario() {
        int exit = execute("list");

        assertThat(exit).isZero();
        assertThat(outLines()).anySatisfy(line -> assertThat(line).startsWith("harness-config/quickstart.yaml")
                .contains("One site, two servers and four mailboxes"));
    }
}
