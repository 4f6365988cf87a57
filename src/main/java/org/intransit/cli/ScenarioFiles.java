package org.intransit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioException;
import org.intransit.scenario.ScenarioLoader;

/** Loads a scenario for a command, turning a bad file into one line on stderr. */
final class ScenarioFiles {

    private ScenarioFiles() {}

    /** The file's text to keep beside the report, or {@code null} if it cannot be read again. */
    static String text(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static Optional<Scenario> load(Path file, PrintWriter err) {
        try {
            return Optional.of(ScenarioLoader.load(file));
        } catch (ScenarioException e) {
            err.println("intransit: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }
}
