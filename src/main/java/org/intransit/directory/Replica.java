package org.intransit.directory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One copy of the directory: Active Directory ({@code AD}) or a site's 5.5 directory (named
 * after the site). Entries are keyed by alias, ignoring case.
 *
 * <p>Every applied change takes the replica's next update sequence number (USN), and each entry
 * remembers the USN it was written at; replication agents poll {@link #changedSince} with the
 * high-water mark of their previous run, as the ADC and 5.5 replication do.
 *
 * <p>Lookups by SMTP address, O/R address, legacy DN and X500 proxy read an {@link EntryIndex}
 * per key, updated with every write, so a router's lookup costs the same with 5 or 50,000
 * entries. When several entries answer to one key, the first written alias wins, as a scan in
 * write order would find it.
 *
 * <p>Thread-safe: routers look up from their own threads while agents write on the clock's.
 */
public final class Replica implements RecipientDirectory {

    /** Name of the Active Directory replica. */
    public static final String AD = "AD";

    private final String name;
    private final String site;
    private final Map<String, Stored> byAlias = new LinkedHashMap<>();
    private final EntryIndex bySmtp = new EntryIndex(DirectoryEntry::smtpAddresses);
    private final EntryIndex byOrAddress = new EntryIndex(e -> EntryIndex.present(e.orAddress()));
    private final EntryIndex byLegacyDn = new EntryIndex(e -> EntryIndex.present(e.legacyDn()));
    private final EntryIndex byX500Proxy = new EntryIndex(DirectoryEntry::x500Proxies);
    private long usn;

    /** @param site the site whose 5.5 directory this is, or {@code null} for AD */
    Replica(String name, String site) {
        this.name = name;
        this.site = site;
    }

    /** {@code AD} or the site's name. */
    public String name() {
        return name;
    }

    /** The site whose 5.5 directory this is; {@code null} for AD. */
    public String site() {
        return site;
    }

    /** The USN of the latest applied change (0 when empty). */
    public synchronized long highestUsn() {
        return usn;
    }

    /** Entries written after {@code sinceUsn}, oldest first, with the USN they are current up to. */
    public synchronized Changes changedSince(long sinceUsn) {
        List<DirectoryEntry> changed = byAlias.values().stream()
                .filter(s -> s.usn() > sinceUsn)
                .sorted(Comparator.comparingLong(Stored::usn))
                .map(Stored::entry)
                .toList();
        return new Changes(changed, usn);
    }

    /**
     * Writes {@code incoming} when this replica has no entry for its alias or an older version.
     *
     * @return the change applied, or empty when the replica already had this version or a newer one
     */
    synchronized Optional<Change> apply(DirectoryEntry incoming) {
        String key = key(incoming.alias());
        Stored before = byAlias.get(key);
        if (before != null && before.entry().version() >= incoming.version()) {
            return Optional.empty();
        }
        byAlias.put(key, new Stored(incoming, ++usn));
        DirectoryEntry previous = before == null ? null : before.entry();
        for (EntryIndex index : List.of(bySmtp, byOrAddress, byLegacyDn, byX500Proxy)) {
            index.replace(key, previous, incoming);
        }
        return Optional.of(new Change(previous, incoming));
    }

    public synchronized Optional<DirectoryEntry> entry(String alias) {
        return Optional.ofNullable(byAlias.get(key(alias))).map(Stored::entry);
    }

    /** Every entry, in the order aliases were first written. */
    public synchronized List<DirectoryEntry> entries() {
        return byAlias.values().stream().map(Stored::entry).toList();
    }

    /** Stubs included (state {@link EntryState#STUB}): the router decides what they mean. */
    @Override
    public Optional<Recipient> findBySmtpAddress(String address) {
        return find(bySmtp, address, e -> e.answersTo(address)).map(DirectoryEntry::toRecipient);
    }

    /** Case-insensitive, as X.400 compares O/R addresses. */
    public Optional<DirectoryEntry> findByOrAddress(String orAddress) {
        return find(byOrAddress, orAddress, e -> e.orAddress().equalsIgnoreCase(orAddress));
    }

    /** The current legacy DN only; former DNs resolve through {@link #findByX500Proxy}. */
    public Optional<DirectoryEntry> findByLegacyDn(String legacyDn) {
        return find(byLegacyDn, legacyDn, e -> e.legacyDn().equalsIgnoreCase(legacyDn));
    }

    /** A former legacy DN, with or without the {@code X500:} prefix. */
    public Optional<DirectoryEntry> findByX500Proxy(String proxy) {
        String dn = Addresses.withoutX500Prefix(proxy);
        return find(byX500Proxy, dn, e -> e.x500Proxies().stream().anyMatch(p -> p.equalsIgnoreCase(dn)));
    }

    /** The first entry, in write order, among those {@code index} lists for {@code key} that {@code matches}. */
    private synchronized Optional<DirectoryEntry> find(EntryIndex index, String key, Predicate<DirectoryEntry> matches) {
        Set<String> candidates = index.aliases(key);
        if (candidates.size() == 1) {
            return Optional.of(byAlias.get(candidates.iterator().next()).entry()).filter(matches);
        }
        return candidates.isEmpty() ? Optional.empty()
                : byAlias.entrySet().stream().filter(e -> candidates.contains(e.getKey())).map(e -> e.getValue().entry())
                        .filter(matches).findFirst();
    }

    private static String key(String alias) {
        return alias.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Replica[" + name + "]";
    }

    /** What {@link #changedSince} found: the entries, and the USN to poll from next time. */
    public record Changes(List<DirectoryEntry> entries, long highestUsn) {
        public Changes {
            entries = List.copyOf(entries);
        }
    }

    /** An applied write; {@code before} is {@code null} when the alias was new here. */
    record Change(DirectoryEntry before, DirectoryEntry after) {}

    private record Stored(DirectoryEntry entry, long usn) {}
}
