package org.intransit.scenario;

/** Which way a connection agreement copies changes; two-way unless the scenario says otherwise. */
public enum AgreementDirection {
    TWO_WAY,
    AD_TO_SITE,
    SITE_TO_AD
}
