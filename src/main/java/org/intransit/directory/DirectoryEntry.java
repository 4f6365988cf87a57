package org.intransit.directory;

import java.util.ArrayList;
import java.util.List;
import org.intransit.scenario.Organization;

/**
 * One recipient object as a directory replica holds it. Replicas hold immutable entries and
 * replace them whole, so a replication agent can hand the same entry to several replicas.
 *
 * @param smtpAddresses {@code alias@domain} for each organization domain
 * @param orAddress the X.400 O/R address; its {@code o=} names the owning site
 * @param legacyDn {@code /o=<prmd>/ou=<site>/cn=Recipients/cn=<alias>}
 * @param x500Proxies former legacy DNs that still resolve to this entry (kept by a cross-site move)
 * @param ownerSite the site that owns the object: the home server's site, except for a stub,
 *     which its source site keeps owning
 * @param targetAddress where a custom recipient's mail goes; {@code null} for mailboxes and stubs
 * @param replicated false for a stub: directory replication never carries it out of its site
 * @param version the organization-wide version of the originating change this entry carries; a
 *     replica applies an incoming copy only when it is newer, which stops replication loops
 */
public record DirectoryEntry(
        String alias,
        String displayName,
        List<String> smtpAddresses,
        String orAddress,
        String legacyDn,
        List<String> x500Proxies,
        String homeServer,
        String ownerSite,
        EntryState state,
        String targetAddress,
        boolean replicated,
        long version) {

    public DirectoryEntry {
        smtpAddresses = List.copyOf(smtpAddresses);
        x500Proxies = List.copyOf(x500Proxies);
    }

    /** A live, replicated mailbox homed on {@code server} of {@code site}. */
    public static DirectoryEntry mailbox(String alias, String displayName, String server, String site,
            Organization organization, long version) {
        return new DirectoryEntry(alias, displayName, Addresses.smtp(alias, organization),
                Addresses.orAddress(organization.x400(), site, displayName, alias),
                Addresses.legacyDn(organization.x400(), site, alias), List.of(), server, site, EntryState.LIVE,
                null, true, version);
    }

    /** What routers see: alias, display name, home, owner and state. */
    public Recipient toRecipient() {
        return new Recipient(alias, displayName, homeServer, ownerSite, state);
    }

    /**
     * The stub a cross-site move leaves in the source site's directory: homed on the target
     * server already, still owned by the source site, not replicated.
     */
    public DirectoryEntry asStub(String targetServer, long newVersion) {
        return new DirectoryEntry(alias, displayName, smtpAddresses, orAddress, legacyDn, x500Proxies, targetServer,
                ownerSite, EntryState.STUB, null, false, newVersion);
    }

    /**
     * The live mailbox homed on {@code server} of {@code site}. When the site changes, the legacy
     * DN and the O/R address are rewritten for it and the old DN is kept as an X500 proxy.
     */
    public DirectoryEntry rehomed(String server, String site, Organization organization, long newVersion) {
        String newDn = Addresses.legacyDn(organization.x400(), site, alias);
        List<String> proxies = new ArrayList<>(x500Proxies);
        if (!newDn.equalsIgnoreCase(legacyDn) && !proxies.contains(legacyDn)) {
            proxies.add(legacyDn);
        }
        return new DirectoryEntry(alias, displayName, smtpAddresses,
                Addresses.orAddress(organization.x400(), site, displayName, alias), newDn, proxies, server, site,
                EntryState.LIVE, null, true, newVersion);
    }

    /**
     * This entry as the ADC writes it into {@code site}'s directory: a live (or custom),
     * replicated object owned by that site, with the same version so it does not echo back.
     */
    public DirectoryEntry ownedLiveBy(String site) {
        EntryState written = state == EntryState.CUSTOM ? EntryState.CUSTOM : EntryState.LIVE;
        return new DirectoryEntry(alias, displayName, smtpAddresses, orAddress, legacyDn, x500Proxies, homeServer,
                site, written, targetAddress, true, version);
    }

    /** True when {@code smtpAddress} is one of this entry's addresses, ignoring case. */
    public boolean answersTo(String smtpAddress) {
        return smtpAddresses.stream().anyMatch(a -> a.equalsIgnoreCase(smtpAddress));
    }
}
