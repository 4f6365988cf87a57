package org.intransit.directory;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One lookup key of a {@link Replica} (SMTP address, O/R address, legacy DN, X500 proxy) mapped
 * to the aliases of the entries that carry it, so a lookup reads one map entry instead of every
 * entry. Keys are compared lower-cased ({@link Locale#ROOT}); the replica re-checks each
 * candidate with the lookup's own comparison. Kept in step by {@link #replace} on every write,
 * under the replica's lock. Usually one alias per key; several only when entries share a key.
 */
final class EntryIndex {

    private final Function<DirectoryEntry, List<String>> keysOf;
    private final Map<String, Set<String>> aliasesByKey = new HashMap<>();

    /** @param keysOf the keys an entry answers to under this index (none is fine) */
    EntryIndex(Function<DirectoryEntry, List<String>> keysOf) {
        this.keysOf = keysOf;
    }

    /** Moves {@code aliasKey} from the keys of {@code before} (may be {@code null}) to those of {@code after}. */
    void replace(String aliasKey, DirectoryEntry before, DirectoryEntry after) {
        if (before != null) {
            for (String key : keysOf.apply(before)) {
                aliasesByKey.computeIfPresent(normalized(key), (k, aliases) -> {
                    aliases.remove(aliasKey);
                    return aliases.isEmpty() ? null : aliases;
                });
            }
        }
        for (String key : keysOf.apply(after)) {
            aliasesByKey.computeIfAbsent(normalized(key), k -> new LinkedHashSet<>(1)).add(aliasKey);
        }
    }

    /** The alias keys of the entries answering to {@code key}; empty when none. */
    Set<String> aliases(String key) {
        return aliasesByKey.getOrDefault(normalized(key), Set.of());
    }

    /** A single key, or none when the entry has no value for it. */
    static List<String> present(String key) {
        return key == null ? List.of() : List.of(key);
    }

    static String normalized(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
