/**
 * The mailbox move as a script of phases on the scenario clock: in-transit (the source store
 * holds new mail), commit (directories and stores change), release (held mail back to the
 * source MTA) and cleanup (replication replaces the stub). Each phase is a timeline marker.
 */
package org.intransit.move;
