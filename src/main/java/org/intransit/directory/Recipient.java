package org.intransit.directory;

/**
 * What a directory knows about a mailbox, as far as routing needs it.
 *
 * @param homeServer the server that holds (or, for a stub, will hold) the mailbox
 */
public record Recipient(String alias, String displayName, String homeServer) {}
