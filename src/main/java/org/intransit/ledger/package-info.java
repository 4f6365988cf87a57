/**
 * The append-only history of a run: every message's submission, acceptance, queueing,
 * transfer and delivery, and the timeline markers (move phases, replica arrivals, scenario
 * events), each with scenario time and wall time. Records come from the component that did the
 * thing; the final read of stores and queues closes the history so the checker can prove that
 * every message is accounted for.
 */
package org.intransit.ledger;
