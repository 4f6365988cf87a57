/**
 * Directory replicas and the lookups routers make through them. Each server kind resolves
 * through its own replica (Exchange 5.5: its site's directory; Exchange 2003: Active Directory),
 * which is why, while replication lags after a move, servers disagree about where a mailbox is.
 */
package org.intransit.directory;
