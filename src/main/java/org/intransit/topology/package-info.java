/**
 * Sites, servers and connectors built from a scenario. Each server has a kind, a site, a
 * service account and a real SMTP listener (SubEthaSMTP) on loopback; the listener accepts only
 * the organization's domains and hands each recipient's copy to the server's MTA before it
 * replies 250. Its limits, STARTTLS and AUTH come from the scenario; {@code docs/robustness.md}
 * lists how it answers bad input. DATA is intransit's own command ({@code BulkDataCommand}),
 * which reads the message a buffer at a time.
 */
package org.intransit.topology;
