package org.intransit.fabric;

import java.net.InetSocketAddress;

/**
 * A proxy listener could not be bound: on {@link Fabric#route} (no ephemeral port), or when a link
 * comes back from {@code DOWN} and its port has been taken meanwhile. In the second case the link
 * stays {@code DOWN}, so addresses already handed out keep refusing rather than silently moving.
 */
public final class LinkBindException extends RuntimeException {

    LinkBindException(String link, InetSocketAddress address, Throwable cause) {
        super(link + ": cannot bind proxy listener " + address + ": " + cause, cause);
    }
}
