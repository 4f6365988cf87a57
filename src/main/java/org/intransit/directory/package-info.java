/**
 * Directory replicas (one AD, one 5.5 directory per site) and the lookups routers make through
 * them. Each replica numbers applied changes with USNs, which replication agents (ADC
 * agreements, directory replication connectors) poll incrementally on the scenario clock; an
 * organization-wide version per originating change stops loops. Every arrival is a ledger event
 * and a {@code replica.<replica>.<alias>} marker.
 */
package org.intransit.directory;
