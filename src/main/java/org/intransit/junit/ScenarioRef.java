package org.intransit.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Where a run's scenario comes from: built in Java, or a file loaded when the run starts. */
sealed interface ScenarioRef {

    Scenario load();

    record Given(Scenario scenario) implements ScenarioRef {
        @Override
        public Scenario load() {
            return scenario;
        }
    }

    /**
     * A path from the working directory (in Maven, the project's directory), else a class-path
     * resource, so another project can keep its scenarios under {@code src/test/resources}.
     */
    record File(String path) implements ScenarioRef {
        @Override
        public Scenario load() {
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return ScenarioLoader.load(file);
            }
            URL resource = Thread.currentThread().getContextClassLoader().getResource(path.replaceFirst("^/", ""));
            if (resource == null) {
                throw new ExtensionConfigurationException("no scenario file " + path + " in "
                        + Path.of("").toAbsolutePath() + " nor on the class path");
            }
            try (InputStream in = resource.openStream()) {
                return ScenarioLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read scenario " + resource, e);
            }
        }
    }
}
