package org.intransit.directory;

/**
 * What a directory knows about a mailbox, as far as routing needs it.
 *
 * @param homeServer the server that holds (or, for a stub, will hold) the mailbox
 * @param directorySite the site whose directory holds the entry as one of its own objects:
 *     normally the home server's site; for a stub left behind by a cross-site move, the source
 *     site, while the home already names the target server. An Exchange 5.5 MTA routes an entry
 *     of its own site over RPC to the home server, wherever that server is.
 */
public record Recipient(String alias, String displayName, String homeServer, String directorySite) {}
