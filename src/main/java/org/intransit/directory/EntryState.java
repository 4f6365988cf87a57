package org.intransit.directory;

/** What kind of object a directory entry is. */
public enum EntryState {
    /** A mailbox that receives mail at its home server. */
    LIVE,
    /**
     * What a cross-site move leaves in the source site's 5.5 directory: homed on the target
     * server already, hidden, not replicated, and unable to receive mail.
     */
    STUB,
    /** A custom recipient: mail goes to its target address. */
    CUSTOM
}
