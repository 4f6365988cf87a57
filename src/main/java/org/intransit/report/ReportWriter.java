package org.intransit.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a run's report files into its run directory: {@code summary.json} and
 * {@code messages.csv}. Each file is written under a temporary name and then renamed, so a
 * reader (or an interrupted run) never sees half a file.
 */
public final class ReportWriter {

    private ReportWriter() {}

    public static void write(RunSummary run, Path runDirectory) throws IOException {
        Files.createDirectories(runDirectory);
        atomically(runDirectory.resolve("messages.csv"),
                out -> MessagesCsvWriter.write(run.conservation().messages(), out));
        atomically(runDirectory.resolve("summary.json"),
                out -> SummaryJson.JSON.writeValue(out, SummaryJson.of(run)));
    }

    private static void atomically(Path target, Body body) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            body.write(out);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @FunctionalInterface
    private interface Body {
        void write(Writer out) throws IOException;
    }
}
