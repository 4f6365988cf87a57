package org.intransit.scenario;

/** How a connector carries mail: RPC (site), RFC 1006 (x400), or SMTP. */
public enum ConnectorKind {
    SITE,
    X400,
    SMTP
}
