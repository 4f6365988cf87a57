package org.intransit.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.intransit.scenario.YNode.Entry;
import org.intransit.scenario.YNode.YMap;
import org.intransit.scenario.YNode.YScalar;

/**
 * Reads one YAML mapping: rejects keys it does not know (suggesting the closest), reports
 * missing required keys at the mapping, and hands out each value as a {@link Field}.
 */
final class MapReader {

    private final YMap map;
    private final Field self;
    private final List<String> keys;

    /** Fails unless {@code field} is a mapping whose keys are all in {@code keys}. */
    MapReader(Field field, List<String> keys) {
        if (!(field.node() instanceof YMap m)) {
            throw field.expected("a mapping with keys " + Suggest.list(keys));
        }
        this.map = m;
        this.self = field;
        this.keys = List.copyOf(keys);
        for (Entry entry : m.entries().values()) {
            if (!keys.contains(entry.name())) {
                throw keyWhere(entry.name()).fail("unknown key " + Suggest.quote(entry.name())
                        + "; expected one of " + Suggest.list(keys) + Suggest.didYouMean(entry.name(), keys));
            }
        }
    }

    String path() {
        return self.path();
    }

    /** The mapping's own place; missing keys are reported here. */
    Where where() {
        return self.where();
    }

    /** The place of {@code key}'s value, or of the mapping when the key is absent. */
    Where where(String key) {
        return opt(key).map(Field::where).orElseGet(this::where);
    }

    /** The place of the key itself; unknown and misplaced keys are reported here. */
    Where keyWhere(String key) {
        Entry entry = map.entries().get(key);
        return entry == null ? where() : Where.of(entry.key(), Where.child(path(), key));
    }

    /** Whether {@code key} is present with a non-empty value. */
    boolean has(String key) {
        return given(key).isPresent();
    }

    /** The keys present, in file order. */
    List<String> present() {
        return List.copyOf(map.entries().keySet());
    }

    Optional<Field> opt(String key) {
        Entry entry = map.entries().get(key);
        return entry == null ? Optional.empty() : Optional.of(new Field(entry.value(), Where.child(path(), key)));
    }

    Field required(String key) {
        return opt(key).orElseThrow(() -> where().fail("missing required key " + Suggest.quote(key)));
    }

    /** Fails at the first present key not in {@code allowed}, naming {@code context}. */
    void onlyKeys(List<String> allowed, String context) {
        for (String key : present()) {
            if (!allowed.contains(key)) {
                throw keyWhere(key).fail("key " + Suggest.quote(key) + " does not apply to " + context
                        + "; expected one of " + Suggest.list(allowed));
            }
        }
    }

    /** The value under an optional key, or {@code dflt} when the key is absent or its value empty. */
    <T> T get(String key, Function<Field, T> reader, T dflt) {
        return given(key).map(reader).orElse(dflt);
    }

    /** Like {@link #opt} but an empty value ({@code key:} or {@code key: ~}) counts as absent. */
    Optional<Field> given(String key) {
        return opt(key).filter(f -> !(f.node() instanceof YScalar scalar && scalar.isNull()));
    }

    String text(String key) {
        return required(key).text();
    }

    String text(String key, String dflt) {
        return get(key, Field::text, dflt);
    }

    String name(String key) {
        return required(key).name();
    }

    int integer(String key, int dflt, int min, int max) {
        return get(key, f -> f.integer(min, max), dflt);
    }

    boolean bool(String key, boolean dflt) {
        return get(key, Field::bool, dflt);
    }

    Duration duration(String key, Duration dflt, Field.Span span) {
        return get(key, f -> f.duration(span), dflt);
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E dflt) {
        return get(key, f -> f.choice(type), dflt);
    }

    /** The items of the list under {@code key}; empty when the key is absent. */
    List<Field> list(String key, String what) {
        return given(key).map(f -> f.items(what)).orElse(List.of());
    }

    /** The place of every present key's value, and of the mapping under "". */
    Map<String, Where> places() {
        Map<String, Where> places = new LinkedHashMap<>();
        places.put("", where());
        present().forEach(key -> places.put(key, where(key)));
        return places;
    }
}
