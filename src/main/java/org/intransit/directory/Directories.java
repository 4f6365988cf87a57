package org.intransit.directory;

import org.intransit.scenario.ServerKind;

/**
 * Which directory each server resolves through: an Exchange 5.5 server its site's directory,
 * an Exchange 2003 server Active Directory. The topology asks once per server at start.
 */
@FunctionalInterface
public interface Directories {

    RecipientDirectory forServer(String server, String site, ServerKind kind);
}
