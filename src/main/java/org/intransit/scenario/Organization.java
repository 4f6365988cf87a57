package org.intransit.scenario;

import java.util.List;

/**
 * The organization whose mail the topology carries.
 *
 * @param smtpDomain the primary SMTP domain; every mailbox gets {@code alias@smtpDomain}
 * @param otherDomains further accepted domains (listeners refuse every other domain as a relay)
 * @param x400 the X.400 part of every O/R address
 */
public record Organization(String smtpDomain, List<String> otherDomains, X400Name x400) {

    public Organization {
        otherDomains = List.copyOf(otherDomains);
    }

    /** True when {@code domain} is one of the organization's domains (case-insensitive). */
    public boolean accepts(String domain) {
        return smtpDomain.equalsIgnoreCase(domain)
                || otherDomains.stream().anyMatch(d -> d.equalsIgnoreCase(domain));
    }
}
