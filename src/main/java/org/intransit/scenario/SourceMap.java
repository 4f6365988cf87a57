package org.intransit.scenario;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part of the typed model came from, so checks that run on the records (dangling
 * references, duplicates, timing) can point at the exact place in the file. Keyed by record
 * identity and a component key: a YAML key ({@code "server"}) or a list item
 * ({@code "from[2]"}); {@code ""} is the record's own mapping.
 */
final class SourceMap {

    private final Map<Object, Map<String, Where>> places = new IdentityHashMap<>();

    /** Records the place of every key {@code reader} holds for {@code owner}. */
    <T> T attach(T owner, MapReader reader) {
        places.computeIfAbsent(owner, o -> new LinkedHashMap<>()).putAll(reader.places());
        return owner;
    }

    <T> T put(T owner, String key, Where where) {
        places.computeIfAbsent(owner, o -> new LinkedHashMap<>()).put(key, where);
        return owner;
    }

    /** Records {@code key[i]} for each item. */
    <T> T putItems(T owner, String key, List<Field> items) {
        for (int i = 0; i < items.size(); i++) {
            put(owner, key + "[" + i + "]", items.get(i).where());
        }
        return owner;
    }

    /** The place of {@code key} of {@code owner}; its mapping's place when the key was absent. */
    Where of(Object owner, String key) {
        Map<String, Where> known = places.getOrDefault(owner, Map.of());
        Where where = known.get(key);
        if (where == null) {
            where = known.get("");
        }
        return where != null ? where : new Where(1, 1, Where.ROOT);
    }

    /** Whether {@code key} of {@code owner} was written in the file. */
    boolean has(Object owner, String key) {
        return places.getOrDefault(owner, Map.of()).containsKey(key);
    }

    Where of(Object owner) {
        return of(owner, "");
    }
}
