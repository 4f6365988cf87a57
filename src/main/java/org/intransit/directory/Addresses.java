package org.intransit.directory;

import java.util.List;
import java.util.stream.Stream;
import org.intransit.scenario.Organization;
import org.intransit.scenario.X400Name;

/**
 * How Exchange derives a mailbox's addresses from its alias, display name and site. The site is
 * part of the O/R address and the legacy DN, which is why a cross-site move rewrites both.
 */
final class Addresses {

    private Addresses() {}

    /** {@code alias@domain} for the primary domain first, then every other domain. */
    static List<String> smtp(String alias, Organization organization) {
        return Stream.concat(Stream.of(organization.smtpDomain()), organization.otherDomains().stream())
                .map(domain -> alias + "@" + domain)
                .toList();
    }

    /**
     * {@code c=US;a= ;p=Contoso;o=SITE1;s=Adams;g=Alice}: surname and given name are the display
     * name's last and first words; a one-word display name gives {@code s=<alias>} alone.
     */
    static String orAddress(X400Name x400, String site, String displayName, String alias) {
        String prefix = "c=" + x400.country() + ";a=" + x400.admd() + ";p=" + x400.prmd() + ";o=" + site;
        String[] words = displayName == null ? new String[0] : displayName.trim().split("\\s+");
        if (words.length < 2) {
            return prefix + ";s=" + alias;
        }
        return prefix + ";s=" + words[words.length - 1] + ";g=" + words[0];
    }

    /** {@code /o=<prmd>/ou=<site>/cn=Recipients/cn=<alias>}, what 5.5 routing resolves. */
    static String legacyDn(X400Name x400, String site, String alias) {
        return "/o=" + x400.prmd() + "/ou=" + site + "/cn=Recipients/cn=" + alias;
    }

    /** Drops an {@code X500:} type prefix, as proxy addresses are written in Exchange. */
    static String withoutX500Prefix(String address) {
        return address.regionMatches(true, 0, "X500:", 0, 5) ? address.substring(5) : address;
    }
}
