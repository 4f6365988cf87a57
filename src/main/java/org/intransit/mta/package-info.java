/**
 * One message transfer agent per simulated server: the router (where each recipient goes),
 * one queue per next hop (an RPC queue is named after the target server), the retry schedule,
 * and the mailbox store that delivers and holds mail. Every step writes the ledger.
 */
package org.intransit.mta;
