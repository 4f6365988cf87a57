package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

@Timeout(120)
class ReportCommandTest {

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

    private Path runScenario(String file) {
        assertThat(execute("run", file, "--report-dir", reports.toString())).as("%s%n%s", out, err).isIn(0, 1);
        List<String> lines = out.toString().lines().toList();
        out.getBuffer().setLength(0);
        return Path.of(lines.get(lines.size() - 1));
    }

    @Test
    void reportShouldRebuildTheSameFilesFromEventsJsonl() throws Exception {
        Path runDir = runScenario("harness-config/kb841659-ndr-window.yaml");
        String summary = Files.readString(runDir.resolve("summary.json"));
        String messages = Files.readString(runDir.resolve("messages.csv"));
        String junit = Files.readString(runDir.resolve("junit.xml"));
        Files.delete(runDir.resolve("summary.json"));
        Files.delete(runDir.resolve("messages.csv"));
        Files.delete(runDir.resolve("junit.xml"));

        int exit = execute("report", runDir.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readString(runDir.resolve("summary.json"))).isEqualTo(summary);
        assertThat(Files.readString(runDir.resolve("messages.csv"))).isEqualTo(messages);
        assertThat(Files.readString(runDir.resolve("junit.xml"))).isEqualTo(junit);
        assertThat(out.toString().lines().toList()).last().isEqualTo(runDir.toString());
    }

    @Test
    void junitXmlShouldHaveOneTestCasePerExpectationPlusConservationInSurefireShape() throws Exception {
        Path runDir = runScenario("harness-config/kb841659-ndr-window.yaml");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(runDir.resolve("junit.xml").toFile());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("intransit.kb841659-ndr-window");
        assertThat(suite.getAttribute("tests")).isEqualTo("7");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(7);
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("conservation");
        assertThat(suite.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void junitXmlShouldCarryAFailureNamingTheOffendersWhenAnExpectationFails() throws Exception {
        Path scenario = reports.resolve("wrong.yaml");
        Files.writeString(scenario, """
                name: wrong
                duration: 1h
                organization: { smtpDomain: contoso.example }
                sites: [ { name: HQ, servers: [ { name: EX1, kind: exchange2003 } ] } ]
                mailboxes: [ { alias: alice, server: EX1 } ]
                traffic: [ { name: hello, from: alice, to: alice, at: 5m } ]
                expect:
                  - { name: "alice <bounces>", select: { to: alice }, outcome: ndr }
                """);
        Path runDir = runScenario(scenario.toString());

        String junit = Files.readString(runDir.resolve("junit.xml"));
        assertThat(junit).contains("failures=\"1\"").contains("name=\"alice &lt;bounces&gt;\"")
                .contains("<failure message=\"expected all ndr; 0 of 1 selected conform; not conforming: hello-1 (delivered)\"");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(runDir.resolve("junit.xml").toFile());
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void reportShouldExitTwoWhenTheDirectoryIsNotARunDirectory() {
        assertThat(execute("report", reports.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("events.jsonl is missing");
    }
}
