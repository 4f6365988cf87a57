package org.intransit.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads a scenario from YAML (the format is documented in {@code docs/scenario-format.md}).
 *
 * <p>Three passes: {@link YamlTree} builds a tree that keeps each node's line and column; the
 * readers walk it with the document path and build the records, checking types, ranges and
 * formats; the validators check names and references on the records, locating each problem
 * through a {@link SourceMap}. The first problem found is thrown as a {@link ScenarioException}.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {}

    /** Reads and validates {@code file} (UTF-8); problems name the file as given. */
    public static Scenario load(Path file) throws ScenarioException {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(source, 0, 0, "", "cannot read " + source + ": " + reason(e));
        }
        return parse(text, source);
    }

    /** Parses and validates {@code yamlText}; {@code sourceName} labels problems and {@link Scenario#source()}. */
    public static Scenario parse(String yamlText, String sourceName) throws ScenarioException {
        String source = sourceName == null ? "<scenario>" : sourceName;
        String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
        try {
            SourceMap places = new SourceMap();
            Scenario scenario = new ScenarioReader(places).read(YamlTree.parse(text), source);
            return validate(scenario, places);
        } catch (ScenarioException e) {
            throw e.source() == null ? e.withSource(source) : e;
        }
    }

    /**
     * Checks names and references of read (or Java-built) records, locating problems through
     * {@code places}; returns {@code scenario} when it is valid.
     */
    static Scenario validate(Scenario scenario, SourceMap places) {
        TopologyValidator topology = new TopologyValidator(scenario, places);
        TopologyValidator.Names names = topology.validate();
        new TimelineValidator(scenario, places, names, topology).validate();
        new TrafficValidator(scenario, places, names).validate();
        return scenario;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
