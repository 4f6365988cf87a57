package org.intransit.scenario;

/**
 * An ADC connection agreement between Active Directory and one site's 5.5 directory.
 *
 * @param name defaults to {@code ADC-<site>}
 */
public record AgreementPlan(String name, String site, AgreementDirection direction, Schedule schedule) {}
