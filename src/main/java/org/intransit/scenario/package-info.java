/**
 * The scenario model: immutable records describing one run (sites, servers, mailboxes,
 * connectors, replication agents, moves, events, traffic and expectations), and
 * {@link org.intransit.scenario.ScenarioLoader}, which reads them from a YAML file. The loader
 * checks the whole file before anything starts; every problem is a
 * {@link org.intransit.scenario.ScenarioException} naming file, line, column and path.
 */
package org.intransit.scenario;
