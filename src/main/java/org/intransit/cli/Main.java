package org.intransit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code intransit run | validate | list | serve | report}. Exit codes: 0 when every check and expectation
 * held, 1 when one failed, 2 on a bad scenario file or bad arguments.
 */
@Command(name = "intransit", mixinStandardHelpOptions = true, version = "intransit 0.1.0",
        description = "A test harness for mail routing during mailbox moves.",
        subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class, ServeCommand.class, ReportCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("intransit: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        });
        return commandLine;
    }
}
