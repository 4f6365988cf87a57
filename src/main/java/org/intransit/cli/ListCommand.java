package org.intransit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioException;
import org.intransit.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code intransit list}: the built-in scenarios under {@code harness-config/}, one line each.
 * The folder is found beside the launcher ({@code INTRANSIT_HOME}) or in the working directory.
 */
@Command(name = "list", description = "List the built-in scenarios, one line each.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to look (default: harness-config/).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = dir != null ? dir : defaultFolder();
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("intransit: no scenario folder at " + folder);
            return Main.BAD_INPUT;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            out.println(line(file));
        }
        return Main.OK;
    }

    private static String line(Path absoluteOrRelative) {
        Path cwd = Path.of("").toAbsolutePath();
        Path file = absoluteOrRelative.toAbsolutePath().startsWith(cwd)
                ? cwd.relativize(absoluteOrRelative.toAbsolutePath()) : absoluteOrRelative;
        try {
            Scenario s = ScenarioLoader.load(file);
            String description = s.description().strip().replaceAll("\\s+", " ");
            int stop = description.indexOf(". ");
            String first = stop > 0 ? description.substring(0, stop + 1) : description;
            return String.format("%-40s %s", file, first);
        } catch (ScenarioException e) {
            return String.format("%-40s INVALID: %s", file, e.getMessage());
        }
    }

    static Path defaultFolder() {
        String home = System.getenv("INTRANSIT_HOME");
        Path besideLauncher = home == null ? null : Path.of(home, "harness-config");
        return besideLauncher != null && Files.isDirectory(besideLauncher) ? besideLauncher : Path.of("harness-config");
    }
}
