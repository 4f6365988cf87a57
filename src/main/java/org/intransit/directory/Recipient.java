package org.intransit.directory;

/**
 * What a directory knows about a mailbox, as far as routing needs it.
 *
 * @param homeServer the server that holds (or, for a stub, will hold) the mailbox
 * @param directorySite the site that owns the entry: normally the home server's site; for a
 *     stub left behind by a cross-site move, the source site, while the home already names the
 *     target server
 * @param state live, stub or custom recipient
 */
public record Recipient(String alias, String displayName, String homeServer, String directorySite, EntryState state) {

    /** A live mailbox. */
    public Recipient(String alias, String displayName, String homeServer, String directorySite) {
        this(alias, displayName, homeServer, directorySite, EntryState.LIVE);
    }
}
