package org.intransit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Chooses {@code <root>/<scenario>/<run-id>}: the run id is the run's start in UTC
 * ({@code 20261125-130512}), with {@code -2}, {@code -3}, ... when that directory exists.
 */
final class RunDirectory {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RunDirectory() {}

    static Path create(Path root, String scenario, Instant startedAt) throws IOException {
        Path parent = root.resolve(scenario);
        Files.createDirectories(parent);
        String base = RUN_ID.format(startedAt);
        for (int attempt = 1; ; attempt++) {
            Path candidate = parent.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another run started in the same second: try the next suffix
            }
        }
    }
}
