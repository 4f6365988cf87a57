package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intransit.scenario.YNode.YScalar;

/**
 * What the Java builder has instead of a file: a {@link SourceMap} whose places carry the document
 * path of each record and key, so that the loader's own validators and field checks run on
 * built records unchanged. A place's "line" is an index into the paths, which is how a
 * validator's "(first at line 3)" becomes "(first at sites[0].servers[0].name)".
 */
final class BuilderPlaces {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final String scenario;
    private final SourceMap map = new SourceMap();
    private final List<String> paths = new ArrayList<>(List.of(Where.ROOT, Where.ROOT));

    BuilderPlaces(String scenario) {
        this.scenario = scenario;
    }

    SourceMap map() {
        return map;
    }

    Where where(String path) {
        paths.add(path);
        return new Where(paths.size() - 1, 0, path);
    }

    /** Places {@code owner} at {@code path} and each of {@code keys} at {@code path.key}. */
    <T> T record(T owner, String path, String... keys) {
        map.put(owner, "", where(path));
        for (String key : keys) {
            map.put(owner, key, where(Where.child(path, key)));
        }
        return owner;
    }

    /** {@code value} as if a file had it at {@code path}, for the readers' field checks. */
    Field field(String value, String path) {
        Where where = where(path);
        return new Field(new YScalar(value, true, where.line(), 0), path);
    }

    String name(String value, String path) {
        return run(() -> field(value, path).name());
    }

    String nonBlank(String value, String what, String path) {
        return run(() -> field(value, path).nonBlank(what));
    }

    Duration positive(Duration value, String path) {
        return duration(value, path, "a duration greater than zero", value != null && value.compareTo(Duration.ZERO) > 0);
    }

    Duration nonNegative(Duration value, String path) {
        return duration(value, path, "a duration of zero or more", value != null && !value.isNegative());
    }

    private Duration duration(Duration value, String path, String what, boolean ok) {
        if (!ok) {
            throw fail(path, "expected " + what + " but found " + (value == null ? "nothing" : Durations.format(value)));
        }
        return value;
    }

    int range(long value, long min, long max, String path) {
        if (value < min || value > max) {
            throw fail(path, "expected an integer from " + min + " to " + max + " but found " + value);
        }
        return (int) value;
    }

    <T> T required(T value, String what, String path) {
        if (value == null) {
            throw fail(path, "expected " + what + " but found nothing");
        }
        return value;
    }

    ScenarioBuildException fail(String path, String detail) {
        return new ScenarioBuildException(scenario, path, detail);
    }

    /** Runs a reader or validator check; its problem becomes a {@link ScenarioBuildException}. */
    <T> T run(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ScenarioException e) {
            throw translate(e);
        }
    }

    ScenarioBuildException translate(ScenarioException e) {
        Matcher line = LINE.matcher(e.detail());
        StringBuilder detail = new StringBuilder();
        while (line.find()) {
            int index = Integer.parseInt(line.group(1));
            line.appendReplacement(detail, Matcher.quoteReplacement(index < paths.size() ? paths.get(index) : line.group()));
        }
        line.appendTail(detail);
        String path = e.path().isEmpty() ? Where.ROOT : e.path();
        return fail(path, detail.toString());
    }
}
