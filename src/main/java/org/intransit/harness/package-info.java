/**
 * One run of a scenario, wired together: the scenario clock, the ledger, the topology's
 * servers, the traffic and the timeline events; at the end the final read of every store and
 * queue and the verdicts. The command line and the JUnit extension both drive a run through
 * {@link org.intransit.harness.Harness}.
 */
package org.intransit.harness;
