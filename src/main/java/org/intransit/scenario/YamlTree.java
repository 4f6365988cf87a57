package org.intransit.scenario;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.intransit.scenario.YNode.Entry;
import org.intransit.scenario.YNode.YMap;
import org.intransit.scenario.YNode.YScalar;
import org.intransit.scenario.YNode.YSeq;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Builds the located tree ({@link YNode}) from SnakeYAML's event stream. It rejects duplicate
 * keys, resolves anchors and aliases, applies merge keys ({@code <<: *defaults}; explicit keys
 * win), and turns parser errors into a {@link ScenarioException} with the parser's line and
 * column and the path being read when the error struck.
 */
final class YamlTree {

    private static final int MAX_DEPTH = 50;
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private final Iterator<Event> events;
    private final Map<String, YNode> anchors = new HashMap<>();
    private final Deque<String> path = new ArrayDeque<>();
    private String lastPath = Where.ROOT;
    private int lastLine;

    private YamlTree(Iterator<Event> events) {
        this.events = events;
    }

    /** The document's root node, or {@code null} when the text holds no document. */
    static YNode parse(String text) {
        Yaml yaml = new Yaml(new LoaderOptions());
        YamlTree tree = new YamlTree(yaml.parse(new StringReader(text)).iterator());
        try {
            return tree.document();
        } catch (MarkedYAMLException e) {
            throw tree.syntaxError(e);
        } catch (ReaderException e) {
            throw characterError(text, e);
        } catch (YAMLException e) {
            throw new Where(1, 1, tree.currentPath()).fail("cannot parse YAML: " + oneLine(e.getMessage()));
        }
    }

    private YNode document() {
        next(); // stream start
        Event first = next();
        if (first.is(Event.ID.StreamEnd)) {
            return null;
        }
        YNode root = node(next(), 0);
        next(); // document end
        Event after = next();
        if (after.is(Event.ID.DocumentStart)) {
            throw place(after).fail("a scenario file holds one YAML document, but a second one starts here;"
                    + " expected the end of the file");
        }
        return root;
    }

    private YNode node(Event event, int depth) {
        if (depth > MAX_DEPTH) {
            throw place(event).fail("nesting deeper than " + MAX_DEPTH + " levels");
        }
        YNode node = switch (event.getEventId()) {
            case Alias -> alias((AliasEvent) event);
            case Scalar -> scalar((ScalarEvent) event);
            case SequenceStart -> sequence(event, depth);
            case MappingStart -> mapping(event, depth);
            default -> throw place(event).fail("unexpected YAML " + event.getEventId());
        };
        if (!(event instanceof AliasEvent) && event instanceof NodeEvent named && named.getAnchor() != null) {
            anchors.put(named.getAnchor(), node);
        }
        return node;
    }

    private YNode alias(AliasEvent event) {
        YNode target = anchors.get(event.getAnchor());
        if (target == null) {
            throw place(event).fail("unknown alias *" + event.getAnchor()
                    + "; expected an anchor &" + event.getAnchor() + " on a complete node earlier in the file");
        }
        return target;
    }

    private static YScalar scalar(ScalarEvent event) {
        Mark mark = event.getStartMark();
        boolean isNull = event.isPlain() && NULLS.contains(event.getValue());
        return new YScalar(isNull ? null : event.getValue(), event.isPlain(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    private YSeq sequence(Event start, int depth) {
        List<YNode> items = new ArrayList<>();
        for (Event event = next(); !event.is(Event.ID.SequenceEnd); event = next()) {
            path.push("[" + items.size() + "]");
            items.add(node(event, depth + 1));
            finished(event.getStartMark().getLine() + 1);
        }
        Mark mark = start.getStartMark();
        return new YSeq(items, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private YMap mapping(Event start, int depth) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<YMap> merged = new ArrayList<>();
        for (Event event = next(); !event.is(Event.ID.MappingEnd); event = next()) {
            if (!(event instanceof ScalarEvent keyEvent)) {
                throw place(event).fail("expected a plain key but found "
                        + (event.is(Event.ID.SequenceStart) ? "a list" : "a mapping or an alias"));
            }
            YScalar key = scalar(keyEvent);
            String name = key.value() == null ? "" : key.value();
            path.push(name);
            YNode value = node(next(), depth + 1);
            if (key.plain() && name.equals("<<")) {
                merged.addAll(mergeSources(value));
            } else if (entries.containsKey(name)) {
                throw Where.of(key, currentPath()).fail("duplicate key " + Suggest.quote(name)
                        + " (first at line " + entries.get(name).key().line() + "); expected each key once");
            } else {
                entries.put(name, new Entry(key, value));
            }
            finished(key.line());
        }
        merged.forEach(source -> source.entries().forEach(entries::putIfAbsent));
        Mark mark = start.getStartMark();
        return new YMap(entries, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private List<YMap> mergeSources(YNode value) {
        if (value instanceof YMap map) {
            return List.of(map);
        }
        if (value instanceof YSeq seq && seq.items().stream().allMatch(YMap.class::isInstance)) {
            return seq.items().stream().map(YMap.class::cast).toList();
        }
        throw Where.of(value, currentPath()).fail("expected a mapping or a list of mappings to merge but found "
                + value.describe());
    }

    /** Pops the path; remembers it, since the parser may notice an error on that line only later. */
    private void finished(int line) {
        lastPath = currentPath();
        lastLine = line;
        path.pop();
    }

    private Event next() {
        return events.next();
    }

    private Where place(Event event) {
        Mark mark = event.getStartMark();
        return new Where(mark.getLine() + 1, mark.getColumn() + 1, currentPath());
    }

    private String currentPath() {
        StringBuilder out = new StringBuilder();
        for (Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
            String segment = it.next();
            if (!segment.startsWith("[") && out.length() > 0) {
                out.append('.');
            }
            out.append(segment);
        }
        return out.length() == 0 ? Where.ROOT : out.toString();
    }

    private ScenarioException syntaxError(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        String text = "YAML syntax error: " + oneLine(problem);
        if (e.getContext() != null && e.getContextMark() != null && e.getProblem() != null) {
            text += " (" + oneLine(e.getContext()) + " that starts at line " + (e.getContextMark().getLine() + 1) + ")";
        }
        if (text.contains("<block")) {
            text += "; check the indentation";
        }
        if ("while scanning an alias".equals(e.getContext())) {
            text += "; a plain * starts an alias, so quote a literal star: \"*\"";
        }
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        return new Where(line, column, line == lastLine ? lastPath : currentPath()).fail(text);
    }

    /** A character YAML does not allow; the position counts code points from the start. */
    private static ScenarioException characterError(String text, ReaderException e) {
        int line = 1;
        int column = 1;
        int[] codePoints = text.codePoints().limit(Math.max(0, e.getPosition())).toArray();
        for (int c : codePoints) {
            line += c == '\n' ? 1 : 0;
            column = c == '\n' ? 1 : column + 1;
        }
        return new Where(line, column, Where.ROOT).fail(String.format(
                "YAML syntax error: character U+%04X is not allowed; expected printable text", e.getCodePoint()));
    }

    private static String oneLine(String text) {
        return text == null ? "unknown problem" : text.replaceAll("\\s+", " ").trim();
    }
}
