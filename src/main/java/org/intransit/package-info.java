/**
 * intransit: a test harness for mail routing during mailbox moves.
 *
 * <p>Data flow. A scenario file is loaded and validated into an immutable
 * {@link org.intransit.scenario.Scenario}. The {@link org.intransit.harness.Harness} builds the
 * {@link org.intransit.clock.ScenarioClock} (virtual or scaled), the append-only
 * {@link org.intransit.ledger.Ledger} and the {@link org.intransit.topology.Topology}: one real
 * SMTP listener per simulated server, each with its MTA ({@link org.intransit.mta}: router,
 * queues, mailbox store) resolving recipients through its {@link org.intransit.directory}.
 * {@link org.intransit.traffic} submits messages over SMTP on the clock; servers hand them on
 * over {@link org.intransit.transport}; every component writes what it observed to the
 * ledger. At the end the final read of every store and queue closes the ledger,
 * {@link org.intransit.check} folds it into verdicts, and {@link org.intransit.report} writes
 * {@code summary.json} and {@code messages.csv}. {@link org.intransit.cli} drives it all.
 */
package org.intransit;
