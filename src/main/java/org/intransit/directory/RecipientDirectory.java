package org.intransit.directory;

import java.util.Optional;

/**
 * The directory a router resolves recipients through. Each server kind asks a different replica
 * (its site's 5.5 directory, or Active Directory), so two servers may disagree while
 * replication lags; that disagreement is what a move scenario measures.
 */
public interface RecipientDirectory {

    /** Looks up an SMTP address such as {@code alice@contoso.example}; case-insensitive. */
    Optional<Recipient> findBySmtpAddress(String address);
}
