package org.intransit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Each kind of broken file gives exit 2 and exactly one line: file, line, column, path, expectation. */
class BrokenScenarioFileTest {

    private static final String VALID_HEAD = """
            name: broken
            duration: 1h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: HQ
                servers:
                  - { name: EX1, kind: exchange2003 }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key        | mailboxes: [ { alias: alice, sever: EX1 } ]                    | :8:30: mailboxes[0].sever: unknown key",
        "wrong type         | mailboxes: { alias: alice }                                    | :8:12: mailboxes: expected a list",
        "dangling reference | mailboxes: [ { alias: alice, server: EX9 } ]                  | :8:38: mailboxes[0].server: unknown server \"EX9\"",
        "duplicate name     | mailboxes: [ { alias: a, server: EX1 }, { alias: a, server: EX1 } ] | :8:50: mailboxes[1].alias: duplicate",
        "zero duration      | traffic: [ { name: t, from: internet, to: x@y.example, every: 0s } ] | :8:63: traffic[0].every: expected a duration greater than zero",
        "negative duration  | moves: [ { mailbox: a, to: EX1, at: -5m } ]                     | :8:37: moves[0].at: expected",
    })
    void runShouldExitTwoWithOneLineWhenTheFileIsBroken(String kind, String lastLine, String expected) throws Exception {
        Path file = dir.resolve(kind.replace(' ', '-') + ".yaml");
        Files.writeString(file, VALID_HEAD + lastLine + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("run", file.toString(), "--report-dir", dir.resolve("reports").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("intransit: " + file + expected.strip()));
    }
}
